package dev.mailroom.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.api.DomainDto;
import dev.mailroom.core.api.MailboxDto;
import dev.mailroom.core.api.Page;
import dev.mailroom.core.api.PostOfficeDto;
import dev.mailroom.core.api.Requests;
import dev.mailroom.core.api.StatusDto;
import dev.mailroom.core.directory.MailboxRef;
import dev.mailroom.core.model.MailboxName;
import dev.mailroom.core.model.MailboxType;
import dev.mailroom.core.model.PostOfficeName;
import dev.mailroom.server.RunningServer;
import dev.mailroom.server.ServerContext;
import dev.mailroom.server.ServerLauncher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API contract: {@link AdminClient} against the real server over HTTP on a free port,
 * with a fresh data directory per test. Raw HTTP is used where the client cannot misbehave on
 * purpose (no token, wrong media type, a body over 1 MiB).
 */
class AdminApiContractTest {
    @TempDir
    Path dataDir;

    private RunningServer server;
    private AdminClient client;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        server = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, "127.0.0.1");
        client = AdminClient.forDataDir(dataDir);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void statusAnswersWithVersionUptimeAndServices() {
        StatusDto status = client.status();
        assertThat(status.version()).isNotBlank();
        assertThat(status.uptimeSeconds()).isGreaterThanOrEqualTo(0);
        assertThat(status.services()).extracting(StatusDto.ServiceStatus::name)
                .containsExactlyElementsOf(server.services().stream().map(s -> s.name()).toList());
    }

    @Test
    void tokenAndUrlFilesDescribeTheServerAndOnlyTheOwnerCanReadTheToken() throws IOException {
        String token = Files.readString(dataDir.resolve("admin.token")).strip();
        assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 256 bits, base64url
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("admin.token")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dataDir.resolve("admin.url")).strip())
                .isEqualTo("http://127.0.0.1:" + server.adminPort());
        assertThat(server.adminAddress().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void missingOrWrongTokenIs401WithTheErrorShape() throws Exception {
        HttpResponse<String> none = raw("GET", "/api/v1/status", null, null, null);
        assertError(none, 401, "unauthorized", null);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        String token = Files.readString(dataDir.resolve("admin.token")).strip();
        String wrong = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertError(raw("GET", "/api/v1/status", wrong, null, null), 401, "unauthorized", null);
        assertError(raw("GET", "/api/v1/status", token + "x", null, null), 401, "unauthorized", null);
        // Unknown paths also need the token: nothing is revealed to a caller without it.
        assertError(raw("GET", "/api/v1/nothing-here", null, null, null), 401, "unauthorized", null);

        ApiException e = catchApi(() -> AdminClient.connect(server.adminUrl(), wrong).status());
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.error().code()).isEqualTo("unauthorized");
    }

    @Test
    void postOfficeLifecycle() {
        PostOfficeDto created = client.createPostOffice("Example");
        assertThat(created).isEqualTo(new PostOfficeDto("Example", true, "", 0, 0));
        assertThat(client.getPostOffice("EXAMPLE").name()).isEqualTo("Example");

        PostOfficeDto updated = client.updatePostOffice("Example", new Requests.PostOfficeUpdate(false, "127.0.0.2"));
        assertThat(updated.enabled()).isFalse();
        assertThat(updated.boundIp()).isEqualTo("127.0.0.2");
        // A null field leaves the value as it was.
        assertThat(client.updatePostOffice("Example", new Requests.PostOfficeUpdate(true, null)).boundIp())
                .isEqualTo("127.0.0.2");

        client.addDomain("Example", "example.com");
        client.createMailbox("Example", "alice", "pw-alice-1".toCharArray(), MailboxType.USER, 0);
        Requests.Deletion gone = client.deletePostOffice("Example");
        assertThat(gone).isEqualTo(new Requests.Deletion(1, 1, 1));
        assertThat(catchApi(() -> client.getPostOffice("Example")).status()).isEqualTo(404);
    }

    @Test
    void badNamesAre400NamingTheField() {
        for (String bad : List.of("../etc", "a/b", "", "tab\there", "CON", "x".repeat(65))) {
            ApiException e = catchApi(() -> client.createPostOffice(bad));
            assertThat(e.status()).as(bad).isEqualTo(400);
            assertThat(e.error().code()).isEqualTo("invalid_value");
            assertThat(e.error().field()).isEqualTo("name");
        }
        client.createPostOffice("Example");
        ApiException domain = catchApi(() -> client.addDomain("Example", "bad_domain..com"));
        assertThat(domain.status()).isEqualTo(400);
        assertThat(domain.field()).isEqualTo("name");

        ApiException mailbox = catchApi(() -> client.createMailbox("Example", "has space", "pw".toCharArray(),
                MailboxType.USER, 0));
        assertThat(mailbox.status()).isEqualTo(400);
        assertThat(mailbox.field()).isEqualTo("name");

        ApiException noPassword = catchApi(() -> client.createMailbox("Example", "bob", new char[0],
                MailboxType.USER, 0));
        assertThat(noPassword.field()).isEqualTo("password");

        ApiException quota = catchApi(() -> client.createMailbox("Example", "bob", "pw".toCharArray(),
                MailboxType.USER, -1));
        assertThat(quota.field()).isEqualTo("quotaKb");

        ApiException ip = catchApi(() -> client.updatePostOffice("Example", new Requests.PostOfficeUpdate(null, "mail.example.com")));
        assertThat(ip.status()).isEqualTo(400);
        assertThat(ip.field()).isEqualTo("boundIp");
    }

    @Test
    void aNameInThePathThatCannotBeValidIs400NamingThePathParameter() throws Exception {
        HttpResponse<String> r = raw("GET", "/api/v1/postoffices/..%2F..%2Fetc", token(), null, null);
        assertError(r, 400, "invalid_value", "postOffice");
    }

    @Test
    void duplicatesAre409CaseInsensitively() {
        client.createPostOffice("Example");
        ApiException po = catchApi(() -> client.createPostOffice("EXAMPLE"));
        assertThat(po.status()).isEqualTo(409);
        assertThat(po.error().code()).isEqualTo("duplicate");
        assertThat(po.field()).isEqualTo("name");

        client.addDomain("Example", "example.com");
        client.createPostOffice("Other");
        assertThat(catchApi(() -> client.addDomain("Other", "EXAMPLE.com")).status()).isEqualTo(409);

        client.createMailbox("Example", "alice", "pw-1".toCharArray(), MailboxType.USER, 0);
        assertThat(catchApi(() -> client.createMailbox("Example", "Alice", "pw-2".toCharArray(), MailboxType.USER, 0))
                .status()).isEqualTo(409);
    }

    @Test
    void unknownThingsAre404() throws Exception {
        assertThat(catchApi(() -> client.getPostOffice("nope")).error().code()).isEqualTo("not_found");
        assertThat(catchApi(() -> client.listMailboxes("nope", 0, 10, null)).status()).isEqualTo(404);
        client.createPostOffice("Example");
        assertThat(catchApi(() -> client.getMailbox("Example", "nobody")).status()).isEqualTo(404);
        assertThat(catchApi(() -> client.getDomain("Example", "example.org")).status()).isEqualTo(404);
        assertError(raw("GET", "/api/v1/no-such-endpoint", token(), null, null), 404, "not_found", null);
        assertError(raw("GET", "/elsewhere", token(), null, null), 404, "not_found", null);
    }

    @Test
    void aDomainOfAnotherPostOfficeIsNotFoundThroughThisOne() {
        client.createPostOffice("One");
        client.createPostOffice("Two");
        client.addDomain("One", "one.example");
        assertThat(catchApi(() -> client.getDomain("Two", "one.example")).status()).isEqualTo(404);
        assertThat(catchApi(() -> client.removeDomain("Two", "one.example")).status()).isEqualTo(404);
        assertThat(client.getDomain("One", "one.example").postOffice()).isEqualTo("One");
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> r = raw("PATCH", "/api/v1/postoffices", token(), null, null);
        assertError(r, 405, "method_not_allowed", null);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, POST");
        assertError(raw("DELETE", "/api/v1/status", token(), null, null), 405, "method_not_allowed", null);
    }

    @Test
    void bodyOverOneMebibyteIs413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(AdminServer.MAX_BODY) + "\"}";
        assertError(raw("POST", "/api/v1/postoffices", token(), "application/json", big), 413, "payload_too_large", null);
        assertThat(client.listPostOffices(0, 10, null).total()).isZero();
    }

    @Test
    void nonJsonBodyIs415AndBrokenJsonIs400AndAMisshapenBodyIs422() throws Exception {
        assertError(raw("POST", "/api/v1/postoffices", token(), "text/plain", "name=Example"), 415,
                "unsupported_media_type", null);
        assertError(raw("POST", "/api/v1/postoffices", token(), null, "{\"name\":\"Example\"}"), 415,
                "unsupported_media_type", null);
        assertError(raw("POST", "/api/v1/postoffices", token(), "application/json", "{\"name\":"), 400,
                "malformed_json", null);
        assertError(raw("POST", "/api/v1/postoffices", token(), "application/json", "{\"nmae\":\"Example\"}"), 422,
                "unknown_field", "nmae");
        client.createPostOffice("Example");
        assertError(raw("PUT", "/api/v1/postoffices/Example", token(), "application/json", "{\"enabled\":[1]}"), 422,
                "wrong_type", "enabled");
        assertError(raw("POST", "/api/v1/postoffices", token(), "application/json", ""), 400, "missing_body", null);
        client.addDomain("Example", "example.com");
        HttpResponse<String> lower = raw("POST", "/api/v1/postoffices/Example/mailboxes", token(), "application/json",
                "{\"name\":\"carol\",\"password\":\"pw-carol\",\"type\":\"admin\"}");
        assertThat(lower.statusCode()).as(lower.body()).isEqualTo(201);
        assertThat(json.readTree(lower.body()).path("type").asText()).isEqualTo("ADMIN");
        assertError(raw("POST", "/api/v1/postoffices/Example/mailboxes", token(), "application/json",
                "{\"name\":\"dave\",\"password\":\"pw-dave\",\"type\":\"ROOT\"}"), 422, "wrong_type", "type");
        assertThat(client.listPostOffices(0, 10, null).total()).isEqualTo(1);
    }

    @Test
    void errorsNeverCarryExceptionTextOrStackTraces() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(raw("POST", "/api/v1/postoffices", token(), "application/json", "{\"name\":"));
        answers.add(raw("POST", "/api/v1/postoffices", token(), "application/json", "{\"name\":5.5e9999}"));
        answers.add(raw("POST", "/api/v1/postoffices", token(), "application/json", "{\"name\":\"a\\ud800\"}"));
        answers.add(raw("PUT", "/api/v1/postoffices/x", token(), "application/json", "[]"));
        answers.add(raw("GET", "/api/v1/postoffices?limit=abc", token(), null, null));
        for (HttpResponse<String> r : answers) {
            assertThat(r.statusCode()).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("Exception", "at dev.", "at com.", "jackson", "Source:");
            assertThat(json.readTree(r.body()).path("error").path("code").asText()).isNotEmpty();
        }
    }

    @Test
    void listsArePagedFilteredAndCounted() throws Exception {
        IntStream.range(0, 12).forEach(i -> client.createPostOffice(String.format("shop%02d", i)));
        client.createPostOffice("Other");

        Page<PostOfficeDto> all = client.listPostOffices(0, 100, null);
        assertThat(all.total()).isEqualTo(13);
        assertThat(all.items()).hasSize(13);

        Page<PostOfficeDto> page = client.listPostOffices(5, 3, "SHOP");
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.offset()).isEqualTo(5);
        assertThat(page.limit()).isEqualTo(3);
        assertThat(page.items()).extracting(PostOfficeDto::name).containsExactly("shop05", "shop06", "shop07");

        Page<PostOfficeDto> past = client.listPostOffices(50, 3, null);
        assertThat(past.total()).isEqualTo(13);
        assertThat(past.items()).isEmpty();

        assertThat(catchApi(() -> client.listPostOffices(0, 0, null)).field()).isEqualTo("limit");
        assertThat(catchApi(() -> client.listPostOffices(-1, 10, null)).field()).isEqualTo("offset");

        client.addDomain("Other", "other.example");
        for (String name : List.of("alice", "albert", "bob")) {
            client.createMailbox("Other", name, ("pw-" + name).toCharArray(), MailboxType.USER, 0);
        }
        Page<MailboxDto> al = client.listMailboxes("Other", 0, 10, "al");
        assertThat(al.total()).isEqualTo(2);
        assertThat(al.items()).extracting(MailboxDto::name).containsExactlyInAnyOrder("alice", "albert");
        Page<DomainDto> domains = client.listDomains("Other", 0, 10, "other");
        assertThat(domains.items()).extracting(DomainDto::name).containsExactly("other.example");
    }

    @Test
    void mailboxLifecycleWithAddressesAndPassword() throws Exception {
        client.createPostOffice("Example");
        client.addDomain("Example", "example.com");
        MailboxDto alice = client.createMailbox("Example", "alice", "first-Passw0rd".toCharArray(), MailboxType.ADMIN, 2048);
        assertThat(alice.addresses()).containsExactly("alice@example.com");
        assertThat(alice.type()).isEqualTo(MailboxType.ADMIN);
        assertThat(alice.quotaKb()).isEqualTo(2048);
        assertThat(alice.enabled()).isTrue();
        assertThat(alice.lastLogin()).isNull();

        // A domain added later gives existing mailboxes their address there (MailEnable's behaviour).
        client.addDomain("Example", "example.org");
        assertThat(client.getMailbox("Example", "alice").addresses())
                .containsExactly("alice@example.com", "alice@example.org");

        MailboxDto withAlias = client.addAddress("Example", "alice", "postmaster@example.com");
        assertThat(withAlias.addresses()).contains("postmaster@example.com");
        MailboxDto withoutAlias = client.removeAddress("Example", "alice", "postmaster@example.com");
        assertThat(withoutAlias.addresses()).doesNotContain("postmaster@example.com");

        MailboxDto changed = client.updateMailbox("Example", "alice", new Requests.MailboxUpdate(null, 0L, false, true,
                List.of("alice@elsewhere.example"), true));
        assertThat(changed.quotaKb()).isZero();
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.preventAuth()).isTrue();
        assertThat(changed.redirectTo()).containsExactly("alice@elsewhere.example");
        assertThat(changed.type()).isEqualTo(MailboxType.ADMIN);
        assertThat(catchApi(() -> client.updateMailbox("Example", "alice",
                new Requests.MailboxUpdate(null, null, null, null, List.of("not an address"), null))).field())
                .isEqualTo("redirectTo");

        client.setPassword("Example", "alice", "second-Passw0rd".toCharArray());
        MailboxRef ref = new MailboxRef(PostOfficeName.of("Example"), MailboxName.of("alice"));
        assertThat(server.context().directory().checkPassword(ref, "second-Passw0rd".toCharArray())).isTrue();
        assertThat(server.context().directory().checkPassword(ref, "first-Passw0rd".toCharArray())).isFalse();

        String rawJson = raw("GET", "/api/v1/postoffices/Example/mailboxes/alice", token(), null, null).body();
        assertThat(rawJson).doesNotContainIgnoringCase("password").doesNotContain("pbkdf2");

        client.deleteMailbox("Example", "alice");
        assertThat(catchApi(() -> client.getMailbox("Example", "alice")).status()).isEqualTo(404);
        assertThat(client.getPostOffice("Example").mailboxCount()).isZero();
    }

    @Test
    void domainSettingsAreValidatedAndKept() {
        client.createPostOffice("Example");
        client.addDomain("Example", "example.com");
        DomainDto d = client.updateDomain("Example", "example.com", new Requests.DomainUpdate(null, "alice",
                "abuse@example.net", "", List.of("*.spam.example", "bad.example")));
        assertThat(d.catchAll()).isEqualTo("alice");
        assertThat(d.abuseRedirect()).isEqualTo("abuse@example.net");
        assertThat(d.blacklist()).containsExactly("*.spam.example", "bad.example");
        assertThat(catchApi(() -> client.updateDomain("Example", "example.com",
                new Requests.DomainUpdate(null, null, "not-an-address", null, null))).field()).isEqualTo("abuseRedirect");
        assertThat(catchApi(() -> client.updateDomain("Example", "example.com",
                new Requests.DomainUpdate(null, null, null, null, List.of("bad entry")))).field()).isEqualTo("blacklist");
        client.removeDomain("Example", "example.com");
        assertThat(client.listDomains("Example", 0, 10, null).total()).isZero();
    }

    @Test
    void dataSurvivesARestartAndTheTokenChanges() throws Exception {
        client.createPostOffice("Example");
        client.addDomain("Example", "example.com");
        client.createMailbox("Example", "alice", "restart-Passw0rd".toCharArray(), MailboxType.USER, 100);
        String oldToken = token();
        server.close();
        assertThat(dataDir.resolve("admin.url")).doesNotExist();

        server = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, "127.0.0.1");
        AdminClient again = AdminClient.forDataDir(dataDir);
        assertThat(token()).isNotEqualTo(oldToken);
        assertThat(catchApi(() -> AdminClient.connect(server.adminUrl(), oldToken).status()).status()).isEqualTo(401);
        MailboxDto alice = again.getMailbox("Example", "alice");
        assertThat(alice.quotaKb()).isEqualTo(100);
        assertThat(alice.addresses()).containsExactly("alice@example.com");
        MailboxRef ref = new MailboxRef(PostOfficeName.of("Example"), MailboxName.of("alice"));
        assertThat(server.context().directory().checkPassword(ref, "restart-Passw0rd".toCharArray())).isTrue();
    }

    @Test
    void noClearTextPasswordAnywhereUnderTheDataDirectory() throws Exception {
        String first = "Cleartext-Canary-7f3a91";
        String second = "Cleartext-Canary-b62e04";
        client.createPostOffice("Example");
        client.addDomain("Example", "example.com");
        client.createMailbox("Example", "alice", first.toCharArray(), MailboxType.USER, 0);
        client.setPassword("Example", "alice", second.toCharArray());
        server.close();
        server = null;

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the config and the server log were written")
                .anyMatch(p -> p.getFileName().toString().equals("AUTH.TAB"))
                .anyMatch(p -> p.getFileName().toString().equals("server.log"));
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(content).as(f.toString()).doesNotContain(first, second);
        }
    }

    @Test
    void settingsSectionsAreReadWrittenAndValidated() throws Exception {
        assertThat(client.get("/settings").path("sections")).extracting(JsonNode::asText).contains("server");
        JsonNode defaults = client.getSettings("server");
        assertThat(defaults.path("hostName").asText()).isEqualTo("localhost");

        JsonNode changed = client.putSettings("server",
                json.readTree("{\"defaultPostOffice\":\"Example\",\"hostName\":\"MAIL.Example.com\"}"));
        assertThat(changed.path("hostName").asText()).isEqualTo("mail.example.com");
        assertThat(client.getSettings("server").path("defaultPostOffice").asText()).isEqualTo("Example");
        assertThat(dataDir.resolve("Config").resolve("server.json")).exists();

        JsonNode badHost = json.readTree("{\"hostName\":\"bad host\"}");
        JsonNode misspelt = json.readTree("{\"hostname\":\"x\"}");
        JsonNode empty = json.readTree("{}");
        ApiException bad = catchApi(() -> client.putSettings("server", badHost));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.field()).isEqualTo("hostName");
        ApiException unknown = catchApi(() -> client.putSettings("server", misspelt));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("hostname");
        assertThat(client.getSettings("server").path("hostName").asText()).as("a refused PUT changes nothing")
                .isEqualTo("mail.example.com");

        // Secrets the server must keep in clear (a smart host's AUTH password) never come back.
        com.fasterxml.jackson.databind.node.ObjectNode mta = (com.fasterxml.jackson.databind.node.ObjectNode) client.getSettings("mta");
        ((com.fasterxml.jackson.databind.node.ObjectNode) mta.path("smartHost"))
                .put("host", "relay.example.net").put("user", "mailroom").put("password", "Smart-Host-Secret-9");
        JsonNode saved = client.putSettings("mta", mta);
        assertThat(saved.path("smartHost").path("password").asText()).isEqualTo("********");
        assertThat(client.getSettings("mta").toString()).doesNotContain("Smart-Host-Secret-9");
        // Sending the masked value back (a dialog saving other fields) keeps the stored secret.
        ((com.fasterxml.jackson.databind.node.ObjectNode) saved).put("threads", 3);
        client.putSettings("mta", saved);
        assertThat(java.nio.file.Files.readString(dataDir.resolve("Config").resolve("mta.json")))
                .contains("Smart-Host-Secret-9").doesNotContain("********");
        ((com.fasterxml.jackson.databind.node.ObjectNode) saved.path("smartHost")).put("password", "Another-Secret-7");
        client.putSettings("mta", saved);
        assertThat(java.nio.file.Files.readString(dataDir.resolve("Config").resolve("mta.json")))
                .contains("Another-Secret-7").doesNotContain("Smart-Host-Secret-9");

        ApiException missing = catchApi(() -> client.getSettings("no-such-section"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(catchApi(() -> client.putSettings("no-such-section", empty)).status()).isEqualTo(404);

        // Survives a restart.
        server.close();
        server = ServerLauncher.start(dataDir, ServerContext.Overrides.none(), 0, "127.0.0.1");
        assertThat(AdminClient.forDataDir(dataDir).getSettings("server").path("hostName").asText())
                .isEqualTo("mail.example.com");
    }

    @Test
    void namesWithReservedUrlCharactersRoundTrip() {
        client.createPostOffice("Café");
        client.addDomain("Café", "bücher.example");
        MailboxDto m = client.createMailbox("Café", "o'brien+tag", "pw-obrien".toCharArray(), MailboxType.USER, 0);
        assertThat(m.addresses()).containsExactly("o'brien+tag@xn--bcher-kva.example");
        assertThat(client.getMailbox("CAFÉ", "O'Brien+Tag").name()).isEqualTo("o'brien+tag");
        assertThat(client.getDomain("Café", "BÜCHER.example").name()).isEqualTo("xn--bcher-kva.example");
        client.removeAddress("Café", "o'brien+tag", "o'brien+tag@xn--bcher-kva.example");
        assertThat(client.getMailbox("Café", "o'brien+tag").addresses()).isEmpty();
    }

    @Test
    void rawJsonHelpersReachAnyEndpoint() {
        client.createPostOffice("Example");
        JsonNode list = client.get("/postoffices?limit=5");
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("name").asText()).isEqualTo("Example");
        JsonNode created = client.post("/postoffices", new Requests.Create("Second"));
        assertThat(created.path("name").asText()).isEqualTo("Second");
        assertThat(client.delete("/postoffices/Second").path("domains").asInt()).isZero();
    }

    @Test
    void anUnreachableServerIsReportedAsStatusZero() {
        int port = server.adminPort();
        server.close();
        server = null;
        ApiException e = catchApi(() -> AdminClient.connect(URI.create("http://127.0.0.1:" + port), "t").status());
        assertThat(e.status()).isZero();
        assertThat(e.error().code()).isEqualTo("unreachable");
        ApiException notRunning = catchApi(() -> AdminClient.forDataDir(dataDir));
        assertThat(notRunning.error().code()).isEqualTo("not_running");
    }

    // ---- helpers --------------------------------------------------------------------------

    private String token() throws IOException {
        return Files.readString(dataDir.resolve("admin.token")).strip();
    }

    private HttpResponse<String> raw(String method, String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.adminUrl() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertError(HttpResponse<String> r, int status, String code, String field) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode error = json.readTree(r.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
        if (field == null) {
            assertThat(error.path("field").isNull() || error.path("field").isMissingNode()).as(r.body()).isTrue();
        } else {
            assertThat(error.path("field").asText()).isEqualTo(field);
        }
    }

    private static ApiException catchApi(Runnable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(t).isInstanceOf(ApiException.class);
        return (ApiException) t;
    }
}
