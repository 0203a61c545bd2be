package org.skillscope.cli;

import java.nio.file.Path;

/**
 * Embedded defaults: where results, exports and caches go when no flag says otherwise. Everything
 * lands outside the source tree's tracked files (data/ is git-ignored; the cache is per user).
 */
public final class Defaults {
    private Defaults() {}

    public static Path home() {
        return Path.of(System.getProperty("skillscope.home", ".")).toAbsolutePath().normalize();
    }

    public static String jdbcUrl() {
        String env = System.getenv("SKILLSCOPE_DB");
        if (env != null && !env.isBlank()) return env;
        // AUTO_SERVER lets `serve` read while a `run` writes, from two JVMs; DatabaseAccess binds its TCP
        // server to 127.0.0.1 and gives the database a generated password (docs/security.md)
        return "jdbc:h2:file:" + home().resolve("data/results/skillscope") + ";AUTO_SERVER=TRUE";
    }

    public static Path outDir() {
        return home().resolve("data/exports");
    }

    public static Path cacheDir() {
        String env = System.getenv("SKILLSCOPE_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".cache", "skillscope");
    }
}
