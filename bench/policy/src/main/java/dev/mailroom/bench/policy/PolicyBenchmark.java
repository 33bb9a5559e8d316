package dev.mailroom.bench.policy;

import dev.mailroom.core.auth.AlternateAtCharacters;
import dev.mailroom.core.auth.LoginResolver;
import dev.mailroom.core.auth.LoginResult;
import dev.mailroom.core.config.ConfigStore;
import dev.mailroom.core.directory.DirectoryStore;
import dev.mailroom.core.directory.PasswordHasher;
import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.core.relay.RcptDecision;
import dev.mailroom.core.relay.RcptFacts;
import dev.mailroom.core.relay.RelayPolicy;
import dev.mailroom.core.relay.RelaySettings;
import dev.mailroom.core.relay.SecuritySettings;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the SMTP policy answers, over the real ConfigStore holding 20 post offices with
 * 50 mailboxes each (1,000 mailboxes, 1,000 addresses): the cost the server pays per RCPT and
 * per AUTH name lookup (the password hash itself is the directory's and not measured here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyBenchmark {
    private Path dataDir;
    private RelayPolicy policy;
    private LoginResolver logins;
    private RcptFacts local;
    private RcptFacts unknownLocal;
    private RcptFacts strangerRelay;
    private RcptFacts authenticatedRelay;
    private InetAddress serverAddress;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dataDir = Files.createTempDirectory("policy-bench");
        DirectoryStore store = ConfigStore.open(dataDir, new PasswordHasher(1), line -> { });
        for (int p = 0; p < 20; p++) {
            PostOfficeName po = PostOfficeName.of("po" + p);
            store.createPostOffice(po);
            store.addDomain(po, DomainName.of("domain" + p + ".test"));
            for (int m = 0; m < 50; m++) {
                store.createMailbox(po, MailboxName.of("user" + m), "pw".toCharArray(), MailboxType.USER, 0);
            }
        }
        policy = new RelayPolicy(store, RelaySettings.defaults(), SecuritySettings.defaults(), Optional.of(PostOfficeName.of("po0")));
        logins = new LoginResolver(store, "po0", AlternateAtCharacters.of("#"));
        serverAddress = InetAddress.getByName("127.0.0.1");
        InetAddress stranger = InetAddress.getByName("203.0.113.9");
        local = new RcptFacts(stranger, serverAddress, Optional.empty(), "mx.remote.test", "a@remote.test", "<user42@domain17.test>");
        unknownLocal = local.withRecipient("<nobody@domain17.test>");
        strangerRelay = local.withRecipient("<victim@elsewhere.test>");
        var alice = logins.resolve("user7@po3", serverAddress).mailbox();
        authenticatedRelay = new RcptFacts(stranger, serverAddress, alice, "laptop", "user7@domain3.test", "<friend@elsewhere.test>");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public RcptDecision localDelivery() {
        return policy.decide(local);
    }

    @Benchmark
    public RcptDecision unknownLocalRecipient() {
        return policy.decide(unknownLocal);
    }

    @Benchmark
    public RcptDecision strangerRelayDenied() {
        return policy.decide(strangerRelay);
    }

    @Benchmark
    public RcptDecision authenticatedRelayGranted() {
        return policy.decide(authenticatedRelay);
    }

    @Benchmark
    public LoginResult loginByAddress() {
        return logins.resolve("user42@domain17.test", serverAddress);
    }

    @Benchmark
    public LoginResult loginBareName() {
        return logins.resolve("user42", serverAddress);
    }
}
