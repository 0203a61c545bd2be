package org.skillscope.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {
    private static List<Csv.Row> all(String name, String text) {
        List<Csv.Row> out = new ArrayList<>();
        try (Csv.Rows rows = Csv.rows(name, text, Csv.separatorOf(name))) {
            rows.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void rowsKeepTheirStartLineAndAnOpenQuoteIsFlagged() {
        List<Csv.Row> rows = all("a.csv", "\uFEFFa,b\n\n\"x\ny\",\"q\"\"q\"\r\nc,\"open\nmore");
        assertEquals(3, rows.size());
        assertEquals(new Csv.Row(1, List.of("a", "b"), null, false), rows.get(0));
        assertEquals(new Csv.Row(3, List.of("x\ny", "q\"q"), null, false), rows.get(1));
        Csv.Row cut = rows.get(2);
        assertEquals(5, cut.line());
        assertTrue(cut.unterminated());
        assertEquals(List.of("c"), cut.fields(), "the open value is lost: the fields read are its column index");
        assertEquals("c,\"open\nmore\n", Csv.linesFrom("a,b\n\n\"x\ny\",\"q\"\"q\"\r\nc,\"open\nmore", cut.line(), 4096));
    }

    @Test
    void anOpenQuoteOpeningARecordStillNamesTheLineItStartsOn() {
        Csv.Row cut = all("a.csv", "a,b\n\"open\nmore\nmore").get(1);
        assertEquals(2, cut.line());
        assertTrue(cut.unterminated());
        assertEquals(List.of(), cut.fields());
    }

    @Test
    void aStrayQuoteIsAnErrorOnItsRowAndReadingGoesOn() {
        List<Csv.Row> rows = all("a.csv", "a,b\n\"ab\"c,d\ne,f\n");
        assertTrue(rows.get(1).error().contains("Expected column separator"), rows.get(1).error());
        assertFalse(rows.get(1).unterminated());
        assertEquals(new Csv.Row(3, List.of("e", "f"), null, false), rows.get(2));
    }

    @Test
    void theSeparatorComesFromTheFileName() {
        assertEquals('\t', Csv.separatorOf("/x/ads.TSV"));
        assertEquals('\t', Csv.separatorOf("ads.tab"));
        assertEquals(',', Csv.separatorOf("ads.csv"));
        assertEquals(',', Csv.separatorOf("ads.txt"));
        assertEquals(List.of("a,b", "c"), all("x.tsv", "a,b\tc\n").get(0).fields());
        assertEquals(List.of("a", "b\tc"), all("x.csv", "a,b\tc\n").get(0).fields());
    }

    @Test
    void tabbedTextTakesQuotesLiterally() {
        List<Csv.Row> rows = new ArrayList<>();
        try (Csv.Rows in = Csv.tabbed("labels.tsv", "\uFEFFc1\t5\" tyre fitter\n\nc2\t\"quoted\" job, senior\tx\n")) {
            in.forEachRemaining(rows::add);
        }
        assertEquals(List.of(new Csv.Row(1, List.of("c1", "5\" tyre fitter"), null, false),
                new Csv.Row(3, List.of("c2", "\"quoted\" job, senior", "x"), null, false)), rows);
    }

    @Test
    void lineQuotesOnlyWhereNeededAndReadsBack() {
        List<String> fields = new ArrayList<>(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "tab\there"));
        fields.add(null);
        String csv = Csv.line(fields, ',');
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",tab\there,", csv);
        assertEquals(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "tab\there", ""), all("x.csv", csv).get(0).fields());
        assertEquals("plain\ta,b\t\"tab\there\"", Csv.line(List.of("plain", "a,b", "tab\there"), '\t'));
    }

    @Test
    void aByteOrderMarkIsDroppedFromTextAndFiles(@TempDir Path dir) throws Exception {
        assertEquals("id", Csv.stripBom("\uFEFFid"));
        assertEquals("id", Csv.stripBom("id"));
        Path f = Files.writeString(dir.resolve("b.csv"), "\uFEFFid,x\n");
        try (BufferedReader in = Csv.openUtf8(f)) {
            assertEquals("id,x", in.readLine());
            assertNull(in.readLine());
        }
    }

    @Test
    void anOversizedFieldStopsTheFileNamingTheLine() {
        String text = "a,b\nc,\"" + "x".repeat(100) + "\"\n";
        DatasetException e = assertThrows(DatasetException.class, () -> {
            try (Csv.Rows rows = Csv.rows("big.csv", new StringReader(text), ',', 50, Long.MAX_VALUE)) {
                rows.forEachRemaining(r -> { });
            }
        });
        assertTrue(e.getMessage().startsWith("big.csv:2: a field is over the limit of 50 bytes"), e.getMessage());
    }
}
