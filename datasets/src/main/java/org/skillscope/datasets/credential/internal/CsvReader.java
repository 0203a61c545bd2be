package org.skillscope.datasets.credential.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A small RFC 4180 reader over decoded text that, unlike a strict parser, never throws: a record
 * cut off inside quotes is returned with {@code unterminated} set, so the loader can quarantine it
 * with its line number instead of losing the rest of the file. Blank lines are skipped.
 */
public final class CsvReader implements Iterator<CsvReader.Record> {

    /** One record: its fields, the 1-based physical line where it starts, and whether a quote was left open. */
    public record Record(List<String> fields, long line, boolean unterminated) {}

    private final String text;
    private final char separator;
    private int pos;
    private long line = 1;
    private Record next;

    public CsvReader(String text, char separator) {
        this.text = text;
        this.separator = separator;
        advance();
    }

    public CsvReader(String text) {
        this(text, ',');
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Record next() {
        if (next == null) throw new NoSuchElementException();
        Record r = next;
        advance();
        return r;
    }

    private void advance() {
        next = null;
        while (pos < text.length()) {
            // skip blank lines between records
            char c = text.charAt(pos);
            if (c == '\n') { pos++; line++; continue; }
            if (c == '\r') { pos++; if (pos < text.length() && text.charAt(pos) == '\n') pos++; line++; continue; }
            next = readRecord();
            return;
        }
    }

    private Record readRecord() {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') { field.append('"'); pos++; }
                    else quoted = false;
                } else {
                    if (c == '\n') line++;
                    else if (c == '\r' && !(pos < text.length() && text.charAt(pos) == '\n')) line++;
                    field.append(c);
                }
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') pos++;
                line++;
                fields.add(field.toString());
                return new Record(fields, start, false);
            } else {
                field.append(c);
                atFieldStart = false;
            }
        }
        fields.add(field.toString());
        return new Record(fields, start, quoted);
    }

    /** Writes fields back as one CSV line (for quarantine raw text). */
    public static String format(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }
}
