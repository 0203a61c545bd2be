package org.skillscope.datasets.esco;

import org.skillscope.datasets.Csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file read with {@link Csv}: a header and rows, each row with the physical line it starts on
 * (quoted values may span lines). Strict: the bytes must be UTF-8 and quotes must be closed,
 * because a damaged ESCO file should stop a run, not silently lose concepts.
 */
final class CsvTable {
    record Row(long line, String[] values) {
        /** The value at {@code index}, "" when the column is absent or the row is short. */
        String get(int index) {
            return index >= 0 && index < values.length ? values[index] : "";
        }
    }

    private final String file;
    private final String[] header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(String file, String[] header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        for (int i = 0; i < header.length; i++) columns.putIfAbsent(header[i].trim(), i);
    }

    String file() {
        return file;
    }

    String[] header() {
        return header.clone();
    }

    List<Row> rows() {
        return rows;
    }

    /** Index of a column the file must have; a clear error naming the column otherwise. */
    int required(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new EscoFormatException(file, 1, column,
                    "missing required column '" + column + "' (header has " + String.join(", ", header) + ")");
        }
        return i;
    }

    /** Index of an optional column, -1 when absent (rows then read it as ""). */
    int optional(String column) {
        return columns.getOrDefault(column, -1);
    }

    /** The value of a required, non-blank field: a clear error naming file, line and field otherwise. */
    String nonBlank(Row row, int index, String column) {
        String v = row.get(index).trim();
        if (v.isEmpty()) throw new EscoFormatException(file, row.line(), column, "empty " + column);
        return v;
    }

    static CsvTable read(String file, byte[] bytes) {
        String text = Csv.stripBom(decodeUtf8(file, bytes));
        if (text.isBlank()) throw new EscoFormatException(file, 0, "", "empty file: no header line");
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        try (Csv.Rows in = Csv.rows(file, text, Csv.separatorOf(file))) {
            while (in.hasNext()) {
                Csv.Row r = in.next();
                if (r.error() != null) {
                    throw new EscoFormatException(file, r.line(), "", "malformed CSV (" + r.error() + "): the file may be truncated");
                }
                String[] row = r.fields().toArray(new String[0]);
                if (header == null) {
                    header = row;
                } else {
                    if (row.length > header.length) {
                        throw new EscoFormatException(file, r.line(), "",
                                "record has " + row.length + " fields but the header has " + header.length
                                        + " (a stray comma or quote?)");
                    }
                    rows.add(new Row(r.line(), row));
                }
            }
        }
        if (header == null) throw new EscoFormatException(file, 0, "", "empty file: no header line");
        return new CsvTable(file, header, rows);
    }

    /** Strict UTF-8 decoding that names the line of the first bad byte. */
    private static String decodeUtf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new EscoFormatException(file, line, "",
                    String.format("bytes are not valid UTF-8 (byte 0x%02X at offset %d); ESCO downloads are UTF-8:"
                            + " re-download the file or convert it", bytes[at] & 0xFF, at));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
