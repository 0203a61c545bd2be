package org.skillscope.spark;

import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TestDatabases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Test access to a results database: a fresh one (H2 or PostgreSQL), and query rows as comparable strings. */
final class Db {
    private Db() {}

    static String fresh() {
        return fresh(TestDatabases.H2);
    }

    /** A fresh database of {@code kind} ({@link TestDatabases}); skips the test when it is not at hand. */
    static String fresh(String kind) {
        return TestDatabases.fresh(kind);
    }

    /** Each query gives rows in both databases, and the same rows. */
    static void assertSameRows(String expected, String actual, List<String> queries) throws Exception {
        for (String q : queries) {
            List<String> e = rows(expected, q);
            assertFalse(e.isEmpty(), q);
            assertEquals(e, rows(actual, q), q);
        }
    }

    static List<String> rows(String jdbc, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = new ResultsStore(jdbc).connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) sb.append(rs.getString(i)).append('|');
                out.add(sb.toString());
            }
        }
        return out;
    }
}
