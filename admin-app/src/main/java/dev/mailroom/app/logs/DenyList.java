package dev.mailroom.app.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds an address to the SMTP connector's Access Control list (settings section
 * {@value #SECTION}, written by the SMTP connector's Access Control tab: {@code mode} and
 * {@code patterns}). Worked on the JSON the API returns, so the viewer needs nothing of the
 * connector but the section's name and its two fields.
 */
final class DenyList {
    static final String SECTION = "smtp-access";
    static final String DENY_LISTED = "DENY_LISTED";

    /** What adding would do. */
    enum Outcome { ADDED, ALREADY_LISTED, ALLOW_ONLY_MODE }

    record Result(Outcome outcome, JsonNode updated) {
    }

    private DenyList() {
    }

    static Result add(JsonNode current, String ip) {
        ObjectNode copy = current == null || !current.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode() : ((ObjectNode) current).deepCopy();
        String mode = copy.path("mode").asText(DENY_LISTED);
        if (!mode.equals(DENY_LISTED)) {
            // The list holds who may connect: adding an address would let it in, not keep it out.
            return new Result(Outcome.ALLOW_ONLY_MODE, copy);
        }
        ArrayNode patterns = copy.has("patterns") && copy.get("patterns").isArray()
                ? (ArrayNode) copy.get("patterns") : copy.putArray("patterns");
        for (JsonNode p : patterns) {
            if (p.asText().equals(ip)) {
                return new Result(Outcome.ALREADY_LISTED, copy);
            }
        }
        copy.put("mode", DENY_LISTED);
        patterns.add(ip);
        return new Result(Outcome.ADDED, copy);
    }
}
