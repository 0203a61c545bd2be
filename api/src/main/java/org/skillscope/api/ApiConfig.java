package org.skillscope.api;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;

/**
 * Everything the server needs, set once by the CLI's {@code serve} command (or a test).
 *
 * @param jdbcUrl       the results database (read only)
 * @param host          address to bind; 127.0.0.1 unless told otherwise
 * @param port          port to listen on (0: any free port)
 * @param escoPath      the ESCO download the runs were made with (zip or folder); used for search,
 *                      occupation profiles and on-the-fly mapping
 * @param cacheDir      where the skill index is cached between starts; null builds it in memory
 * @param maxBodyBytes  largest request body accepted
 * @param maxPageSize   largest {@code size} a list accepts
 * @param allowedHosts  extra names a request's {@code Host} header may carry besides localhost, 127.0.0.1,
 *                      [::1] and {@code host} itself (against DNS rebinding: a page on another name cannot
 *                      reach this server through the browser)
 * @param escoLanguages ESCO labels in other languages for on-the-fly mapping (official CSVs or MELO folders); empty: English only
 */
public record ApiConfig(String jdbcUrl, String host, int port, Path escoPath, Path cacheDir, int maxBodyBytes, int maxPageSize,
                        List<String> allowedHosts, List<Path> escoLanguages) {
    /** Host names every server answers to: the loopback names. */
    public static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_PAGE_SIZE = 200;

    public ApiConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(escoPath, "escoPath");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535: " + port);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        if (maxPageSize < 1) throw new IllegalArgumentException("maxPageSize must be positive: " + maxPageSize);
        allowedHosts = List.copyOf(allowedHosts);
        escoLanguages = List.copyOf(escoLanguages);
    }

    public ApiConfig(String jdbcUrl, String host, int port, Path escoPath, Path cacheDir, int maxBodyBytes, int maxPageSize,
                     List<String> allowedHosts) {
        this(jdbcUrl, host, port, escoPath, cacheDir, maxBodyBytes, maxPageSize, allowedHosts, List.of());
    }

    public ApiConfig withEscoLanguages(List<Path> paths) {
        return new ApiConfig(jdbcUrl, host, port, escoPath, cacheDir, maxBodyBytes, maxPageSize, allowedHosts, paths);
    }

    /** Every name the {@code Host} header may carry (lower case, without the port). */
    public Set<String> hostNames() {
        Set<String> names = new LinkedHashSet<>(LOOPBACK_HOSTS);
        // a wildcard bind address is no name a client would use
        if (!host.equals("0.0.0.0") && !host.equals("::") && !host.equals("[::]")) names.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        names.addAll(allowedHosts);
        Set<String> lower = new LinkedHashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /** Loopback, default limits. */
    public static ApiConfig of(String jdbcUrl, int port, Path escoPath, Path cacheDir) {
        return new ApiConfig(jdbcUrl, "127.0.0.1", port, escoPath, cacheDir, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PAGE_SIZE, List.of());
    }

    public ApiConfig withHost(String h) {
        return new ApiConfig(jdbcUrl, h, port, escoPath, cacheDir, maxBodyBytes, maxPageSize, allowedHosts, escoLanguages);
    }

    public ApiConfig withPort(int p) {
        return new ApiConfig(jdbcUrl, host, p, escoPath, cacheDir, maxBodyBytes, maxPageSize, allowedHosts, escoLanguages);
    }

    public ApiConfig withAllowedHosts(List<String> names) {
        return new ApiConfig(jdbcUrl, host, port, escoPath, cacheDir, maxBodyBytes, maxPageSize, names, escoLanguages);
    }

    public ApiConfig withMaxBodyBytes(int n) {
        return new ApiConfig(jdbcUrl, host, port, escoPath, cacheDir, n, maxPageSize, allowedHosts, escoLanguages);
    }
}
