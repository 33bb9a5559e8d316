package dev.mailroom.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.core.api.StatusDto;
import dev.mailroom.core.api.StatusDto.ListenerStatus;
import dev.mailroom.core.api.StatusDto.ServiceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the localhost summary and a service node say for a status the server reported: a service
 * that could not bind is STOPPED with the operating system's reason and the setting to change.
 * (The status is a value here; the console reads it over the API in ConsoleUiTest/ScreenshotsTest.)
 */
class StatusViewModelsTest {
    static final StatusDto STATUS = new StatusDto("1.2.3", 90_061, List.of(
            new ServiceStatus("smtp", List.of(new ListenerStatus("SMTP", "0.0.0.0", 25, "STOPPED",
                    "Permission denied (ports below 1024 need root)", "smtp.port or --smtp-port"))),
            new ServiceStatus("pop3", List.of(new ListenerStatus("POP3", "0.0.0.0", 1110, "RUNNING", "", "pop3.port"),
                    new ListenerStatus("POP3 TLS", "0.0.0.0", 995, "DISABLED", "switched off", "pop3.tlsPort"))),
            new ServiceStatus("mta", List.of(new ListenerStatus("Outbound queue", "", 0, "ACTIVE", "", "mta")))));

    @Test
    void localhostSaysWhichListenersRunAndWhichDoNot() {
        LocalhostViewModel vm = new LocalhostViewModel(new SameThreadTaskExecutor(), () -> null, e -> { });
        vm.show(STATUS);
        assertThat(vm.versionProperty().get()).isEqualTo("1.2.3");
        assertThat(vm.uptimeProperty().get()).isEqualTo("1 d 1 h 1 min");
        assertThat(vm.listeners()).extracting(LocalhostViewModel.ServiceListener::service)
                .containsExactly("smtp", "pop3", "pop3", "mta");
        // The MTA at work counts as running; a listener switched off is not an alarm.
        assertThat(vm.summaryProperty().get()).isEqualTo(
                "2 running, 1 switched off, 1 not running — see the reason and the setting to change");
    }

    @Test
    void aStoppedServiceNamesTheReasonAndTheSettingToChange() {
        ServiceStatusViewModel smtp = new ServiceStatusViewModel(new SameThreadTaskExecutor(), () -> null, "smtp");
        smtp.show(STATUS);
        assertThat(smtp.summaryProperty().get()).isEqualTo("SMTP STOPPED on 0.0.0.0:25: Permission denied "
                + "(ports below 1024 need root) (change smtp.port or --smtp-port)");
        ServiceStatusViewModel pop = new ServiceStatusViewModel(new SameThreadTaskExecutor(), () -> null, "pop3");
        pop.show(STATUS);
        assertThat(pop.summaryProperty().get()).isEqualTo(
                "POP3 RUNNING on 0.0.0.0:1110; POP3 TLS DISABLED on 0.0.0.0:995: switched off (change pop3.tlsPort)");
        ServiceStatusViewModel imap = new ServiceStatusViewModel(new SameThreadTaskExecutor(), () -> null, "imap");
        imap.show(STATUS);
        assertThat(imap.summaryProperty().get()).contains("reports no imap service");
    }
}
