package dev.mailroom.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mailroom.core.model.InvalidValueException;
import java.util.stream.Collectors;

/**
 * The one JSON mapping of settings, used by the store for its files and by the API for request
 * bodies, so both report a bad value the same way: an {@link InvalidValueException} naming the
 * field, whether a record's constructor refused it or Jackson could not map it.
 */
public final class SettingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SettingsJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static <T> T parse(SettingsSection<T> section, byte[] json) {
        try {
            T value = MAPPER.readValue(json, section.type());
            if (value == null) {
                throw new InvalidValueException("body", "Settings must be a JSON object");
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException(field(e), "Invalid value: " + e.getOriginalMessage());
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidValueException(e.getPropertyName(), "Unknown setting '" + e.getPropertyName()
                    + "' in section " + section.name());
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                throw invalid;
            }
            String field = field(e);
            throw new InvalidValueException(field, field.equals("body")
                    ? "Settings must be a JSON object" : "Value of '" + field + "' has the wrong type");
        } catch (JacksonException e) {
            throw new InvalidValueException("body", "Not valid JSON");
        } catch (java.io.IOException e) {
            throw new InvalidValueException("body", "Not valid JSON");
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("settings value cannot be written as JSON", e);
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }
}
