package org.skillscope.datasets.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes rejected records as JSON Lines (one object per rejection: file, line, field, reason, raw)
 * so that nothing read is silently lost.
 */
public final class Quarantine {
    /** Raw text kept per rejected record; enough to find and fix it, not a copy of a 10 MB field. */
    public static final int MAX_RAW_CHARS = 4096;

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Quarantine() {}

    static String clip(String raw) {
        if (raw == null) return "";
        return raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS) + "…[" + raw.length() + " chars]";
    }

    /** Writes {@code rejections} to {@code target} (created or replaced); returns the number written. */
    public static int write(Path target, List<Rejection> rejections) {
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (Rejection r : rejections) {
                    w.write(JSON.writeValueAsString(r));
                    w.write('\n');
                }
            }
            return rejections.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + target, e);
        }
    }
}
