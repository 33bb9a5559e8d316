package dev.mailroom.server.admin;

/** An answer with a status other than 200, e.g. {@code 201 Created} with the new resource. */
public record ApiResponse(int status, Object body) {
    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}
