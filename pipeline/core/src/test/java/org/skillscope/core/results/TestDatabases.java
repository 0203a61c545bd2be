package org.skillscope.core.results;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh results databases for the tests that run on H2 and on PostgreSQL ({@code @ParameterizedClass} over
 * {@link #H2} and {@link #POSTGRESQL}). PostgreSQL runs when a JDBC URL of a database to make schemas in is
 * given, as the system property {@code skillscope.testPostgres} or the environment's
 * {@code SKILLSCOPE_TEST_POSTGRES} (login: the URL's, or SKILLSCOPE_DB_USER / SKILLSCOPE_DB_PASSWORD); .ci/run
 * starts a throwaway cluster and sets it. Without it the PostgreSQL variants are skipped, saying why.
 */
public final class TestDatabases {
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    private TestDatabases() {}

    /** The PostgreSQL test URL, or null. */
    public static String postgresUrl() {
        String url = System.getProperty("skillscope.testPostgres");
        if (url == null || url.isBlank()) url = System.getenv("SKILLSCOPE_TEST_POSTGRES");
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** Skips the calling test unless {@code kind}'s database is at hand. */
    public static void assumeAvailable(String kind) {
        if (kind.equals(POSTGRESQL)) {
            Assumptions.assumeTrue(postgresUrl() != null, "PostgreSQL variant skipped: set SKILLSCOPE_TEST_POSTGRES (or "
                    + "-Dskillscope.testPostgres) to a jdbc:postgresql:// URL to run it, as .ci/run does");
        } else if (!kind.equals(H2)) {
            throw new IllegalArgumentException("no test database kind " + kind);
        }
    }

    /**
     * A fresh, empty database of {@code kind}: an in-memory H2 kept open until the JVM ends, or a new schema of
     * its own in the PostgreSQL test database (the URL's {@code currentSchema}). Skips when it is not at hand.
     */
    public static String fresh(String kind) {
        assumeAvailable(kind);
        if (kind.equals(H2)) return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String base = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection c = DatabaseAccess.open(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + base + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
