package org.skillscope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.skillscope.datasets.JsonMappers;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.skillscope.core.results.TableRows;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Stage 7 (files): every results table as CSV (with header) and JSON Lines, for analysts and notebooks.
 * A run's files are written to a staging folder and moved to {@code outDir/runId} once the run is
 * published, so a killed or failed job never leaves a run folder that readers of the exports (the
 * notebooks take the newest) could mistake for a published run.
 */
final class Exports {
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = JsonMappers.JSON;

    /** A value as compact JSON: the job's JSON cells and the run's counts. */
    static String json(Object o) {
        return JsonMappers.write(o);
    }

    private Exports() {}

    /** Where a run's files are written until it is published: hidden, and sorted before every run folder. */
    static Path staging(Path outDir, String runId) {
        return outDir.resolve(".partial-" + runId);
    }

    /** Moves a published run's files from {@link #staging} to their folder, in one rename. */
    static Path promote(Path outDir, String runId) {
        Path dir = outDir.resolve(runId);
        try {
            return Files.move(staging(outDir, runId), dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("run " + runId + " is published, but its exports could not be moved from "
                    + staging(outDir, runId) + " to " + dir, e);
        }
    }

    /** Deletes a run's staging folder, if any (a run that failed or was abandoned). */
    static void discard(Path outDir, String runId) {
        Path dir = staging(outDir, runId);
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the unpublished exports in " + dir, e);
        }
    }

    /** The run's summary (counts, coverage, warnings) beside its tables, so an analyst reading the files reads it too. */
    static void writeRun(Path dir, Map<String, Object> summary) {
        try {
            Files.createDirectories(dir);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("run.json").toFile(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("run.json"), e);
        }
    }

    static void write(Path dir, List<TableRows> tables) {
        try {
            Files.createDirectories(dir);
            for (TableRows t : tables) {
                Lines lines = new Lines(t.columns());
                try (Writer csv = Files.newBufferedWriter(dir.resolve(t.table() + ".csv"), StandardCharsets.UTF_8);
                     Writer jsonl = Files.newBufferedWriter(dir.resolve(t.table() + ".jsonl"), StandardCharsets.UTF_8)) {
                    csv.write(lines.header());
                    // rows left in Spark are encoded there, in parallel; the driver only writes the lines
                    Iterator<String[]> encoded = t.rows() instanceof SparkRows spark ? spark.lines(lines)
                            : t.rows().stream().map(lines::of).iterator();
                    while (encoded.hasNext()) {
                        String[] line = encoded.next();
                        csv.write(line[0]);
                        jsonl.write(line[1]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write exports to " + dir, e);
        }
    }

    /** A table's rows as the lines of its two files: one way to encode, on the driver or an executor. */
    static final class Lines implements Serializable {
        private final List<String> columns;
        private transient ObjectWriter csv;

        Lines(List<String> columns) {
            this.columns = List.copyOf(columns);
        }

        String header() {
            return of(columns.toArray())[0];
        }

        /** {CSV line, JSON line}, each with its newline. */
        String[] of(Object[] row) {
            if (csv == null) {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
                columns.forEach(schema::addColumn);
                csv = CSV.writer(schema.build());
            }
            try {
                // Jackson CSV skips null array elements (shifting later columns): write empty cells
                Object[] cells = new Object[row.length];
                for (int i = 0; i < row.length; i++) cells[i] = row[i] == null ? "" : row[i];
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < row.length; i++) m.put(columns.get(i), row[i]);
                return new String[] {csv.writeValueAsString(cells), JSON.writeValueAsString(m) + "\n"};
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot encode a row of " + columns, e);
            }
        }
    }

    /** Large per-vacancy tables are written by Spark itself (Parquet), not collected to the driver. */
    static void writeSpark(Dataset<Row> rows, Path dir, String... orderBy) {
        rows.orderBy(Arrays.stream(orderBy).map(functions::col).toArray(Column[]::new)).write().mode(SaveMode.Overwrite).parquet(dir.toString());
    }
}
