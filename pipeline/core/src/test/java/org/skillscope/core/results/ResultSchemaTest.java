package org.skillscope.core.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The migrations create exactly the tables of {@link ResultTable}, each with exactly the columns of its record. */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class ResultSchemaTest {
    @Parameter
    String database;

    @Test
    void everyMigratedTableHasExactlyTheColumnsOfItsRecord() throws Exception {
        ResultsStore store = new ResultsStore(TestDatabases.fresh(database));
        store.migrate();
        TreeMap<String, Set<String>> migrated = new TreeMap<>();
        try (Connection c = store.connect(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    migrated.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        TreeMap<String, Set<String>> records = new TreeMap<>();
        for (ResultTable t : ResultTable.values()) records.put(t.table(), new TreeSet<>(t.columns()));
        assertEquals(records, migrated);
    }
}
