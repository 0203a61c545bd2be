package org.skillscope.core.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows for one results table, in column order; {@code run_id} is the first column of every table
 * and is filled in by the writer. The same object feeds the database and the CSV/JSON exports.
 */
public record TableRows(String table, List<String> columns, List<Object[]> rows) {
    public TableRows {
        columns = List.copyOf(columns);
    }

    /** An empty row set of {@code table}, with the columns of its record. */
    public static TableRows of(ResultTable table) {
        return new TableRows(table.table(), table.rowColumns(), new ArrayList<>());
    }

    public static TableRows of(String table, String... columns) {
        return new TableRows(table, List.of(columns), new ArrayList<>());
    }

    public TableRows add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
        return this;
    }
}
