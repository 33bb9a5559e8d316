package dev.mailroom.core.config;

import dev.mailroom.core.model.DomainName;
import dev.mailroom.core.model.InvalidValueException;
import dev.mailroom.core.model.PostOfficeName;

/**
 * The server's own properties ("localhost" properties in MailEnable's console).
 *
 * @param defaultPostOffice post office assumed for a login without {@code @postoffice}
 *                          (knowledge base article 28); empty for none
 * @param hostName          the name the server gives itself (SMTP greeting, Received headers)
 */
public record ServerSettings(String defaultPostOffice, String hostName) {
    public ServerSettings {
        defaultPostOffice = defaultPostOffice == null ? "" : defaultPostOffice.strip();
        if (!defaultPostOffice.isEmpty()) {
            try {
                defaultPostOffice = PostOfficeName.of(defaultPostOffice).value();
            } catch (InvalidValueException e) {
                throw new InvalidValueException("defaultPostOffice", e.getMessage());
            }
        }
        hostName = hostName == null || hostName.isBlank() ? "localhost" : DomainName.of("hostName", hostName).value();
    }

    public static ServerSettings defaults() {
        return new ServerSettings("", "localhost");
    }
}
