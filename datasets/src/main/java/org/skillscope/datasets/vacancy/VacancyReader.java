package org.skillscope.datasets.vacancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.skillscope.datasets.InputLimits;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.validation.Quarantine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Splits a CSV or JSON Lines file into raw records (column -> text) with the physical line each
 * starts on. Structural damage (wrong column count, unterminated quote, invalid JSON) is not thrown
 * but carried on the record, so the validator can quarantine it and go on.
 */
final class VacancyReader {
    /** Input formats, chosen from the file name (or the first character when the name says nothing). */
    enum Format { CSV, JSON_LINES }

    // the validator rejects a record with a field over 100 KB itself; the parser only needs a memory
    // guard, and going over it stops the file with one line (InputLimits)
    private static final StreamReadConstraints CONSTRAINTS =
            StreamReadConstraints.builder().maxStringLength(InputLimits.VACANCY_FIELD_CHARS).build();
    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder().streamReadConstraints(CONSTRAINTS).build());
    private static final ObjectMapper JSON = JsonMapper.builder(
            new com.fasterxml.jackson.core.JsonFactoryBuilder().streamReadConstraints(CONSTRAINTS).build()).build();

    private VacancyReader() {}

    static Format formatOf(Path file) {
        DatasetException.requireFile(file, "vacancy file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return Format.JSON_LINES;
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) return Format.CSV;
        try (BufferedReader r = open(file)) {
            int c;
            do c = r.read(); while (c != -1 && Character.isWhitespace(c));
            return c == '{' ? Format.JSON_LINES : Format.CSV;
        } catch (IOException e) {
            throw DatasetException.cannotRead(file, e);
        }
    }

    /** The CSV header, or the keys of the first JSON Lines record. */
    static List<String> header(Path file) {
        List<List<String>> first = new ArrayList<>();
        if (formatOf(file) == Format.CSV) {
            csvRows(file, (line, row, error) -> {
                if (first.isEmpty()) first.add(row);
                return false;
            });
        } else {
            jsonLines(file, rec -> {
                if (first.isEmpty() && rec.error() == null) first.add(List.copyOf(rec.values().keySet()));
            });
        }
        if (first.isEmpty()) throw new DatasetException(file + ": empty file, no header row or record");
        return first.get(0);
    }

    /** Reads every record of {@code file}, checking the header against {@code mapping}. */
    static void read(Path file, VacancyMapping mapping, Consumer<RawRecord> sink) {
        if (formatOf(file) == Format.JSON_LINES) {
            long[] seen = {0};
            jsonLines(file, rec -> {
                seen[0]++;
                sink.accept(rec);
            });
            if (seen[0] == 0) throw new DatasetException(file + ": empty file, no vacancy records");
            return;
        }
        List<String> header = new ArrayList<>();
        csvRows(file, (line, row, error) -> {
            if (header.isEmpty()) {
                List<String> missing = mapping.missingFrom(row);
                if (!missing.isEmpty())
                    throw new DatasetException(file + ":" + line + ": header lacks column(s) " + missing
                            + " required by mapping '" + mapping.name() + "'; columns found: " + row);
                header.addAll(row.stream().map(String::trim).toList());
                return true;
            }
            RawRecord rec = csvRecord(line, header, row, error);
            // Jackson drops the value it was reading when it fails: keep the file's own text instead
            if (error != null) rec = new RawRecord(rec.line(), rec.values(), physicalText(file, line), rec.errorField(), rec.error());
            sink.accept(rec);
            return true;
        });
        if (header.isEmpty()) throw new DatasetException(file + ": empty file, no header row");
    }

    private static RawRecord csvRecord(long line, List<String> header, List<String> row, String error) {
        String raw = row.stream().map(VacancyReader::csvQuote).collect(Collectors.joining(","));
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), row.size()); i++) values.put(header.get(i), row.get(i));
        if (error != null) return new RawRecord(line, values, raw, "", "malformed CSV: " + error);
        if (row.size() != header.size())
            return new RawRecord(line, values, raw, "",
                    "expected " + header.size() + " columns, found " + row.size()
                            + (row.size() < header.size() ? " (truncated record?)" : " (unquoted separator?)"));
        return new RawRecord(line, values, raw, null, null);
    }

    /** Receives each CSV row; returns false to stop reading. */
    private interface RowSink {
        boolean row(long line, List<String> values, String error);
    }

    private static void csvRows(Path file, RowSink sink) {
        try (Reader in = open(file); CsvParser p = (CsvParser) CSV.getFactory().createParser(in)) {
            p.setSchema(CsvSchema.emptySchema());
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> row = null;
            long line = 0;
            String error = null;
            long lastErrorOffset = -1;
            long recordChars = 0;
            while (true) {
                JsonToken t;
                try {
                    t = p.nextToken();
                } catch (StreamConstraintsException e) {
                    throw new DatasetException(file + ":" + p.currentLocation().getLineNr() + ": a field is over the limit of "
                            + InputLimits.mib(InputLimits.VACANCY_FIELD_CHARS) + " characters (an unclosed quote?)");
                } catch (JsonProcessingException e) {
                    // Jackson CSV resumes after the offending character; keep the row, mark it broken.
                    long offset = p.currentLocation().getCharOffset();
                    if (offset == lastErrorOffset)
                        throw new DatasetException(file + ":" + p.currentLocation().getLineNr()
                                + ": unreadable CSV: " + e.getOriginalMessage(), e);
                    lastErrorOffset = offset;
                    if (row == null) {
                        row = new ArrayList<>();
                        line = p.currentLocation().getLineNr();
                    }
                    if (error == null) error = e.getOriginalMessage();
                    if (p.currentToken() == null || p.isClosed()) {
                        sink.row(line, row, error);
                        return;
                    }
                    continue;
                }
                if (t == null) break;
                if (t == JsonToken.VALUE_STRING) {
                    if (row == null) {
                        row = new ArrayList<>();
                        // the first value's location is the physical line the record starts on
                        line = p.currentTokenLocation().getLineNr();
                    }
                    String v = p.getText();
                    recordChars += v.length();
                    if (recordChars > InputLimits.VACANCY_RECORD_CHARS) {
                        throw new DatasetException(file + ":" + line + ": the record is over the limit of "
                                + InputLimits.mib(InputLimits.VACANCY_RECORD_CHARS) + " characters (an unclosed quote?)");
                    }
                    // a UTF-8 byte-order mark would otherwise stick to the first header name
                    if (line == 1 && row.isEmpty() && v.startsWith("\uFEFF")) v = v.substring(1);
                    row.add(v);
                } else if (t == JsonToken.END_ARRAY && row != null) {
                    boolean blankLine = row.size() == 1 && row.get(0).isBlank() && error == null;
                    if (!blankLine && !sink.row(line, row, error)) return;
                    row = null;
                    error = null;
                    recordChars = 0;
                }
            }
            if (row != null) sink.row(line, row, error);
        } catch (IOException e) {
            throw DatasetException.cannotRead(file, e);
        }
    }

    private static void jsonLines(Path file, Consumer<RawRecord> sink) {
        try (BufferedReader in = open(file)) {
            BoundedLines lines = new BoundedLines(in, InputLimits.VACANCY_FIELD_CHARS);
            String text;
            long line = 0;
            while ((text = lines.next()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
                if (text.isBlank()) continue;
                sink.accept(jsonRecord(line, text));
            }
        } catch (BoundedLines.TooLong e) {
            throw new DatasetException(file + ":" + e.line + ": the line is over the limit of "
                    + InputLimits.mib(InputLimits.VACANCY_FIELD_CHARS) + " characters for one JSON record");
        } catch (IOException e) {
            throw DatasetException.cannotRead(file, e);
        }
    }

    private static RawRecord jsonRecord(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new RawRecord(line, Map.of(), text, "", "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject())
            return new RawRecord(line, Map.of(), text, "", "not a JSON object");
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            values.put(f.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        return new RawRecord(line, values, text, null, null);
    }

    /** The file's text from physical line {@code from} on, cut to what the quarantine keeps. */
    private static String physicalText(Path file, long from) {
        StringBuilder text = new StringBuilder();
        try (BufferedReader in = open(file)) {
            String l;
            long n = 0;
            while ((l = in.readLine()) != null && text.length() <= Quarantine.MAX_RAW_CHARS) {
                if (++n >= from) text.append(l).append('\n');
            }
        } catch (IOException e) {
            throw DatasetException.cannotRead(file, e);
        }
        return text.toString();
    }

    /** UTF-8 with malformed bytes replaced by U+FFFD, which the validator then rejects. */
    private static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    private static String csvQuote(String v) {
        if (v == null) return "";
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
