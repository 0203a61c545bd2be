package org.skillscope.api.service;

/**
 * The API module's root exception: a request the services cannot answer, with the HTTP status and
 * a problem type (RFC 9457) it maps to. Services throw these; one handler turns them into responses.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();

    public ApiException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** Adds an extension member to the problem document (RFC 9457 section 3.2), e.g. the closest matches of a name not found. */
    public ApiException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public java.util.Map<String, Object> extensions() { return java.util.Collections.unmodifiableMap(extensions); }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail);
    }

    /**
     * A body over the size limit: bad input like any other (400, not 413), with its own problem type
     * so a client can tell it from malformed JSON. {@code bytes} is the body's size when known, else 0.
     */
    public static ApiException tooLarge(long bytes, long limit) {
        return new ApiException(400, "body-too-large", "Request body too large",
                (bytes > 0 ? "the request body is " + bytes + " bytes, over the limit of " : "the request body is over the limit of ")
                        + limit + " bytes; send a smaller body");
    }

    public static ApiException methodNotAllowed(String detail) {
        return new ApiException(405, "method-not-allowed", "Method not allowed", detail);
    }

    /** A body that is not JSON: a cross-site form or {@code text/plain} post (no CORS preflight) is refused. */
    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    /** A {@code Host} header the server does not answer to (DNS rebinding). */
    public static ApiException hostNotAllowed(String detail) {
        return new ApiException(421, "host-not-allowed", "Host not allowed", detail);
    }

    public static ApiException noRun(String detail) {
        return new ApiException(503, "no-published-run", "No published run", detail);
    }
}
