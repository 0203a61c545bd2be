package org.skillscope.datasets.vacancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.skillscope.datasets.InputLimits;
import org.skillscope.datasets.Csv;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.JsonMappers;
import org.skillscope.datasets.validation.Quarantine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Splits a CSV or JSON Lines file into raw records (column -> text) with the physical line each
 * starts on. Structural damage (wrong column count, unterminated quote, invalid JSON) is not thrown
 * but carried on the record, so the validator can quarantine it and go on.
 */
final class VacancyReader {
    /** Input formats, chosen from the file name (or the first character when the name says nothing); CSV is tab-separated for .tsv ({@link Csv#separatorOf}). */
    enum Format { CSV, JSON_LINES }

    // the validator rejects a record with a field over 100 KB itself; the parser only needs a memory
    // guard, and going over it stops the file with one line (InputLimits)
    private static final ObjectMapper JSON = JsonMappers.bounded(InputLimits.VACANCY_FIELD_CHARS);

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
            RawRecord rec = csvRecord(line, header, row, error, Csv.separatorOf(file.getFileName().toString()));
            // Jackson drops the value it was reading when it fails: keep the file's own text instead
            if (error != null) rec = new RawRecord(rec.line(), rec.values(), physicalText(file, line), rec.errorField(), rec.error());
            sink.accept(rec);
            return true;
        });
        if (header.isEmpty()) throw new DatasetException(file + ": empty file, no header row");
    }

    private static RawRecord csvRecord(long line, List<String> header, List<String> row, String error, char separator) {
        String raw = Csv.line(row, separator);
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
        try (Csv.Rows rows = Csv.rows(file.toString(), open(file), Csv.separatorOf(file.getFileName().toString()),
                InputLimits.VACANCY_FIELD_CHARS, InputLimits.VACANCY_RECORD_CHARS)) {
            while (rows.hasNext()) {
                Csv.Row r = rows.next();
                boolean blankLine = r.fields().size() == 1 && r.fields().get(0).isBlank() && r.error() == null;
                if (!blankLine && !sink.row(r.line(), r.fields(), r.error())) return;
            }
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
        try (BufferedReader in = open(file)) {
            return Csv.linesFrom(in, from, Quarantine.MAX_RAW_CHARS);
        } catch (IOException e) {
            throw DatasetException.cannotRead(file, e);
        }
    }

    /** UTF-8 with malformed bytes replaced by U+FFFD, which the validator then rejects; no byte-order mark. */
    private static BufferedReader open(Path file) throws IOException {
        return Csv.openUtf8(file);
    }
}
