package org.skillscope.api.http;

import io.javalin.http.Context;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.PageRequest;

/** Query parameters, parsed strictly: a value that does not parse is a 400 naming the parameter. */
final class Params {
    private Params() {}

    /**
     * The query string must decode: Javalin quietly drops a parameter whose percent-encoding is broken
     * ({@code q=%ZZ}), which would answer as if no filter had been given.
     */
    static void checkQuery(Context ctx) {
        String raw = ctx.queryString();
        if (raw == null || raw.indexOf('%') < 0) return;
        try {
            java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the query string is not correctly percent-encoded: " + clip(raw));
        }
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > 1000) throw ApiException.badRequest(name + " is at most 1000 characters");
        return v == null || v.isBlank() ? null : v;
    }

    static Integer integer(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, got '" + clip(v) + "'");
        }
    }

    static Boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, got '" + clip(v) + "'");
        };
    }

    static PageRequest page(Context ctx, int maxSize) {
        return PageRequest.of(integer(ctx, "page"), integer(ctx, "size"), maxSize);
    }

    static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
