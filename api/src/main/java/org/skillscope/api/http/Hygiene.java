package org.skillscope.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.skillscope.api.service.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What every request passes before a handler runs, and what every answer carries: the security
 * headers, the {@code Host} allow-list (a page on another name must not reach this loopback server
 * through DNS rebinding) and a 405 with {@code Allow} for a path that exists with other methods
 * (Javalin answers those 404).
 */
public final class Hygiene {
    /**
     * Only this server's own scripts, styles and API: no inline code (the pages keep theirs in static
     * files), no framing, no forms or fetches elsewhere.
     */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The headers every answer carries, also those Jetty sends before Javalin sees a request ({@link ProblemErrorHandler}). */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private final Set<String> hostNames;
    /** Path pattern (Javalin's {@code {param}} is one segment) to the methods registered on it. */
    private final Map<Pattern, Set<String>> methods = new LinkedHashMap<>();

    /** {@code endpoints}: every registered method and path; a GET path answers HEAD too. */
    public Hygiene(Set<String> hostNames, Map<String, Set<HandlerType>> endpoints) {
        this.hostNames = Set.copyOf(hostNames);
        endpoints.forEach((path, types) -> {
            Set<String> names = new TreeSet<>();
            for (HandlerType t : types) names.add(t.name());
            methods.put(pattern(path), Set.copyOf(names));
        });
    }

    public void before(Context ctx) {
        HEADERS.forEach(ctx::header);
        checkHost(ctx.header("Host"));
        List<String> allowed = allowed(ctx.path());
        if (!allowed.isEmpty() && !allowed.contains(ctx.method().name())) {
            ctx.header("Allow", String.join(", ", allowed));
            throw ApiException.methodNotAllowed(ctx.method().name() + " is not allowed on " + ctx.path() + "; use " + String.join(" or ", allowed));
        }
    }

    /** The methods registered on {@code path}, in a stable order; empty for an unknown path. */
    List<String> allowed(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path; // Javalin ignores a trailing slash
        Set<String> out = new TreeSet<>();
        methods.forEach((pattern, names) -> { if (pattern.matcher(p).matches()) out.addAll(names); });
        return new ArrayList<>(out);
    }

    private void checkHost(String header) {
        if (header == null) return; // HTTP/1.0 without Host: no browser sends that
        String name = hostName(header);
        if (!hostNames.contains(name)) {
            throw ApiException.hostNotAllowed("this server does not answer to the host name '" + Params.clip(name)
                    + "'; use localhost or 127.0.0.1, or start serve with --allowed-host NAME");
        }
    }

    /** The host of a {@code Host} header, lower case, without the port ({@code [::1]:7070} gives {@code [::1]}). */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static Pattern pattern(String path) {
        StringBuilder re = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            re.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }
}
