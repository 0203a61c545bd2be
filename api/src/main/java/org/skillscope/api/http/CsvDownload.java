package org.skillscope.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import org.skillscope.api.service.Listing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole list as CSV ({@code format=csv}): a header line of the list's columns, then every row as it is
 * read, written straight to the response (no paging, nothing held). A nested field is a column
 * {@code key.field}; a list of plain values is one cell joined by " | ", anything else nested is its JSON.
 */
final class CsvDownload {
    private static final CsvMapper CSV = new CsvMapper();
    private final ObjectMapper json;

    CsvDownload(ObjectMapper json) {
        this.json = json;
    }

    void send(Context ctx, String name, Listing<?> list) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"skillscope-" + name + ".csv\"");
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        list.columns().forEach(schema::addColumn);
        try (OutputStream out = ctx.outputStream();
             SequenceWriter w = CSV.writer(schema.build()).writeValues(out)) {
            list.each(item -> {
                JsonNode row = json.valueToTree(item);
                List<String> cells = new ArrayList<>(list.columns().size());
                for (String c : list.columns()) cells.add(cell(row, c));
                try {
                    w.write(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of column {@code path} ("growth.rate") of a row (an item as JSON); empty for null. */
    String cell(JsonNode row, String path) {
        JsonNode v = row;
        for (String key : path.split("\\.")) v = v == null ? null : v.get(key);
        return text(v);
    }

    /**
     * Text a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a return: vacancy texts
     * come from anyone) gets a leading apostrophe, OWASP's advice against CSV injection. Numbers stay numbers.
     */
    static String inert(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private String text(JsonNode tree) {
        if (tree == null || tree.isNull()) return "";
        if (tree.isValueNode()) return tree.isTextual() ? inert(tree.asText()) : tree.asText();
        if (tree.isArray()) {
            boolean plain = true;
            for (JsonNode e : tree) plain &= e.isValueNode();
            if (plain) {
                List<String> parts = new ArrayList<>();
                tree.forEach(e -> parts.add(e.asText()));
                return String.join(" | ", parts);
            }
        }
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a cell", e);
        }
    }
}
