package dev.mailroom.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailroom.core.config.SettingsJson;
import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.config.SettingsSections;
import dev.mailroom.core.config.SettingsStore;
import dev.mailroom.core.directory.NotFoundException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|PUT /settings/{section}} for every section in {@link SettingsSections}: a feature
 * that registers its section there gets its endpoint without touching this class. A PUT body is
 * read into the section's record, whose constructor validates it (400 naming the field).
 */
final class SettingsApi implements ApiModule {
    private final SettingsStore settings;

    SettingsApi(AdminContext context) {
        this.settings = context.server().settings();
    }

    @Override
    public void register(ApiRouter router) {
        router.get("/settings", r -> Map.of("sections", names()));
        router.get("/settings/{section}", r -> masked(section(r)));
        router.put("/settings/{section}", r -> put(section(r), r));
    }

    private <T> JsonNode put(SettingsSection<T> section, ApiRequest r) {
        byte[] body = r.bodyBytes();
        JsonNode incoming;
        try {
            incoming = SettingsJson.mapper().readTree(body);
        } catch (java.io.IOException e) {
            incoming = null;
        }
        if (incoming != null && incoming.isObject()) {
            JsonNode stored = SettingsJson.mapper().valueToTree(settings.read(section));
            body = SettingsJson.write(SecretMasking.unmask(incoming, stored));
        }
        // The store's own mapping, so a bad value is reported exactly as a bad settings file is.
        T value = SettingsJson.parse(section, body);
        settings.write(section, value);
        return masked(section);
    }

    private JsonNode masked(SettingsSection<?> section) {
        return SecretMasking.mask(SettingsJson.mapper().valueToTree(settings.read(section)));
    }

    private static SettingsSection<?> section(ApiRequest r) {
        String name = r.param("section");
        return SettingsSections.byName(name)
                .orElseThrow(() -> new NotFoundException("No settings section named '" + name + "'; known: "
                        + String.join(", ", names())));
    }

    private static List<String> names() {
        return SettingsSections.all().stream().map(SettingsSection::name).sorted().toList();
    }
}
