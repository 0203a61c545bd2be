package org.skillscope.spark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RunTablesTest {
    @Test
    void inputFilesAreNamedBelowTheFolderTheyShare() {
        UnaryOperator<String> names = RunTables.inputNames(List.of(Path.of("/data/courses/edx.csv"), Path.of("/data/badges"),
                Path.of("/data/ads/a.jsonl")));
        assertEquals("courses/edx.csv", names.apply("/data/courses/edx.csv"));
        assertEquals("badges/one/badge.json", names.apply("/data/badges/one/badge.json"), "a file found in a folder given as input");
        assertEquals("ads/a.jsonl", names.apply("/data/courses/../ads/a.jsonl"));
        assertEquals("/elsewhere/x.csv", names.apply("/elsewhere/x.csv"), "not below the shared folder: as it is");
        assertNull(names.apply(null));
        // the bundled sample, copied to a new temporary folder on every run
        assertEquals("catalogue.csv", RunTables.inputNames(List.of(Path.of("/tmp/skillscope-sample123/catalogue.csv")))
                .apply("/tmp/skillscope-sample123/catalogue.csv"));
        assertEquals("/tmp/a.csv", RunTables.inputNames(List.of(Path.of("/tmp/a.csv"), Path.of("/work/b.csv"))).apply("/tmp/a.csv"),
                "inputs that share only the root keep their full paths");
    }
}
