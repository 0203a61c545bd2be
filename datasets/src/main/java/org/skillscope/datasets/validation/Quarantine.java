package org.skillscope.datasets.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.JsonMappers;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes rejected records as JSON Lines (one object per rejection: file, line, field, reason, raw)
 * so that nothing read is silently lost.
 */
public final class Quarantine {
    /** Raw text kept per rejected record; enough to find and fix it, not a copy of a 10 MB field. */
    public static final int MAX_RAW_CHARS = 4096;

    private static final ObjectMapper JSON = JsonMappers.JSON;

    private Quarantine() {}

    /**
     * The quarantine file of each input in {@code dir}: {@code <file name>.rejects.jsonl}, or, when two
     * inputs share a file name (x/catalogue.csv and y/catalogue.csv), {@code <file name>.<8 hex of its
     * path's SHA-256>.rejects.jsonl}, so no input's rejects overwrite another's.
     */
    public static Map<Path, Path> targets(Path dir, List<Path> inputs) {
        Map<String, Long> byName = inputs.stream().map(p -> p.toAbsolutePath().normalize()).distinct()
                .collect(Collectors.groupingBy(p -> String.valueOf(p.getFileName()), Collectors.counting()));
        Map<Path, Path> out = new LinkedHashMap<>();
        for (Path p : inputs) {
            String name = String.valueOf(p.getFileName());
            String unique = byName.get(name) > 1 ? name + "." + shortHash(p.toAbsolutePath().normalize().toString()) : name;
            out.put(p, dir.resolve(unique + ".rejects.jsonl"));
        }
        return out;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
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
            // bad input the user fixes (a folder they cannot write): one line, not a stack trace
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException f ? f.getFile() + " is a file, not a folder"
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
            throw new DatasetException("cannot write quarantine file " + target + ": " + why, e);
        }
    }
}
