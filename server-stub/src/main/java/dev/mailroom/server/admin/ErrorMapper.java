package dev.mailroom.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.mailroom.core.api.ApiError;
import dev.mailroom.core.api.ApiException;
import dev.mailroom.core.directory.DuplicateException;
import dev.mailroom.core.directory.NotFoundException;
import dev.mailroom.core.model.InvalidValueException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an exception becomes an HTTP status and an {@link ApiError}. Messages of the
 * model's own exceptions are written for people and are passed on; anything else is logged
 * here with its stack trace and reaches the client only as a generic sentence.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    static ApiException map(Throwable t, String method, String path) {
        if (t instanceof ApiException e) {
            return e;
        }
        if (t instanceof InvalidValueException e) {
            return new ApiException(400, new ApiError("invalid_value", e.getMessage(), e.field()));
        }
        if (t instanceof DuplicateException e) {
            return new ApiException(409, new ApiError("duplicate", e.getMessage(), e.field()));
        }
        if (t instanceof NotFoundException e) {
            return new ApiException(404, new ApiError("not_found", e.getMessage(), null));
        }
        if (t instanceof ValueInstantiationException e && e.getCause() instanceof InvalidValueException cause) {
            // A settings or request record refused a value in its constructor.
            return new ApiException(400, new ApiError("invalid_value", cause.getMessage(), cause.field()));
        }
        if (t instanceof UnrecognizedPropertyException e) {
            return new ApiException(422, new ApiError("unknown_field",
                    "Unknown field '" + e.getPropertyName() + "'", path(e)));
        }
        if (t instanceof StreamReadException) {
            return new ApiException(400, new ApiError("malformed_json", "The request body is not valid JSON", null));
        }
        if (t instanceof JsonMappingException e) {
            String field = path(e);
            return new ApiException(422, new ApiError("wrong_type",
                    field == null ? "The request body does not have the expected shape"
                            : "Field '" + field + "' has the wrong type", field));
        }
        if (t instanceof JsonProcessingException) {
            return new ApiException(400, new ApiError("malformed_json", "The request body is not valid JSON", null));
        }
        LOG.error("Internal error answering {} {}", method, path, t);
        return new ApiException(500, new ApiError("internal_error",
                "The server failed to answer this request; details are in Logging/server.log", null));
    }

    private static String path(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
    }
}
