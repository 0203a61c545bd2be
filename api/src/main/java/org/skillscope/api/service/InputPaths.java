package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's input files as the API shows them: relative to the folder they all share (the data folder),
 * never the absolute paths the runs table keeps with their SHA-256 (they tell a caller about the
 * server's file system and user names). Without a shared folder, the file name alone.
 */
final class InputPaths {
    private InputPaths() {}

    /** The {@code inputs} array of a run with each {@code file} shown relative; other fields as they are. */
    static JsonNode relative(JsonNode inputs) {
        if (inputs == null || !inputs.isArray()) return inputs;
        List<Path> files = new ArrayList<>();
        for (JsonNode o : inputs) if (o.path("file").isTextual()) files.add(Path.of(o.get("file").asText()).normalize());
        Path shared = shared(files);
        ArrayNode out = inputs.deepCopy();
        for (JsonNode o : out) {
            if (!o.path("file").isTextual()) continue;
            Path p = Path.of(o.get("file").asText()).normalize();
            Path shown = shared != null && p.startsWith(shared) ? shared.relativize(p) : p.getFileName();
            if (shown != null) ((ObjectNode) o).put("file", shown.toString().replace('\\', '/'));
        }
        return out;
    }

    /** The deepest folder every absolute path lies under, short of the root; null if none. */
    private static Path shared(List<Path> files) {
        if (files.isEmpty() || !files.stream().allMatch(Path::isAbsolute)) return null;
        Path base = files.get(0).getParent();
        while (base != null && !everyUnder(files, base)) base = base.getParent();
        return base == null || base.getParent() == null ? null : base;
    }

    private static boolean everyUnder(List<Path> files, Path base) {
        return files.stream().allMatch(f -> f.startsWith(base));
    }
}
