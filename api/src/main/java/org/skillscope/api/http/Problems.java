package org.skillscope.api.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.skillscope.api.service.ApiException;
import org.skillscope.core.results.ResultsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one place exceptions become HTTP answers: RFC 9457 problem details, never a stack trace. */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";
    /** Thread-safe and configured once: not mutable state. */
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = org.skillscope.api.service.Json.MAPPER;

    private Problems() {}

    /**
     * Registers the handlers on {@code app}. {@code maxBodyBytes} is the app's {@code maxRequestSize}:
     * when Javalin itself refuses a body over it (its 413), the answer is the same 400 body-too-large
     * problem our own body reader gives.
     */
    public static void register(Javalin app, long maxBodyBytes) {
        app.exception(ApiException.class, (e, ctx) -> send(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
                send(ctx, ApiException.tooLarge(ctx.req().getContentLengthLong(), maxBodyBytes));
            } else if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
                // Javalin's message names the method: HEAD and GET would differ in length
                send(ctx, 404, "not-found", "Not found", "no resource at " + ctx.path());
            } else {
                send(ctx, e.getStatus(), typeOf(e.getStatus()), titleOf(e.getStatus()), e.getMessage());
            }
        });
        app.exception(ResultsException.class, (e, ctx) -> {
            LOG.warn("results database unavailable: {}", e.getMessage());
            send(ctx, 503, "database-unavailable", "Results database unavailable",
                    "the results database cannot be read; check --db and that a run was published");
        });
        app.exception(org.skillscope.datasets.DatasetException.class, (e, ctx) -> {
            LOG.warn("ESCO unavailable: {}", e.getMessage());
            send(ctx, 503, "esco-unavailable", "ESCO unavailable", "the ESCO taxonomy cannot be loaded: " + e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal-error", "Internal server error", "an unexpected error occurred; it has been logged");
        });
        // routes that do not exist, and methods a route does not have, answer as problems too
        app.error(404, ctx -> { if (!isProblem(ctx)) send(ctx, 404, "not-found", "Not found", "no resource at " + ctx.path()); });
        app.error(405, ctx -> { if (!isProblem(ctx)) send(ctx, 405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()); });
    }

    private static boolean isProblem(Context ctx) {
        String ct = ctx.res().getContentType();
        return ct != null && ct.startsWith(CONTENT_TYPE);
    }

    private static void send(Context ctx, ApiException e) {
        ctx.status(e.status()).contentType(CONTENT_TYPE).result(body(e.status(), e.type(), e.title(), e.getMessage(), ctx.path(), e.extensions()));
    }

    static void send(Context ctx, int status, String type, String title, String detail) {
        ctx.status(status).contentType(CONTENT_TYPE).result(body(status, type, title, detail, ctx.path()));
    }

    /** A problem document; {@code instance} may be null when the request could not even be parsed. */
    static byte[] body(int status, String type, String title, String detail, String instance) {
        return body(status, type, title, detail, instance, Map.of());
    }

    private static byte[] body(int status, String type, String title, String detail, String instance, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/docs#problem-" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) body.put("instance", instance);
        body.putAll(extensions);
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 414 -> "URI too long";
            case 431 -> "Request headers too large";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 415 -> "Unsupported media type";
            default -> "HTTP " + status;
        };
    }
}
