package dev.mailroom.app.pop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.core.pop3.Pop3Settings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The POP properties' view model against a real server, without a window. */
class Pop3PropertiesViewModelTest {
    @TempDir
    Path data;
    PopServer pop;

    @BeforeEach
    void start() throws Exception {
        pop = new PopServer(data);
    }

    @AfterEach
    void stop() {
        pop.close();
    }

    private Pop3PropertiesViewModel model() {
        return new Pop3PropertiesViewModel(new SameThreadTaskExecutor(), () -> pop.client,
                pop.client.getSettings("pop3", Pop3Settings.class));
    }

    @Test
    void savedValuesAreWhatTheServerThenReads() {
        Pop3PropertiesViewModel vm = model();
        vm.maxConnections().setText("25");
        vm.idleTimeout().setText("300");
        vm.alternateAt().setText("#");
        vm.allowClearTextProperty().set(true);
        vm.banMinutes().setText("45");
        assertThat(vm.save(() -> { })).isTrue();
        Pop3Settings stored = pop.client.getSettings("pop3", Pop3Settings.class);
        assertThat(stored.maxConnections()).isEqualTo(25);
        assertThat(stored.idleTimeoutSeconds()).isEqualTo(300);
        assertThat(stored.alternateAtCharacters()).isEqualTo("#");
        assertThat(stored.allowClearTextLogin()).isTrue();
        assertThat(stored.autoBan().banMinutes()).isEqualTo(45);
    }

    @Test
    void aRefusedFieldSendsNothingAndSaysWhyBesideIt() {
        Pop3PropertiesViewModel vm = model();
        vm.alternateAt().setText("a");
        vm.maxConnections().setText("0");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.alternateAt().error()).contains("punctuation");
        assertThat(vm.maxConnections().error()).contains("between 1 and 10000");
        assertThat(pop.client.getSettings("pop3", Pop3Settings.class)).isEqualTo(Pop3Settings.defaults());
    }

    @Test
    void theBansListShowsTheBannedAddressAndUnbanLiftsIt() throws Exception {
        String host = pop.banThisMachine();
        Pop3PropertiesViewModel vm = model();
        vm.refreshBans();
        assertThat(vm.bans()).singleElement().satisfies(b -> assertThat(b.address()).isEqualTo(host));
        vm.unban(vm.bans().get(0));
        assertThat(vm.bans()).isEmpty();
        assertThat(vm.banStatusProperty().get()).isEqualTo("No address is banned.");
    }
}
