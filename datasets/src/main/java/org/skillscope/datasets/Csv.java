package org.skillscope.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The one CSV reader and writer of the loaders and the evaluation: Jackson CSV, with the separator
 * taken from the file name (tab for {@code .tsv}/{@code .tab}, comma otherwise), a UTF-8 byte-order
 * mark dropped (here and nowhere else), and each row with the physical line it starts on (quoted
 * values may span lines). Lenient: damage (an unterminated quote, a stray quote) is carried on the
 * row, not thrown, so a loader can quarantine the record with its line and go on; strict readers
 * throw on {@link Row#error()} themselves. Lines that are entirely empty are skipped.
 */
public final class Csv {
    /** The UTF-8 byte-order mark some spreadsheet exports put first. */
    private static final char BOM = '\uFEFF';
    private static final CsvFactory DEFAULT = new CsvFactory();
    /** For text already in memory (bounded by the file limits): no bound on one value beyond that. */
    private static final CsvFactory IN_MEMORY = bounded(Integer.MAX_VALUE);

    private Csv() {}

    /**
     * One record. {@code error}: Jackson's message when the record is malformed (its fields are then
     * what could be read); {@code unterminated}: a quote was left open to the end of the input, and
     * the value it opened is lost, so {@code fields().size()} is the index of the column it was in.
     */
    public record Row(long line, List<String> fields, String error, boolean unterminated) {}

    /** Tab for {@code .tsv} and {@code .tab} files, comma for everything else. */
    public static char separatorOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".tsv") || name.endsWith(".tab") ? '\t' : ',';
    }

    /** {@code text} without a leading byte-order mark. */
    public static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** UTF-8 with malformed bytes replaced by U+FFFD (which the validators reject by field) and a byte-order mark skipped. */
    public static BufferedReader openUtf8(Path file) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        in.mark(1);
        if (in.read() != BOM) in.reset();
        return in;
    }

    /** The fields as one line of CSV (for a record's raw text in the quarantine): quoted only where needed. */
    public static String line(List<String> fields, char separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(separator);
            String f = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        return sb.toString();
    }

    /** The text from physical line {@code from} on, cut to about {@code maxChars}: the raw text of a broken record. */
    public static String linesFrom(BufferedReader in, long from, int maxChars) throws IOException {
        StringBuilder text = new StringBuilder();
        String l;
        long n = 0;
        while ((l = in.readLine()) != null && text.length() <= maxChars) {
            if (++n >= from) text.append(l).append('\n');
        }
        return text.toString();
    }

    /** {@link #linesFrom(BufferedReader, long, int)} of a text already read. */
    public static String linesFrom(String text, long from, int maxChars) {
        try {
            return linesFrom(new BufferedReader(new StringReader(text)), from, maxChars);
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
    }

    /** Rows of decoded text ({@code name}: for messages); an oversized value is the loader's to reject, by field. */
    public static Rows rows(String name, String text, char separator) {
        return new Rows(name, new StringReader(stripBom(text)), CsvSchema.emptySchema().withColumnSeparator(separator), IN_MEMORY,
                Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Rows of {@code in}, with Jackson's default bound on one value. */
    public static Rows rows(String name, Reader in, char separator) {
        return new Rows(name, in, CsvSchema.emptySchema().withColumnSeparator(separator), DEFAULT,
                StreamReadConstraints.defaults().getMaxStringLength(), Long.MAX_VALUE);
    }

    /**
     * Rows of plain tab-separated text, where a quote is an ordinary character (MELO's and ESCO
     * translation {@code .tsv} files: labels such as {@code 5" tyre fitter} are not CSV-quoted).
     */
    public static Rows tabbed(String name, String text) {
        return new Rows(name, new StringReader(stripBom(text)), CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar(), IN_MEMORY,
                Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * Rows of {@code in}; a value over {@code maxFieldChars} or a record over {@code maxRecordChars}
     * stops the file with a {@link DatasetException} naming the line (an unclosed quote swallowing
     * the rest of the file, usually), checked while reading so memory stays bounded.
     */
    public static Rows rows(String name, Reader in, char separator, int maxFieldChars, long maxRecordChars) {
        return new Rows(name, in, CsvSchema.emptySchema().withColumnSeparator(separator), bounded(maxFieldChars), maxFieldChars, maxRecordChars);
    }

    private static CsvFactory bounded(int maxFieldChars) {
        return CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxFieldChars).build()).build();
    }

    /** Reads rows one at a time; close it to close the reader. */
    public static final class Rows implements Iterator<Row>, AutoCloseable {
        private final String name;
        private final CsvParser p;
        private final int maxFieldChars;
        private final long maxRecordChars;
        private long lastErrorOffset = -1;
        private Row next;
        private boolean done;

        private Rows(String name, Reader in, CsvSchema schema, CsvFactory factory, int maxFieldChars, long maxRecordChars) {
            this.name = name;
            this.maxFieldChars = maxFieldChars;
            this.maxRecordChars = maxRecordChars;
            try {
                p = (CsvParser) factory.createParser(in);
            } catch (IOException e) {
                throw new DatasetException("cannot read " + name + ": " + e.getMessage(), e);
            }
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) next = read();
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            Row r = next;
            next = null;
            return r;
        }

        @Override
        public void close() {
            try {
                p.close();
            } catch (IOException e) {
                throw new DatasetException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }

        private Row read() {
            List<String> row = null;
            long line = 0;
            String error = null;
            boolean unterminated = false;
            long recordChars = 0;
            try {
                while (true) {
                    JsonToken t;
                    try {
                        t = p.nextToken();
                    } catch (StreamConstraintsException e) {
                        throw new DatasetException(name + ":" + p.currentLocation().getLineNr() + ": a field is over the limit of "
                                + InputLimits.mib(maxFieldChars) + " characters (an unclosed quote?)");
                    } catch (JsonProcessingException e) {
                        // Jackson CSV resumes after the offending character: keep the row, mark it broken
                        long offset = p.currentLocation().getCharOffset();
                        if (offset == lastErrorOffset)
                            throw new DatasetException(name + ":" + p.currentLocation().getLineNr() + ": unreadable CSV: " + e.getOriginalMessage());
                        lastErrorOffset = offset;
                        if (row == null) {
                            row = new ArrayList<>();
                            line = p.currentTokenLocation().getLineNr(); // where the failing value starts
                        }
                        if (error == null) error = e.getOriginalMessage();
                        // at the end of the input inside quotes: the open value is lost, the record ends here
                        if (e.getOriginalMessage().startsWith("Missing closing quote")) unterminated = true;
                        if (p.currentToken() == null || p.isClosed()) {
                            done = true;
                            return new Row(line, row, error, unterminated);
                        }
                        continue;
                    }
                    if (t == null) {
                        done = true;
                        return row == null ? null : new Row(line, row, error, unterminated);
                    }
                    if (t == JsonToken.VALUE_STRING) {
                        if (row == null) {
                            row = new ArrayList<>();
                            line = p.currentTokenLocation().getLineNr(); // the first value's line is the record's
                        }
                        String v = p.getText();
                        recordChars += v.length();
                        if (recordChars > maxRecordChars) {
                            throw new DatasetException(name + ":" + line + ": the record is over the limit of "
                                    + InputLimits.mib(maxRecordChars) + " characters (an unclosed quote?)");
                        }
                        row.add(v);
                    } else if (t == JsonToken.END_ARRAY && row != null) {
                        boolean emptyLine = row.size() == 1 && row.get(0).isEmpty() && error == null;
                        if (!emptyLine) return new Row(line, row, error, unterminated);
                        row = null;
                        recordChars = 0;
                    }
                }
            } catch (IOException e) {
                throw new DatasetException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
