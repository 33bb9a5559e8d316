package dev.mailroom.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mailroom.core.model.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSettingsStoreTest {
    @TempDir
    Path dataDir;
    final List<String> log = new ArrayList<>();

    JsonSettingsStore store() {
        return new JsonSettingsStore(dataDir, log::add);
    }

    @Test
    void aSectionNeverWrittenReadsAsItsDefaults() {
        assertThat(store().read(SettingsSections.SERVER)).isEqualTo(new ServerSettings("", "localhost"));
        assertThat(dataDir.resolve("Config/server.json")).doesNotExist();
    }

    @Test
    void writesAtomicallyKeepsTheBakAndSurvivesARestart() throws Exception {
        JsonSettingsStore store = store();
        store.write(SettingsSections.SERVER, new ServerSettings("Example", "mail.example.com"));
        store.write(SettingsSections.SERVER, new ServerSettings("Other", "MX.Example.com"));

        assertThat(store().read(SettingsSections.SERVER)).isEqualTo(new ServerSettings("Other", "mx.example.com"));
        assertThat(Files.readString(dataDir.resolve("Config/server.json.BAK"))).contains("\"Example\"");
        try (var files = Files.list(dataDir.resolve("Config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("server.json",
                    "server.json.BAK");
        }
    }

    @Test
    void listenersHearEachWrite() {
        JsonSettingsStore store = store();
        List<ServerSettings> heard = new ArrayList<>();
        store.onChange(SettingsSections.SERVER, heard::add);
        store.write(SettingsSections.SERVER, new ServerSettings("Example", ""));
        assertThat(heard).containsExactly(new ServerSettings("Example", "localhost"));
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> SettingsJson.parse(SettingsSections.SERVER,
                bytes("{\"defaultPostOffice\":\"../x\",\"hostName\":\"a\"}")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "defaultPostOffice");
        assertThatThrownBy(() -> SettingsJson.parse(SettingsSections.SERVER, bytes("{\"hostName\":\"bad host\"}")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "hostName");
        assertThatThrownBy(() -> SettingsJson.parse(SettingsSections.SERVER, bytes("{\"hostName\":[1]}")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "hostName");
        assertThatThrownBy(() -> SettingsJson.parse(SettingsSections.SERVER, bytes("{\"colour\":\"red\"}")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "colour");
        assertThatThrownBy(() -> SettingsJson.parse(SettingsSections.SERVER, bytes("{\"hostName\":")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "body");
        assertThatThrownBy(() -> SettingsJson.parse(SettingsSections.SERVER, bytes("[]")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "body");
    }

    @Test
    void aDamagedFileIsRestoredFromBakAndLogged() throws Exception {
        JsonSettingsStore store = store();
        store.write(SettingsSections.SERVER, new ServerSettings("Example", "a.example"));
        store.write(SettingsSections.SERVER, new ServerSettings("Other", "b.example"));
        Files.writeString(dataDir.resolve("Config/server.json"), "{\"defaultPostOffice\": \"Oth");

        assertThat(store().read(SettingsSections.SERVER)).isEqualTo(new ServerSettings("Example", "a.example"));
        assertThat(log).singleElement().asString().startsWith("Config/server.json was unreadable")
                .endsWith("restored from Config/server.json.BAK");
    }

    @Test
    void everyRegisteredSectionHasAUniqueNameAndValidDefaults() {
        List<String> names = SettingsSections.all().stream().map(SettingsSection::name).toList();
        assertThat(names).doesNotHaveDuplicates().contains("server");
        for (SettingsSection<?> s : SettingsSections.all()) {
            Object defaults = s.defaults().get();
            assertThat(SettingsJson.parse(s, SettingsJson.write(defaults))).as(s.name()).isEqualTo(defaults);
            assertThat(SettingsSections.byName(s.name())).contains(s);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
