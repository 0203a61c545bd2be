package org.skillscope.core.results;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** On H2 and, when one is given, PostgreSQL ({@link TestDatabases}); each test its own fresh database. */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class ResultsStoreTest {
    @Parameter
    String database;
    private ResultsStore store;

    @BeforeEach
    void freshDatabase() {
        store = new ResultsStore(TestDatabases.fresh(database));
        store.migrate();
    }

    /**
     * A database as the migration runner before Flyway left it at {@code version}: the tables of V1..version,
     * a schema_version table listing those versions, and no Flyway history.
     */
    private ResultsStore oldStyle(int version) throws Exception {
        ResultsStore old = new ResultsStore(TestDatabases.fresh(database));
        assertEquals(version, old.migrate(version));
        try (Connection c = old.connect(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE \"flyway_schema_history\"");
            st.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
            for (int v = 1; v <= version; v++) st.execute("INSERT INTO schema_version VALUES (" + v + ", CURRENT_TIMESTAMP)");
        }
        return old;
    }

    /**
     * A migration's statements in order, as a job killed part-way through one leaves them applied (these
     * scripts have no ';' inside a literal or a comment: Flyway itself parses them properly).
     */
    static List<String> statements(String resource) {
        try (InputStream in = ResultsStore.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing migration " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }

    /** Flyway's history: "version type" per version, in the order applied (not its row for making the table, on H2). */
    private List<String> history(ResultsStore s) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = s.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) rows.add(rs.getString(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? "" : " failed"));
        }
        return rows;
    }

    private boolean hasTable(ResultsStore s, String table) throws Exception {
        try (Connection c = s.connect()) {
            String name = c.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(java.util.Locale.ROOT) : table;
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                return rs.next();
            }
        }
    }

    @Test
    void aDatabaseOfTheRunnerBeforeFlywayIsBaselinedAtItsRecordedVersionAndTakenToTheLatest() throws Exception {
        for (int version = 1; version <= 5; version++) {
            ResultsStore old = oldStyle(version);
            assertEquals(6, old.migrate(), "from version " + version);
            List<String> expected = new java.util.ArrayList<>(List.of(version + " BASELINE"));
            for (int v = version + 1; v <= 6; v++) expected.add(v + " SQL");
            assertEquals(expected, history(old), "from version " + version);
            assertFalse(hasTable(old, "schema_version"), "Flyway's history replaces the old version table");
            assertEquals(6, old.migrate(), "and then nothing more to do");
            assertEquals(expected, history(old));
        }
    }

    @Test
    void anOldDatabaseAtVersion2IsNotTakenForANewerOne() throws Exception {
        // baselined at a wrong (later) version, version 3 would never run and its column would be missing
        ResultsStore old = oldStyle(2);
        old.migrate();
        try (Connection c = old.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO evidence_sentences (run_id, sentence_id, sentence) VALUES ('r1', 1, 'Write SQL.')");
            st.execute("INSERT INTO vacancy_skills (run_id, vacancy_id, skill_uri, score, sentence_id, evidence_label, source) "
                    + "VALUES ('r1', 'v1', 's1', 0.9, 1, 'SQL', 'inferred')");
        }
        assertEquals(1, count(old, "SELECT COUNT(*) FROM vacancy_skills WHERE sentence_id = 1 AND source = 'inferred'"));
    }

    private static TableRows gap(String skill) {
        return TableRows.of(ResultTable.GAPS).add("all", "*", 1, skill, "k", 5L, 0.1, 0.1, null, null, null, null, null, null, null, null,
                0.8, 0.08, false, true, "high demand", 0L);
    }

    private long count(String sql) throws Exception {
        return count(store, sql);
    }

    private static long count(ResultsStore s, String sql) throws Exception {
        try (Connection c = s.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migratingTwiceAppliesEachVersionOnce() throws Exception {
        assertEquals(6, store.migrate());
        assertEquals(List.of("1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL"), history(store));
    }

    @Test
    void version4AddsTheGrowthEvidenceAndKeepsOlderRunsRowsAlsoAfterAKilledAttempt() throws Exception {
        List<String> v4 = statements("V4__growth_evidence.sql");
        for (int k = 0; k <= v4.size(); k++) {
            ResultsStore old = oldStyle(3);
            try (Connection c = old.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO gaps (run_id, scope_type, scope, rank_no, skill_uri, label, vacancies, share, shrunk_share, growth, "
                        + "specificity, gap_score, green, digital, reason) VALUES ('r1', 'all', '*', 1, 's1', 'k', 5, 0.1, 0.1, 0.924, 0.8, "
                        + "0.08, FALSE, TRUE, 'high and growing demand')");
                for (String sql : v4.subList(0, k)) st.execute(sql);
            }
            assertEquals(6, old.migrate(), "after " + k + " statements");
            try (Connection c = old.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT growth, growth_clear, growth_earlier_vacancies, reason FROM gaps")) {
                rs.next();
                // an older run keeps its rate, with no counts: the API then gives no growth for it
                assertEquals(0.924, rs.getDouble(1), 1e-12);
                assertEquals(null, rs.getObject(2));
                assertEquals(null, rs.getObject(3));
                assertEquals("high and growing demand", rs.getString(4));
                st.execute("UPDATE gaps SET reason = '" + "x".repeat(900) + "'"); // reasons that name their counts fit
            }
        }
    }

    @Test
    void version5MarksOlderRunsSkillsStatedAndTheirDemandUninferredAlsoAfterAKilledAttempt() throws Exception {
        List<String> v5 = statements("V5__inferred_skills.sql");
        for (int k = 0; k <= v5.size(); k++) {
            ResultsStore old = oldStyle(4);
            try (Connection c = old.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO vacancy_skills (run_id, vacancy_id, skill_uri, score, sentence_id, evidence_label) VALUES ('r1', 'v1', 's1', 0.9, 7, 'SQL')");
                st.execute("INSERT INTO skill_demand (run_id, scope_type, scope, skill_uri, label, vacancies, scope_vacancies, share, shrunk_share, "
                        + "specificity, green, digital, credentials_teaching) VALUES ('r1', 'all', '*', 's1', 'SQL', 3, 10, 0.3, 0.3, 1.0, FALSE, TRUE, 0)");
                for (String sql : v5.subList(0, k)) st.execute(sql);
            }
            assertEquals(6, old.migrate(), "after " + k + " statements");
            try (Connection c = old.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT v.source, d.inferred_vacancies FROM vacancy_skills v JOIN skill_demand d ON d.skill_uri = v.skill_uri")) {
                rs.next();
                assertEquals("stated", rs.getString(1), "after " + k + " statements");
                assertEquals(0, rs.getLong(2));
            }
        }
    }

    @Test
    void version6LetsACredentialGoUnscoredAndKeepsOlderRunsScoresAlsoAfterAKilledAttempt() throws Exception {
        List<String> v6 = statements("V6__unread_credentials.sql");
        for (int k = 0; k <= v6.size(); k++) {
            ResultsStore old = oldStyle(5);
            String columns = "INSERT INTO credentials (run_id, credential_id, skills, relevance, relevance_percentile, green, green_skill_share, "
                    + "digital, digital_skill_share) VALUES ";
            try (Connection c = old.connect(); Statement st = c.createStatement()) {
                st.execute(columns + "('r1', 'c1', 2, 12.5, 80.0, 10.0, 0.5, 0.0, 0.0)");
                for (String sql : v6.subList(0, k)) st.execute(sql);
            }
            assertEquals(6, old.migrate(), "after " + k + " statements");
            try (Connection c = old.connect(); Statement st = c.createStatement()) {
                st.execute(columns + "('r2', 'c1', 0, NULL, NULL, NULL, NULL, NULL, NULL)");
                assertEquals(1, count(old, "SELECT COUNT(*) FROM credentials WHERE relevance = 12.5 AND green = 10.0"));
                assertEquals(1, count(old, "SELECT COUNT(*) FROM credentials WHERE relevance IS NULL AND digital_skill_share IS NULL"));
            }
        }
    }

    @Test
    void version3KeepsTheEvidenceSentencesOfOlderRunsOncePerRun() throws Exception {
        List<String> v3 = statements("V3__evidence_sentences.sql");
        // 0: an untouched version-2 database; k: a job killed after the k-th statement (H2 commits at each schema change)
        for (int k = 0; k <= v3.size(); k++) {
            ResultsStore old = oldStyle(2);
            try (Connection c = old.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO vacancy_skills (run_id, vacancy_id, skill_uri, score, evidence_sentence, evidence_label) VALUES "
                        + "('r1', 'v1', 's1', 0.9, 'Write SQL.', 'SQL'), ('r1', 'v2', 's1', 0.8, 'Write SQL.', 'SQL'), "
                        + "('r1', 'v2', 's2', 0.7, 'Lead a team.', 'lead'), ('r2', 'v1', 's1', 0.9, 'Write SQL.', 'SQL'), "
                        + "('r2', 'v3', 's3', 0.6, NULL, NULL)");
                for (String sql : v3.subList(0, k)) st.execute(sql);
            }
            assertEquals(6, old.migrate(), "after " + k + " statements");
            try (Connection c = old.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT v.run_id, v.vacancy_id, v.skill_uri, e.sentence FROM vacancy_skills v "
                         + "LEFT JOIN evidence_sentences e ON e.run_id = v.run_id AND e.sentence_id = v.sentence_id ORDER BY 1, 2, 3")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                assertEquals(List.of("r1 v1 s1 Write SQL.", "r1 v2 s1 Write SQL.", "r1 v2 s2 Lead a team.", "r2 v1 s1 Write SQL.",
                        "r2 v3 s3 null"), rows, "after " + k + " statements");
            }
            try (Connection c = old.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM evidence_sentences")) {
                rs.next();
                assertEquals(3, rs.getLong(1), "one row per distinct sentence and run, after " + k + " statements");
            }
        }
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
    void workThatFailsBeforeTheCommitLeavesNothing() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        store.publish("r1", List.of(gap("K8S")), "{}", "{}", "");
        store.begin("r2", "1.1.1", "f", "[]", "{}");
        boolean[] ran = {false};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.publish("r2", List.of(gap("DOCKER")), "{}", "{}", "",
                () -> {
                    ran[0] = true;
                    throw new IllegalStateException("exports failed");
                }));
        assertEquals("exports failed", e.getMessage());
        assertTrue(ran[0]);
        assertEquals(0, count("SELECT COUNT(*) FROM gaps WHERE run_id='r2'"));
        assertEquals("running", status("r2"));
        assertEquals(Optional.of("r1"), store.latestPublished());
    }

    private String status(String runId) throws Exception {
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM runs WHERE run_id='" + runId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void setOwner(String runId, String owner, Long startMs) throws Exception {
        try (Connection c = store.connect(); var ps = c.prepareStatement("UPDATE runs SET owner=?, owner_start_ms=? WHERE run_id=?")) {
            ps.setString(1, owner);
            ps.setObject(2, startMs, java.sql.Types.BIGINT);
            ps.setString(3, runId);
            assertEquals(1, ps.executeUpdate());
        }
    }

    /** This JVM's owner string as begin() records it: "pid@host". */
    private String ownOwner(String runId) throws Exception {
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT owner FROM runs WHERE run_id='" + runId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.pid();
    }

    @Test
    void aRunOfALiveProcessStaysRunning() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        assertTrue(ownOwner("r1").startsWith(ProcessHandle.current().pid() + "@"), ownOwner("r1"));
        assertEquals(List.of(), store.abandonDeadRuns());
        assertEquals("running", status("r1"));
    }

    @Test
    void aRunWhoseProcessIsGoneIsAbandonedAndCannotBePublished() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        store.publish("r1", List.of(gap("K8S")), "{}", "{}", "");
        store.begin("r2", "1.1.1", "f", "[]", "{}");
        String host = ownOwner("r2").substring(ownOwner("r2").indexOf('@') + 1);
        setOwner("r2", deadPid() + "@" + host, null); // its job was killed
        assertEquals(List.of("r2"), store.abandonDeadRuns());
        assertEquals("abandoned", status("r2"));
        assertEquals("published", status("r1"));
        assertEquals(List.of(), store.abandonDeadRuns(), "abandoned once");
        assertEquals(0, count("SELECT COUNT(*) FROM gaps WHERE run_id='r2'"));
        assertThrows(ResultsException.class, () -> store.publish("r2", List.of(gap("DOCKER")), "{}", "{}", ""));
        assertEquals(Optional.of("r1"), store.latestPublished());
    }

    @Test
    void abandoningARunDeletesTheRowsItsKilledJobLeftAndNoOtherRunsRows() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        store.publish("r1", List.of(gap("K8S")), "{}", "{}", "");
        store.begin("r2", "1.1.1", "f", "[]", "{}");
        // what H2's recovery can leave of a publish killed mid-transaction: some committed rows of a 'running' run
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO gaps (run_id, scope_type, scope, rank_no, skill_uri, vacancies, share, shrunk_share, specificity, "
                    + "gap_score, green, digital) VALUES ('r2', 'all', '*', 1, 'DOCKER', 3, 0.1, 0.1, 0.8, 0.1, FALSE, TRUE)");
            st.execute("INSERT INTO evidence_sentences (run_id, sentence_id, sentence) VALUES ('r2', 7, 'Ship containers.')");
        }
        String host = ownOwner("r2").substring(ownOwner("r2").indexOf('@') + 1);
        setOwner("r2", deadPid() + "@" + host, null);
        assertEquals(List.of("r2"), store.abandonDeadRuns());
        assertEquals(0, count("SELECT COUNT(*) FROM gaps WHERE run_id='r2'"));
        assertEquals(0, count("SELECT COUNT(*) FROM evidence_sentences WHERE run_id='r2'"));
        assertEquals(1, count("SELECT COUNT(*) FROM gaps WHERE run_id='r1'"), "the published run keeps its rows");
        assertEquals(1, count("SELECT COUNT(*) FROM runs WHERE run_id='r2' AND status='abandoned'"));
    }

    @Test
    void aRunWhosePidNowBelongsToAnotherProcessIsAbandoned() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        setOwner("r1", ownOwner("r1"), 0L); // this pid, but a process that started in 1970
        assertEquals(List.of("r1"), store.abandonDeadRuns());
        assertEquals("abandoned", status("r1"));
    }

    @Test
    void runsFromAnotherHostOrWithoutOwnerStayRunning() throws Exception {
        store.begin("r1", "1.1.1", "f", "[]", "{}");
        store.begin("r2", "1.1.1", "f", "[]", "{}");
        setOwner("r1", deadPid() + "@another-host.invalid", null);
        setOwner("r2", null, null); // begun before owners were recorded
        assertEquals(List.of(), store.abandonDeadRuns());
        assertEquals("running", status("r1"));
        assertEquals("running", status("r2"));
    }

    @Test
    void rowsMustMatchTheirColumns() {
        TableRows t = TableRows.of("gaps", "scope_type", "scope");
        assertThrows(IllegalArgumentException.class, () -> t.add("all"));
    }
}
