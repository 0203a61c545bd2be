package org.skillscope.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.results.TableRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsTest {
    @TempDir
    Path dir;

    @Test
    void nullCellsStayInTheirColumns() throws Exception {
        TableRows t = TableRows.of("credentials", "credential_id", "eqf_level", "workload_ects", "participation_form")
                .add("c1", null, 3.0, "online")
                .add("c2", 5, null, null);
        Exports.write(dir, List.of(t));
        assertEquals(List.of("credential_id,eqf_level,workload_ects,participation_form", "c1,,3.0,online", "c2,5,,"),
                Files.readAllLines(dir.resolve("credentials.csv")));
        assertEquals("{\"credential_id\":\"c1\",\"eqf_level\":null,\"workload_ects\":3.0,\"participation_form\":\"online\"}",
                Files.readAllLines(dir.resolve("credentials.jsonl")).get(0));
    }

    @Test
    void aRunsFilesAppearUnderItsIdOnlyOncePromoted() throws Exception {
        TableRows t = TableRows.of("gaps", "skill_uri").add("k1");
        Exports.write(Exports.staging(dir, "run-1"), List.of(t));
        assertFalse(Files.exists(dir.resolve("run-1")), "unpublished: no run folder");
        assertTrue(Exports.staging(dir, "run-1").getFileName().toString().compareTo("run-0") < 0, "staging sorts before every run folder");
        assertEquals(dir.resolve("run-1"), Exports.promote(dir, "run-1"));
        assertEquals(List.of("skill_uri", "k1"), Files.readAllLines(dir.resolve("run-1").resolve("gaps.csv")));
        assertFalse(Files.exists(Exports.staging(dir, "run-1")));
    }

    @Test
    void aFailedRunsStagedFilesAreDiscarded() {
        Exports.write(Exports.staging(dir, "run-2"), List.of(TableRows.of("gaps", "skill_uri").add("k1")));
        Exports.discard(dir, "run-2");
        assertFalse(Files.exists(Exports.staging(dir, "run-2")));
        assertFalse(Files.exists(dir.resolve("run-2")));
        Exports.discard(dir, "run-3"); // nothing staged: nothing to do
    }
}
