package dev.mailroom.server.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.core.api.ApiJson;
import dev.mailroom.core.dns.rbl.RblMode;
import dev.mailroom.core.dns.rbl.RblProvider;
import dev.mailroom.core.dns.rbl.RblRecordType;
import dev.mailroom.core.dns.rbl.RblSettings;
import dev.mailroom.core.dns.rbl.RblTestReport;
import dev.mailroom.core.dns.rbl.RblTestRequest;
import dev.mailroom.core.dns.rbl.RblVerdict;
import dev.mailroom.core.dns.testing.Dnsmasq;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server: settings stored through the settings API, then tested without sending them. */
class RblApiStoredSettingsTest {
    @TempDir
    Path data;
    @TempDir
    Path dnsDir;

    @Test
    void withoutSettingsInTheRequestTheStoredOnesAreUsed() throws Exception {
        try (Dnsmasq dns = Dnsmasq.in(dnsDir).blacklist("zen.test", "127.0.0.2", "127.0.0.2").start();
             RunningServer server = ServerLauncher.start(data,
                     new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null)) {
            RblSettings stored = new RblSettings(RblMode.MARK, List.of(
                    new RblProvider("zen", true, "zen.test", dns.server(), RblRecordType.A, List.of(), null, null)), 2000, "");
            server.client().putSettings(RblSettings.SECTION.name(), stored);
            RblTestReport report = ApiJson.mapper().treeToValue(
                    server.client().post(RblTestRequest.PATH, new RblTestRequest("127.0.0.2", null, false)), RblTestReport.class);
            assertThat(report.decision()).isEqualTo(RblVerdict.Decision.MARK);
            assertThat(report.header()).isEqualTo("X-Mailroom-RBL: listed by zen (2.0.0.127.zen.test 127.0.0.2)");
            assertThat(server.client().getSettings(RblSettings.SECTION.name(), RblSettings.class)).isEqualTo(stored);
        }
    }
}
