package dev.mailroom.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the secrets some settings must hold in clear (a smart host's AUTH password, a PKCS#12
 * password: the server has to present them to someone else) out of API answers. A field whose
 * name contains "password" is answered as {@link #MASK} when set; a PUT that sends the mask back
 * keeps the stored value, so a dialog can round-trip the settings without ever seeing the secret.
 */
final class SecretMasking {
    static final String MASK = "********";

    private SecretMasking() {
    }

    /** A copy of the tree with every non-empty password field replaced by the mask. */
    static JsonNode mask(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        walk(copy, null);
        return copy;
    }

    /** Puts the stored value back wherever the incoming tree carries the mask. */
    static JsonNode unmask(JsonNode incoming, JsonNode stored) {
        JsonNode copy = incoming.deepCopy();
        walk(copy, stored);
        return copy;
    }

    private static void walk(JsonNode node, JsonNode stored) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode storedChild = stored == null ? null : stored.get(f.getKey());
                if (isSecret(f.getKey()) && f.getValue().isTextual()) {
                    if (stored == null) {
                        if (!f.getValue().asText().isEmpty()) {
                            f.setValue(TextNode.valueOf(MASK));
                        }
                    } else if (MASK.equals(f.getValue().asText())) {
                        f.setValue(storedChild != null && storedChild.isTextual() ? storedChild : TextNode.valueOf(""));
                    }
                } else {
                    walk(f.getValue(), stored == null ? null : storedChild == null ? MissingStored.INSTANCE : storedChild);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode storedChild = stored == null ? null : stored.get(i);
                walk(array.get(i), stored == null ? null : storedChild == null ? MissingStored.INSTANCE : storedChild);
            }
        }
    }

    private static boolean isSecret(String field) {
        return field.toLowerCase(Locale.ROOT).contains("password");
    }

    /** Stands for "nothing stored here": a mask sent for it becomes empty, never the mask itself. */
    private static final class MissingStored {
        static final JsonNode INSTANCE = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

        private MissingStored() {
        }
    }
}
