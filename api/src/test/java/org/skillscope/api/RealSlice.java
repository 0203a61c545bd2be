package org.skillscope.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first records of a real CSV file, written to a file under target/ (never into the sources), so
 * a test can run the real job on real rows in seconds. Records are cut where a line break falls
 * outside quotes (RFC 4180), so descriptions that span lines stay whole.
 */
final class RealSlice {
    private RealSlice() {}

    /** The header and the first {@code records} records of {@code csv}, written to {@code out}; returns {@code out}. */
    static Path head(Path csv, int records, Path out) {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int written = -1; // the header is record -1
            boolean quoted = false;
            int c;
            while (written < records && (c = in.read()) != -1) {
                w.write(c);
                if (c == '"') quoted = !quoted;
                else if (c == '\n' && !quoted) written++;
            }
            if (written < records) throw new IllegalStateException(csv + " has only " + Math.max(0, written) + " records, not " + records);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
