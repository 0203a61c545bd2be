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
        return used(ctx, name, v == null || v.isBlank() ? null : v);
    }

    static Integer integer(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return used(ctx, name, null);
        try {
            return used(ctx, name, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, got '" + clip(v) + "'");
        }
    }

    static Boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return used(ctx, name, null);
        return used(ctx, name, switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, got '" + clip(v) + "'");
        });
    }

    static PageRequest page(Context ctx, int maxSize) {
        PageRequest p = PageRequest.of(integer(ctx, "page"), integer(ctx, "size"), maxSize);
        used(ctx, "page", p.page()); // as resolved: no page and page=1 are one answer
        used(ctx, "size", p.size());
        return p;
    }

    private static final String USED = "skillscope.params";

    /**
     * Notes the parsed value of a parameter a handler read: the cache key is made of these, so
     * unknown parameters, their order and spellings of one value ({@code green=yes}, {@code green=1})
     * do not make new entries.
     */
    private static <T> T used(Context ctx, String name, T value) {
        java.util.Map<String, Object> used = ctx.attribute(USED);
        if (used == null) {
            used = new java.util.TreeMap<>();
            ctx.attribute(USED, used);
        }
        used.put(name, value);
        return value;
    }

    /** The request as the cache knows it: the path and the parsed values of the parameters read, but the run. */
    static String cacheKey(Context ctx) {
        java.util.Map<String, Object> used = ctx.attribute(USED);
        StringBuilder key = new StringBuilder(ctx.path());
        if (used != null) {
            used.forEach((name, value) -> {
                if (!name.equals("run") && value != null) key.append('\u0000').append(name).append('=').append(value);
            });
        }
        return key.toString();
    }

    static String clip(String s) {
        return org.skillscope.datasets.Clip.clip(s, 61);
    }
}
