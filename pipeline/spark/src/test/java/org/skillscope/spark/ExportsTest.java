package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.results.TableRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    void rowsLeftInSparkAreWrittenByteForByteAsRowsOnTheDriver() throws Exception {
        List<Object[]> rows = new ArrayList<>(List.of(
                new Object[] {"v1", "plain", 0.25, 3, true},
                new Object[] {"v2", "a, b and \"c\"", null, 0, false},
                new Object[] {"v3", "two\nlines", 1.0E-6, null, null},
                new Object[] {"v4", "Zürich – €", 12.5, -1, true},
                new Object[] {"v5", "", 0.0, 7, false}));
        // enough rows for three range partitions, so the order across partitions is checked too
        for (int i = 0; i < 2 * SparkRows.ROWS_PER_PARTITION; i++) rows.add(new Object[] {String.format("w%06d", i), "row " + i, i / 7.0, i, i % 2 == 0});
        List<String> columns = List.of("id", "text", "score", "n", "flag");
        Exports.write(dir.resolve("driver"), List.of(new TableRows("t", columns, rows)));

        SparkSession spark = LocalSpark.session("local[2]", "skillscope-exports-test");
        try {
            StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                    .add("score", DataTypes.DoubleType).add("n", DataTypes.IntegerType).add("flag", DataTypes.BooleanType);
            Dataset<Row> df = spark.createDataFrame(rows.stream().map(RowFactory::create).toList(), schema);
            SparkRows inSpark = SparkRows.sorted(df, r -> {
                Object[] cells = new Object[r.length()];
                for (int i = 0; i < cells.length; i++) cells[i] = r.get(i);
                return cells;
            }, "id");
            try {
                Exports.write(dir.resolve("spark"), List.of(new TableRows("t", columns, inSpark)));
            } finally {
                inSpark.release();
            }
        } finally {
            spark.stop();
        }
        for (String f : List.of("t.csv", "t.jsonl")) {
            assertEquals(Files.readString(dir.resolve("driver").resolve(f)), Files.readString(dir.resolve("spark").resolve(f)), f);
        }
        assertEquals(rows.size() + 2, Files.readString(dir.resolve("driver").resolve("t.csv")).split("\n").length, "header, the rows, one with a newline");
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
