package dev.mailroom.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.directory.Mailbox;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.directory.PostOffice;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.testing.TestDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginResolverTest {
    private static final PostOfficeName ACME = PostOfficeName.of("acme");
    private static final PostOfficeName GLOBEX = PostOfficeName.of("globex");
    private static final MailboxRef ACME_STEVE = ref("acme", "steve");
    private static final MailboxRef GLOBEX_STEVE = ref("globex", "steve");
    private static final MailboxRef GLOBEX_ANNA = ref("globex", "anna");

    @TempDir
    Path dataDir;
    private ConfigStore dir;
    private InetAddress loopback;
    private InetAddress bound;

    static MailboxRef ref(String po, String mb) {
        return new MailboxRef(PostOfficeName.of(po), MailboxName.of(mb));
    }

    @BeforeEach
    void setUp() throws Exception {
        dir = TestDirectories.configStore(dataDir);
        loopback = InetAddress.getByName("127.0.0.1");
        bound = InetAddress.getByName("127.0.0.9");
        // Two post offices each with a "steve" (article 28's example).
        dir.createPostOffice(ACME);
        dir.addDomain(ACME, DomainName.of("acme.test"));
        dir.createMailbox(ACME, MailboxName.of("steve"), "pw".toCharArray(), MailboxType.USER, 0);
        dir.createPostOffice(GLOBEX);
        dir.addDomain(GLOBEX, DomainName.of("globex.test"));
        dir.createMailbox(GLOBEX, MailboxName.of("steve"), "pw".toCharArray(), MailboxType.USER, 0);
        dir.createMailbox(GLOBEX, MailboxName.of("anna"), "pw".toCharArray(), MailboxType.USER, 0);
        dir.addAddress(GLOBEX_ANNA, EmailAddress.of("sales@globex.test"));
    }

    private LoginResolver resolver(String defaultPo, String alternates) {
        return new LoginResolver(dir, defaultPo, AlternateAtCharacters.of(alternates));
    }

    @Test
    void mailboxAtPostOffice() {
        LoginResult r = resolver("", "").resolve("steve@globex", loopback);
        assertThat(r.mailbox()).contains(GLOBEX_STEVE);
        assertThat(r.reason()).isEqualTo("Login name (steve@globex) resolved (qualified) to mailbox globex/steve");
        assertThat(resolver("", "").resolve("STEVE@ACME", loopback).mailbox()).contains(ACME_STEVE);
    }

    @Test
    void emailAddressInTheAddressMap() {
        assertThat(resolver("", "").resolve("steve@acme.test", loopback).mailbox()).contains(ACME_STEVE);
        assertThat(resolver("", "").resolve("sales@globex.test", loopback).mailbox()).contains(GLOBEX_ANNA);
        assertThat(resolver("", "").resolve("nobody@globex.test", loopback).succeeded()).isFalse();
    }

    @Test
    void bareNameNeedsADefaultPostOffice() {
        LoginResult none = resolver("", "").resolve("steve", loopback);
        assertThat(none.succeeded()).isFalse();
        assertThat(none.reason()).isEqualTo("Login name (steve) does not name a mailbox");
        assertThat(resolver("acme", "").resolve("steve", loopback).mailbox()).contains(ACME_STEVE);
        assertThat(resolver("globex", "").resolve(" steve ", loopback).mailbox()).contains(GLOBEX_STEVE);
        assertThat(resolver("acme", "").resolve("anna", loopback).succeeded()).isFalse();
    }

    @Test
    void bareNameOnABoundAddressBelongsToThatPostOffice() {
        dir.updatePostOffice(new PostOffice(GLOBEX, true, "127.0.0.9"));
        assertThat(resolver("acme", "").resolve("steve", bound).mailbox()).contains(GLOBEX_STEVE);
        assertThat(resolver("acme", "").resolve("steve", loopback).mailbox()).contains(ACME_STEVE);
        // The bound post office owns bare names on its address: no fallback to the default.
        dir.updatePostOffice(new PostOffice(ACME, true, "127.0.0.9"));
        dir.updatePostOffice(new PostOffice(GLOBEX, true, ""));
        assertThat(resolver("globex", "").resolve("anna", bound).succeeded()).isFalse();
        assertThat(resolver("globex", "").resolve("anna", null).mailbox()).contains(GLOBEX_ANNA);
    }

    @Test
    void boundIpv6Address() throws Exception {
        dir.updatePostOffice(new PostOffice(GLOBEX, true, "::1"));
        assertThat(resolver("acme", "").resolve("steve", InetAddress.getByName("::1")).mailbox()).contains(GLOBEX_STEVE);
    }

    @Test
    void alternateAtCharacter() {
        assertThat(resolver("", "#%").resolve("steve#globex", loopback).mailbox()).contains(GLOBEX_STEVE);
        assertThat(resolver("", "#%").resolve("steve%acme.test", loopback).mailbox()).contains(ACME_STEVE);
        assertThat(resolver("", "").resolve("steve#globex", loopback).succeeded()).isFalse();
    }

    @Test
    void alternateCharacterThatIsPartOfABareNameStillWorks() {
        dir.createMailbox(ACME, MailboxName.of("r#d"), "pw".toCharArray(), MailboxType.USER, 0);
        assertThat(resolver("acme", "#").resolve("r#d", loopback).mailbox()).contains(ref("acme", "r#d"));
    }

    @Test
    void disabledMailboxPreventAuthAndDisabledPostOfficeCannotLogIn() {
        Mailbox steve = dir.mailbox(GLOBEX_STEVE).orElseThrow();
        dir.updateMailbox(new Mailbox(GLOBEX, steve.name(), "", steve.type(), 0, false, false, steve.redirectTo(), false));
        LoginResult disabled = resolver("", "").resolve("steve@globex", loopback);
        assertThat(disabled.succeeded()).isFalse();
        assertThat(disabled.reason()).isEqualTo("Mailbox (globex/steve) is disabled");

        dir.updateMailbox(new Mailbox(GLOBEX, steve.name(), "", steve.type(), 0, true, true, steve.redirectTo(), false));
        LoginResult prevented = resolver("", "").resolve("steve@globex.test", loopback);
        assertThat(prevented.succeeded()).isFalse();
        assertThat(prevented.reason()).isEqualTo("Mailbox (globex/steve) is not allowed to authenticate");

        dir.updatePostOffice(new PostOffice(ACME, false, ""));
        LoginResult poOff = resolver("acme", "").resolve("steve", loopback);
        assertThat(poOff.succeeded()).isFalse();
        assertThat(poOff.reason()).isEqualTo("Post office (acme) of login name (steve) is disabled");
    }

    @Test
    void staleAddressMapEntryIsAFailure() {
        dir.deleteMailbox(GLOBEX_ANNA);
        assertThat(resolver("", "").resolve("sales@globex.test", loopback).succeeded()).isFalse();
    }

    @Test
    void malformedNamesFailWithoutThrowing() {
        LoginResolver r = resolver("acme", "#");
        for (String bad : new String[] {null, "", "   ", "@", "steve@", "@acme", "a b", "../etc", "steve@@acme",
                "x".repeat(500), "steve\r\n@acme", "#", "steve#"}) {
            assertThat(r.resolve(bad, loopback).succeeded()).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void defaultPostOfficeAsOptional() {
        LoginResolver r = new LoginResolver(dir, Optional.of(ACME), AlternateAtCharacters.NONE);
        assertThat(r.resolve("steve", loopback).mailbox()).contains(ACME_STEVE);
    }

    @Test
    void alternateCharactersValidate() {
        assertThat(AlternateAtCharacters.of("##%").chars()).isEqualTo("#%");
        assertThat(AlternateAtCharacters.of(null)).isEqualTo(AlternateAtCharacters.NONE);
        for (String bad : new String[] {"@", "a", "1", " ", ".", "_", "-", "é", "!#$%&*+=?"}) {
            assertThatThrownBy(() -> AlternateAtCharacters.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }
}
