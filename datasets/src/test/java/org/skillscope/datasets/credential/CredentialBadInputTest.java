package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Quarantine;
import org.skillscope.datasets.validation.Rejection;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The bad-input corpus: each file gives a clear rejection, never a crash or a silent loss. */
class CredentialBadInputTest {
    private static final String SALT = "test-salt";

    private static Path bad(String name) {
        try {
            return Path.of(CredentialBadInputTest.class.getResource("/credential/bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoadResult<Credential> load(String name) {
        LoadResult<Credential> r = CredentialLoaders.load(bad(name), SALT);
        assertEquals(r.accepted().size() + r.rejected().size(), r.read());
        return r;
    }

    private static List<String> lineAndReason(LoadResult<Credential> r) {
        return r.rejected().stream().map(x -> x.line() + " " + x.field() + " " + x.reason()).toList();
    }

    @Test
    void truncatedCsvQuarantinesOnlyTheCutRecord() {
        LoadResult<Credential> r = load("truncated.csv");
        assertEquals(3, r.read());
        assertEquals(List.of("tr-1", "tr-2"), r.accepted().stream().map(Credential::id).toList());
        assertEquals(List.of("4 learning_outcomes unterminated quoted field at end of file (truncated file?)"), lineAndReason(r));
        // the file has a learner_id column: a malformed record's cells may hold learner ids anywhere, so none is kept (#19)
        assertTrue(r.rejected().get(0).raw().startsWith("[raw text not kept: a malformed record (7 fields"), r.rejected().get(0).raw());
    }

    @Test
    void csvLineWithTooFewFieldsIsRejected() {
        LoadResult<Credential> r = load("truncated-line.csv");
        assertEquals(2, r.read());
        assertEquals(List.of("3  record has 5 fields, header has 19 (truncated or badly quoted line?)"), lineAndReason(r));
    }

    @Test
    void wrongHeaderQuarantinesHeaderAndEveryRow() {
        LoadResult<Credential> r = load("wrong-header.csv");
        assertEquals(3, r.read());
        assertEquals(0, r.accepted().size());
        assertEquals(List.of(1L, 2L, 3L), r.rejected().stream().map(Rejection::line).toList());
        assertTrue(r.rejected().get(0).reason().startsWith("header lacks required column(s) id, title, learning_outcomes"),
                r.rejected().get(0).reason());
        assertTrue(r.rejected().get(1).reason().startsWith("not loaded: header lacks"));
    }

    @Test
    void missingHeaderLosesNoRowAndLeaksNoLearner() {
        LoadResult<Credential> r = load("missing-header.csv");
        assertEquals(2, r.read());
        assertEquals(0, r.accepted().size());
        assertEquals("header", r.rejected().get(0).field());
        // the first data row was taken as a header: it is quarantined as such, the second says why
        assertTrue(r.rejected().get(1).reason().startsWith("not loaded: header lacks required column(s)"));
        assertFalse(r.rejected().get(1).raw().contains("learner-779"));
    }

    @Test
    void invalidJsonNamesFileAndLine() {
        LoadResult<Credential> r = load("invalid.json");
        assertEquals(1, r.read());
        Rejection x = r.rejected().get(0);
        assertEquals("json", x.field());
        // the object is left open: the parser notices at the end of the last line
        assertEquals(6, x.line());
        assertTrue(x.reason().startsWith("invalid JSON at line 6"), x.reason());
        assertTrue(x.reason().contains("end-of-input"), x.reason());
        assertTrue(x.describe().startsWith(bad("invalid.json") + ":6"));
    }

    @Test
    void nonUtf8BytesRejectOnlyTheRecordThatHasThem() {
        LoadResult<Credential> r = load("non-utf8.csv");
        assertEquals(3, r.read());
        assertEquals(List.of("enc-1", "enc-3"), r.accepted().stream().map(Credential::id).toList());
        assertEquals(List.of("3 title broken encoding: malformed UTF-8 (U+FFFD at character 6)"), lineAndReason(r));
    }

    @Test
    void emptyFilesAreOneClearRejection() {
        assertEquals(List.of("1 header empty file: no header line (expected columns " + String.join(",", CredentialCsvLoader.COLUMNS) + ")"),
                lineAndReason(load("empty.csv")));
        assertEquals(List.of("1  empty file"), lineAndReason(load("empty.json")));
    }

    @Test
    void duplicateIdsKeepTheFirstAndQuarantineTheRest() {
        LoadResult<Credential> r = load("duplicate-ids.csv");
        assertEquals(3, r.read());
        assertEquals(List.of("dup-1", "dup-2"), r.accepted().stream().map(Credential::id).toList());
        assertEquals(List.of("4 id duplicate id 'dup-1' (first at line 2)"), lineAndReason(r));
    }

    @Test
    void tenMegabyteFieldIsRejectedAndClippedInQuarantine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge-field.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", CredentialCsvLoader.COLUMNS) + "\n");
            w.write("small,,Excel for Office Work,IE,Dublin Skills Centre,2024-01-10,Create pivot tables,2,4,Test,online,QQI,,,,,,en,\n");
            w.write("huge,,Big outcomes,IE,Dublin Skills Centre,2024-01-10,\"");
            String chunk = "Analyse data | ".repeat(1000);
            for (int written = 0; written < 10 * 1024 * 1024; written += chunk.length()) w.write(chunk);
            w.write("\",2,4,Test,online,QQI,,,,,,en,\n");
        }
        LoadResult<Credential> r = CredentialLoaders.load(file, SALT);
        assertEquals(2, r.read());
        assertEquals(List.of("small"), r.accepted().stream().map(Credential::id).toList());
        Rejection x = r.rejected().get(0);
        assertEquals(3, x.line());
        assertEquals("learning_outcomes", x.field());
        assertEquals("field too large: 10500000 characters (limit 102400)", x.reason());
        assertTrue(x.raw().length() < Quarantine.MAX_RAW_CHARS + 100, "raw text is clipped");
        Path q = dir.resolve("quarantine.jsonl");
        assertEquals(1, Quarantine.write(q, r.rejected()));
        assertTrue(Files.size(q) < 10_000);
    }

    @Test
    void missingFileIsAClearError() {
        DatasetException e = assertThrows(DatasetException.class, () -> CredentialLoaders.load(Path.of("no/such/file.csv"), SALT));
        assertTrue(e.getMessage().contains("no/such/file.csv"));
    }
}
