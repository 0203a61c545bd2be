package org.skillscope.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.results.TableRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
