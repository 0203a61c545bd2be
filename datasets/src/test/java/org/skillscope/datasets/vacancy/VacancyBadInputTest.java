package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Quarantine;
import org.skillscope.datasets.validation.Rejection;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skillscope.datasets.vacancy.VacancyLoaderTest.fixture;

/** A corpus of broken inputs: each gives a clear error or a quarantined record, never a crash or a silent loss. */
class VacancyBadInputTest {
    // language is irrelevant here; a fixed answer keeps these tests fast and independent of profiles
    private final VacancyLoader loader = new VacancyLoader(text -> "en");

    private LoadResult<Vacancy> load(String fixture) {
        return loader.read(fixture(fixture), VacancyMapping.SKILLSCOPE);
    }

    @Test
    void truncatedCsvWithUnterminatedQuoteQuarantinesTheLastRecord() {
        LoadResult<Vacancy> r = load("truncated.csv");
        assertEquals(2, r.read());
        assertEquals(List.of("t1"), r.accepted().stream().map(Vacancy::id).toList());
        Rejection bad = r.rejected().get(0);
        assertEquals(3, bad.line());
        assertTrue(bad.reason().startsWith("malformed CSV: Missing closing quote"), bad.reason());
        assertTrue(bad.raw().contains("Dispense medicines"), bad.raw());
    }

    @Test
    void rowsWithTooFewOrTooManyColumnsAreRejectedWithTheirLine() {
        LoadResult<Vacancy> r = load("columns.csv");
        assertEquals(4, r.read());
        assertEquals(List.of("c1", "c4"), r.accepted().stream().map(Vacancy::id).toList());
        assertEquals(List.of("3:expected 9 columns, found 5 (truncated record?)",
                        "4:expected 9 columns, found 11 (unquoted separator?)"),
                r.rejected().stream().map(x -> x.line() + ":" + x.reason()).toList());
    }

    @Test
    void nonUtf8BytesAreRejectedAsBrokenEncoding() {
        LoadResult<Vacancy> r = load("latin1.csv");
        assertEquals(2, r.read());
        assertEquals(List.of("e2"), r.accepted().stream().map(Vacancy::id).toList());
        Rejection bad = r.rejected().get(0);
        assertEquals(2, bad.line());
        assertEquals("title", bad.field());
        assertTrue(bad.reason().startsWith("broken encoding"), bad.reason());
    }

    @Test
    void duplicateIdsKeepTheFirstAndQuarantineTheRest() {
        LoadResult<Vacancy> r = load("duplicates.csv");
        assertEquals(3, r.read());
        assertEquals(List.of(2L, 3L), r.accepted().stream().map(Vacancy::sourceLine).toList());
        assertEquals("4 [id]: duplicate id 'd1' (first at line 2)",
                r.rejected().get(0).describe().substring(r.rejected().get(0).file().length() + 1));
    }

    @Test
    void unknownHeaderNamesTheColumnsFoundAndTheKnownMappings() {
        DatasetException e = assertThrows(DatasetException.class, () -> VacancyMapping.detect(fixture("unknown-header.csv")));
        assertTrue(e.getMessage().contains("[ident, name, text]"), e.getMessage());
        for (VacancyMapping m : VacancyMapping.ready()) assertTrue(e.getMessage().contains(m.name()), e.getMessage());
    }

    @Test
    void wrongHeaderForTheChosenMappingNamesTheMissingColumns() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> loader.read(fixture("unknown-header.csv"), VacancyMapping.ADZUNA_UK));
        assertTrue(e.getMessage().contains("unknown-header.csv:1: header lacks column(s) [Id, Title, FullDescription,"),
                e.getMessage());
    }

    @Test
    void missingHeaderIsAnErrorNotDataLoss() {
        DatasetException e = assertThrows(DatasetException.class, () -> load("no-header.csv"));
        assertTrue(e.getMessage().contains("columns found: [Cook, Prepare meals, IE]"), e.getMessage());
    }

    @Test
    void emptyFilesAreClearErrors() {
        assertTrue(assertThrows(DatasetException.class, () -> load("empty.csv")).getMessage().contains("empty file"));
        assertTrue(assertThrows(DatasetException.class, () -> load("empty.jsonl")).getMessage().contains("empty file"));
        assertTrue(assertThrows(DatasetException.class, () -> VacancyMapping.detect(fixture("empty.csv")))
                .getMessage().contains("empty file"));
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        Path none = dir.resolve("none.csv");
        assertEquals("vacancy file " + none + " does not exist",
                assertThrows(DatasetException.class, () -> loader.read(none, VacancyMapping.SKILLSCOPE)).getMessage());
    }

    /** A folder given as a file says so, not "no such file" (#19, finding 5). */
    @Test
    void aFolderGivenAsAFileSaysSo(@TempDir Path dir) {
        assertEquals("vacancy file " + dir + " is a folder, not a file; give the files in it",
                assertThrows(DatasetException.class, () -> loader.read(dir, VacancyMapping.SKILLSCOPE)).getMessage());
        assertEquals("credential file " + dir + " is a folder, not a file; give the files in it",
                assertThrows(DatasetException.class, () -> org.skillscope.datasets.credential.CredentialLoaders.load(dir, "s")).getMessage());
    }

    /** Java's message for an unreadable file is its bare path: "cannot read X: X" said nothing. */
    @Test
    void anUnreadableFileSaysWhy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ads.csv");
        Files.writeString(file, "x");
        assertEquals("cannot read " + file + ": permission denied",
                DatasetException.cannotRead(file, new java.nio.file.AccessDeniedException(file.toString())).getMessage());
        assertEquals("cannot read " + file + ": read error", DatasetException.cannotRead(file, new IOException(file.toString())).getMessage());
        // a file whose reads fail (root reads any file, so not a chmod): the kernel's reason is given
        Path broken = dir.resolve("broken.csv");
        Files.createSymbolicLink(broken, Path.of("/proc/self/mem"));
        DatasetException e = assertThrows(DatasetException.class, () -> org.skillscope.datasets.credential.CredentialLoaders.load(broken, "s"));
        assertEquals("cannot read " + broken + ": Input/output error", e.getMessage());
    }

    @Test
    void tenMegabyteFieldIsRejectedAndClippedInQuarantine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("huge.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,title,description,country,region,date,occupation_code,language,sector\n");
            w.write("h1,Cook,Prepare meals,IE,Dublin,2025-01-10,,en,Hospitality\n");
            w.write("h2,Cook,\"");
            for (int i = 0; i < 10 * 1024; i++) w.write("x".repeat(1024));
            w.write("\",IE,Dublin,2025-01-10,,en,Hospitality\n");
            w.write("h3,Cook,Prepare meals,IE,Dublin,2025-01-12,,en,Hospitality\n");
        }
        LoadResult<Vacancy> r = loader.read(csv, VacancyMapping.SKILLSCOPE);
        assertEquals(3, r.read());
        assertEquals(List.of("h1", "h3"), r.accepted().stream().map(Vacancy::id).toList());
        assertEquals(List.of(4L), r.accepted().stream().skip(1).map(Vacancy::sourceLine).toList());
        Rejection bad = r.rejected().get(0);
        assertEquals("description", bad.field());
        assertEquals("oversized field: 10485760 characters, limit 102400", bad.reason());

        Path q = dir.resolve("quarantine/huge.jsonl");
        assertEquals(1, Quarantine.write(q, r.rejected()));
        assertTrue(Files.size(q) < 10_000, "quarantine keeps a clipped copy, not 10 MB");
    }

    @Test
    void tenMegabyteFieldInJsonLinesIsRejectedToo(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("huge.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"title\":\"Cook\",\"description\":\"" + "y".repeat(10 * 1024 * 1024)
                + "\",\"country\":\"IE\"}\n{\"id\":\"b\",\"title\":\"Cook\",\"description\":\"Prepare meals\",\"country\":\"IE\"}\n");
        LoadResult<Vacancy> r = loader.read(jsonl, VacancyMapping.SKILLSCOPE);
        assertEquals(2, r.read());
        assertEquals("b", r.accepted().get(0).id());
        assertEquals("1 [description]: oversized field: 10485760 characters, limit 102400",
                r.rejected().get(0).describe().substring(jsonl.toString().length() + 1));
    }

    @Test
    void aTsvFileIsReadWithTabsNotCommas(@TempDir Path dir) throws IOException {
        // read with commas (the old bug), the header was one column lacking every required one
        Path tsv = dir.resolve("ads.tsv");
        Files.writeString(tsv, "\uFEFFid\ttitle\tdescription\tcountry\tregion\tdate\toccupation_code\tlanguage\tsector\n"
                + "t1\tCook, line\tPrepare meals, clean the kitchen and order stock.\tIE\t\t2024-05-01\t\ten\t\n"
                + "t2\tNurse\t\"Care for patients\tand \"\"families\"\"\"\tIE\t\t\t\ten\t\n"
                + "t3\tPorter\tcarry bags\n");
        LoadResult<Vacancy> r = loader.read(tsv, VacancyMapping.SKILLSCOPE);
        assertEquals(3, r.read());
        assertEquals(List.of("t1", "t2"), r.accepted().stream().map(Vacancy::id).toList());
        assertEquals("Cook, line", r.accepted().get(0).title());
        assertEquals("Care for patients\tand \"families\"", r.accepted().get(1).description());
        assertEquals(List.of("4:expected 9 columns, found 3 (truncated record?)"),
                r.rejected().stream().map(x -> x.line() + ":" + x.reason()).toList());
        assertEquals("t3\tPorter\tcarry bags", r.rejected().get(0).raw());
    }

    @Test
    void unknownMappingNameListsTheKnownOnes() {
        assertEquals(VacancyMapping.ADZUNA_UK, VacancyMapping.named("adzuna-uk"));
        assertEquals(VacancyMapping.EURES_EN, VacancyMapping.named("EURES-EN"));
        DatasetException e = assertThrows(DatasetException.class, () -> VacancyMapping.named("indeed"));
        assertEquals("unknown vacancy mapping 'indeed'; known: skillscope, adzuna-uk, eures, eures-en", e.getMessage());
    }
}
