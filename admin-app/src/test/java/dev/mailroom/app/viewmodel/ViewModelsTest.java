package dev.mailroom.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mailroom.app.common.PagedListViewModel;
import dev.mailroom.app.common.SameThreadTaskExecutor;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.domain.DomainPropertiesViewModel;
import dev.mailroom.app.mailbox.MailboxPropertiesViewModel;
import dev.mailroom.app.mailbox.NewMailboxViewModel;
import dev.mailroom.app.mailbox.SetPasswordViewModel;
import dev.mailroom.app.postoffice.NewPostOfficeViewModel;
import dev.mailroom.app.postoffice.PostOfficePropertiesViewModel;
import dev.mailroom.app.server.LocalhostPropertiesViewModel;
import dev.mailroom.app.window.ConnectViewModel;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.config.ServerSettings;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dialogs' view models, driven without a window (no JavaFX toolkit is started) through a
 * same-thread executor against a real server: after save() returns, the server has the change.
 */
class ViewModelsTest {
    @TempDir
    static Path data;
    static RunningServer server;
    static AdminClient api;
    final TaskExecutor now = new SameThreadTaskExecutor();

    @BeforeAll
    static void start() throws Exception {
        server = ServerLauncher.start(data, new ServerContext.Overrides("127.0.0.1", OptionalInt.of(0), OptionalInt.of(0)), 0, null);
        api = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void newPostOfficeCreatesItsDomainAndPostmasterAndUndoesItselfWhenTheDomainIsTaken() {
        NewPostOfficeViewModel vm = new NewPostOfficeViewModel(now, api);
        vm.name().setText("Wizard");
        vm.domain().setText("Wizard.Example");
        assertThat(vm.save(() -> { })).isTrue();
        NewPostOfficeViewModel.Created created = vm.createdProperty().get();
        assertThat(created.domain()).isEqualTo("wizard.example");
        MailboxDto postmaster = api.getMailbox("Wizard", "postmaster");
        assertThat(postmaster.type()).isEqualTo(MailboxType.ADMIN);
        assertThat(postmaster.addresses()).containsExactly("postmaster@wizard.example");

        NewPostOfficeViewModel second = new NewPostOfficeViewModel(now, api);
        second.name().setText("Wizard2");
        second.domain().setText("wizard.example");
        second.createPostmasterProperty().set(false);
        second.save(() -> { });
        assertThat(second.domain().shownErrorProperty().get()).isNotBlank();
        assertThat(second.createdProperty().get()).isNull();
        assertThat(api.listPostOffices(0, 10, "Wizard2").total()).isZero();
    }

    @Test
    void postOfficeBoundIpMustBeAnAddress() {
        api.createPostOffice("BOUND");
        PostOfficePropertiesViewModel vm = new PostOfficePropertiesViewModel(now, api, api.getPostOffice("BOUND"));
        vm.boundIp().setText("mail.example.com");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.boundIp().shownErrorProperty().get()).contains("not an IP address");
        vm.boundIp().setText("192.0.2.10");
        vm.enabledProperty().set(false);
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(api.getPostOffice("BOUND").boundIp()).isEqualTo("192.0.2.10");
        assertThat(api.getPostOffice("BOUND").enabled()).isFalse();
    }

    @Test
    void blacklistMasksAreNormalisedRefusedWhenInvalidAndSaved() {
        api.createPostOffice("MASKS");
        api.addDomain("MASKS", "masks.example");
        DomainPropertiesViewModel vm = new DomainPropertiesViewModel(now, api, api.getDomain("MASKS", "masks.example"));
        vm.mask().setText("*.COM.AU ");
        assertThat(vm.addMask()).isTrue();
        vm.mask().setText("*");
        assertThat(vm.addMask()).isFalse();
        assertThat(vm.mask().shownErrorProperty().get()).contains("would refuse every sender");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(api.getDomain("MASKS", "masks.example").blacklist()).isEmpty();

        vm.mask().setText("spam.example");
        vm.addMask();
        vm.mask().setText("*.spam.example");
        assertThat(vm.replaceMask(1)).isTrue();
        vm.catchAll().setText("nobody");
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(api.getDomain("MASKS", "masks.example").blacklist()).containsExactly("*.com.au", "*.spam.example");
        assertThat(api.getDomain("MASKS", "masks.example").catchAll()).isEqualTo("nobody");
    }

    @Test
    void mailboxPropertiesSendAddressesRedirectionQuotaAndPassword() {
        api.createPostOffice("PROPS");
        api.addDomain("PROPS", "props.example");
        api.addDomain("PROPS", "other.example");
        NewMailboxViewModel create = new NewMailboxViewModel(now, api, "PROPS");
        create.name().setText("erin");
        create.password().generate();
        String generated = create.password().generatedProperty().get();
        assertThat(create.save(() -> { })).isTrue();

        MailboxPropertiesViewModel vm = new MailboxPropertiesViewModel(now, api, api.getMailbox("PROPS", "erin"));
        vm.quotaKb().setText("-5");
        assertThat(vm.save(() -> { })).isFalse();
        vm.quotaKb().setText("4096");
        vm.removeAddress("erin@other.example");
        vm.newAddress().setText("e.r@props.example");
        assertThat(vm.addAddress()).isTrue();
        vm.newRedirect().setText("not an address");
        assertThat(vm.addRedirect()).isFalse();
        vm.newRedirect().setText("erin@elsewhere.example");
        assertThat(vm.addRedirect()).isTrue();
        vm.keepLocalCopyProperty().set(true);
        vm.password().password().setText("a new password");
        assertThat(vm.save(() -> { })).isTrue();

        MailboxDto erin = api.getMailbox("PROPS", "erin");
        assertThat(erin.quotaKb()).isEqualTo(4096);
        assertThat(erin.addresses()).containsExactlyInAnyOrder("erin@props.example", "e.r@props.example");
        assertThat(erin.redirectTo()).containsExactly("erin@elsewhere.example");
        assertThat(erin.keepLocalCopy()).isTrue();
        assertThat(server.context().directory().checkPassword(
                new dev.mailroom.core.directory.MailboxRef(dev.mailroom.core.model.PostOfficeName.of("PROPS"),
                        dev.mailroom.core.model.MailboxName.of("erin")), "a new password".toCharArray())).isTrue();
        assertThat(generated).hasSize(16);
    }

    @Test
    void setPasswordNeedsTheSamePasswordTwice() {
        api.createPostOffice("PW");
        api.createMailbox("PW", "frank", "first password".toCharArray(), MailboxType.USER, 0);
        SetPasswordViewModel vm = new SetPasswordViewModel(now, api, "PW", "frank");
        vm.password().password().setText("second password");
        vm.confirm().setText("second passwrod");
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.confirm().shownErrorProperty().get()).isEqualTo("The two passwords differ");
        vm.password().generate();
        assertThat(vm.confirm().text()).isEqualTo(vm.password().password().text());
        assertThat(vm.save(() -> { })).isTrue();
    }

    @Test
    void defaultPostOfficeMustExistAndIsStoredInTheServerSection() {
        api.createPostOffice("DEFAULTPO");
        LocalhostPropertiesViewModel vm = new LocalhostPropertiesViewModel(now, api, LocalhostPropertiesViewModel.load(api));
        vm.defaultPostOffice().setText("NOSUCHPO");
        assertThat(vm.save(() -> { })).isFalse();
        vm.defaultPostOffice().setText("defaultpo");
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(api.getSettings("server", ServerSettings.class).defaultPostOffice()).isEqualToIgnoringCase("DEFAULTPO");
    }

    @Test
    void aWrongTokenIsShownBesideTheTokenField() {
        AtomicReference<AdminClient> connected = new AtomicReference<>();
        ConnectViewModel vm = new ConnectViewModel(now, server.adminUrl().toString(), (c, url) -> connected.set(c));
        vm.token().setText("wrong");
        vm.save(() -> { });
        assertThat(vm.token().shownErrorProperty().get()).isNotBlank();
        assertThat(connected.get()).isNull();
        vm.token().setText(server.client() == null ? "" : tokenOf());
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(connected.get().status().version()).isNotBlank();
    }

    private static String tokenOf() {
        try {
            return java.nio.file.Files.readString(data.resolve(AdminClient.TOKEN_FILE)).strip();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listsPageThroughTheServerAndFilterThere() {
        api.createPostOffice("MANY");
        for (int i = 0; i < 205; i++) {
            api.createMailbox("MANY", String.format("user%03d", i), "long enough".toCharArray(), MailboxType.USER, 0);
        }
        List<Integer> offsets = new ArrayList<>();
        PagedListViewModel<MailboxDto> vm = new PagedListViewModel<>(now, (offset, limit, filter) -> {
            offsets.add(offset);
            return api.listMailboxes("MANY", offset, limit, filter);
        }, e -> { throw new AssertionError(e); });
        vm.reload();
        assertThat(vm.items()).hasSize(205);
        assertThat(offsets).containsExactly(0);
        assertThat(vm.items().isLoaded(204)).isFalse();
        assertThat(vm.items().get(204).name()).isEqualTo("user204");   // asks for the second page only now
        assertThat(offsets).containsExactly(0, PagedListViewModel.PAGE_SIZE);

        vm.filterProperty().set("user20");
        assertThat(vm.totalProperty().get()).isEqualTo(5);
        assertThat(vm.items()).extracting(MailboxDto::name)
                .containsExactly("user200", "user201", "user202", "user203", "user204");
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() {
        AdminClient nowhere = AdminClient.connect(java.net.URI.create("http://127.0.0.1:1"), "x");
        List<Throwable> failures = new ArrayList<>();
        PagedListViewModel<MailboxDto> vm = new PagedListViewModel<>(now,
                (offset, limit, filter) -> nowhere.listMailboxes("X", offset, limit, filter), failures::add);
        vm.reload();
        assertThat(failures).singleElement().isInstanceOf(ApiException.class);
        assertThat(dev.mailroom.app.common.ServerErrors.isUnreachable(failures.get(0))).isTrue();
        assertThat(vm.failureProperty().get()).contains("Cannot reach");
    }
}
