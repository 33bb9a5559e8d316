package dev.mailroom.core.antivirus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailroom.core.api.AdminClient;
import dev.mailroom.core.api.ApiJson;
import java.util.List;

/**
 * The antivirus endpoints of the admin API ({@code /antivirus/...}), for the console and
 * scripts. The filter's properties are the settings section {@code antivirus}.
 */
public final class AntivirusClient {
    private static final TypeReference<List<ScannerStatus>> SCANNERS = new TypeReference<>() { };
    private static final TypeReference<List<QuarantineEntry>> ENTRIES = new TypeReference<>() { };

    private final AdminClient api;
    private final ObjectMapper json = ApiJson.mapper();

    public AntivirusClient(AdminClient api) {
        this.api = api;
    }

    public AntivirusSettings settings() {
        return api.getSettings(AntivirusSettings.SECTION.name(), AntivirusSettings.class);
    }

    public AntivirusSettings save(AntivirusSettings settings) {
        return api.putSettings(AntivirusSettings.SECTION.name(), settings);
    }

    /** Asks every configured scanner now (clamd: VERSION over its socket). */
    public List<ScannerStatus> scanners() {
        return json.convertValue(api.get("/antivirus/scanners"), SCANNERS);
    }

    public List<QuarantineEntry> quarantine() {
        return json.convertValue(api.get("/antivirus/quarantine"), ENTRIES);
    }

    /** The header block of a quarantined message, as received. */
    public String headers(String messageId) {
        return api.get("/antivirus/quarantine/" + AdminClient.seg(messageId) + "/headers").path("headers").asText();
    }

    /** Delivers the message to its envelope recipients and removes it from the quarantine. */
    public void release(String messageId) {
        api.post("/antivirus/quarantine/" + AdminClient.seg(messageId) + "/release", null);
    }

    public void delete(String messageId) {
        api.delete("/antivirus/quarantine/" + AdminClient.seg(messageId));
    }

    public TestVirusResult sendTestVirus(String recipient) {
        return json.convertValue(api.post("/antivirus/test-virus", new TestVirusRequest(recipient)), TestVirusResult.class);
    }
}
