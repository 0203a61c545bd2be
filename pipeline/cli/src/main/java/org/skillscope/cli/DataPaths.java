package org.skillscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the real public data is: SKILLSCOPE_DATA, else ../shared/data beside the project (the
 * layout of the development machines and CI). Absent means the bundled sample is used.
 */
public final class DataPaths {
    private DataPaths() {}

    public static Optional<Path> sharedData() {
        String env = System.getenv("SKILLSCOPE_DATA");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            if (!Files.isDirectory(p)) throw new IllegalArgumentException("SKILLSCOPE_DATA=" + env + " is not a folder");
            return Optional.of(p);
        }
        Path home = Path.of(System.getProperty("skillscope.home", "."));
        Path shared = home.resolve("../shared/data").normalize();
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }

    public static void requireExists(Path p, String option) {
        if (!Files.exists(p)) throw new IllegalArgumentException(option + " " + p + ": no such file or folder");
    }
}
