package org.skillscope.core.results;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

class ResultsStoreTest {
    private ResultsStore store;

    @BeforeEach
    void freshDatabase() {
        // each test its own in-memory database, kept open until the JVM ends
        store = new ResultsStore("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store.migrate();
    }

    private static TableRows gap(String skill) {
        return TableRows.of("gaps", "scope_type", "scope", "rank_no", "skill_uri", "label", "vacancies", "share", "shrunk_share",
                "growth", "specificity", "gap_score", "green", "digital", "reason")
                .add("all", "*", 1, skill, "k", 5L, 0.1, 0.1, null, 0.8, 0.08, false, true, "high demand");
    }

    private long count(String sql) throws Exception {
        try (Connection c = store.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migratingTwiceKeepsOneSchemaVersion() throws Exception {
        assertEquals(1, store.migrate());
        assertEquals(1, count("SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    void aPublishedRunBecomesTheLatest() throws Exception {
        assertEquals(Optional.empty(), store.latestPublished());
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        assertEquals(Optional.empty(), store.latestPublished(), "a running run is invisible");
        store.publish("r1", List.of(gap("K8S")), "{}", "{}", "all vacancies");
        assertEquals(Optional.of("r1"), store.latestPublished());
        assertEquals(1, count("SELECT COUNT(*) FROM gaps WHERE run_id='r1'"));
    }

    @Test
    void aFailedPublishLeavesNothingAndThePreviousRunStaysLatest() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        store.publish("r1", List.of(gap("K8S")), "{}", "{}", "");
        store.begin("r2", "1.1.1", "f", "[]", "{}");
        // the second table repeats a primary key: the whole transaction must roll back
        List<TableRows> broken = List.of(gap("DOCKER"), gap("DOCKER"));
        assertThrows(ResultsException.class, () -> store.publish("r2", broken, "{}", "{}", ""));
        assertEquals(0, count("SELECT COUNT(*) FROM gaps WHERE run_id='r2'"));
        assertEquals(Optional.of("r1"), store.latestPublished());
        store.fail("r2", "duplicate key");
        assertEquals(1, count("SELECT COUNT(*) FROM runs WHERE status='failed'"));
    }

    @Test
    void rowsMustMatchTheirColumns() {
        TableRows t = TableRows.of("gaps", "scope_type", "scope");
        assertThrows(IllegalArgumentException.class, () -> t.add("all"));
    }
}
