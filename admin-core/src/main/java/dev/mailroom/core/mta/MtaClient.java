package dev.mailroom.core.mta;

import dev.mailroom.core.api.AdminClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The MTA queue endpoints, for the console and the tests: list, Retry now, Delete, Bounce. */
public final class MtaClient {
    private final AdminClient api;

    public MtaClient(AdminClient api) {
        this.api = api;
    }

    /** The queue, filtered by recipient domain and/or sender text (empty for all). */
    public MtaQueueDto queue(String domain, String sender) {
        return api.get("/mta/queue?domain=" + enc(domain) + "&sender=" + enc(sender), MtaQueueDto.class);
    }

    public void retryNow(String id) {
        api.post("/mta/queue/" + enc(id) + "/retry", null);
    }

    public void bounce(String id) {
        api.post("/mta/queue/" + enc(id) + "/bounce", null);
    }

    public void delete(String id) {
        api.delete("/mta/queue/" + enc(id));
    }

    public MtaSettings settings() {
        return api.getSettings(MtaSettings.SECTION.name(), MtaSettings.class);
    }

    public MtaSettings save(MtaSettings settings) {
        return api.putSettings(MtaSettings.SECTION.name(), settings);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
