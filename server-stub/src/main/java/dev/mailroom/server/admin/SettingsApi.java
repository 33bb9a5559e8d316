package dev.mailroom.server.admin;

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
        router.get("/settings/{section}", r -> settings.read(section(r)));
        router.put("/settings/{section}", r -> put(section(r), r));
    }

    private <T> T put(SettingsSection<T> section, ApiRequest r) {
        // The store's own mapping, so a bad value is reported exactly as a bad settings file is.
        T value = SettingsJson.parse(section, r.bodyBytes());
        settings.write(section, value);
        return settings.read(section);
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
