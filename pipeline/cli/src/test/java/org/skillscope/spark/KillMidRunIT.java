package org.skillscope.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscope.core.results.ResultTable;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TestDatabases;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;
import org.skillscope.cli.RunCommand;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kill the job mid-run. The job runs in a child JVM, started as an operator starts it (the `run`
 * command's main class; an H2 file database shared through AUTO_SERVER, or a PostgreSQL schema when a test
 * PostgreSQL is given, see TestDatabases), and is killed hard
 * (SIGKILL) once inside the map stage and once inside publishing. Each time the run published before
 * must stay the latest published run with exactly the rows it had, and the killed run must leave
 * no export folder; the next job marks the killed run 'abandoned' and deletes any rows it left; a re-run
 * publishes, and its results equal the first run's (same inputs).
 * An integration test (failsafe, after packaging) because the child needs this JVM's real
 * classpath, which surefire hides behind a manifest-only jar.
 */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class KillMidRunIT {
    /** From the child's start to a stage line: JVM and Spark start, load, index (cached), map. */
    private static final Duration STAGE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(60);
    /** 128 + SIGKILL: the child died of our signal, not of its own accord. */
    private static final int KILLED = 137;

    /** Where the child is killed: in the map stage (after the index stage's line), or inside publishing. */
    enum KillPoint { MAP, PUBLISH }

    private static SparkSession spark;
    private static Path dir;
    private static Path out;
    private static Path cache;
    private static Path esco;
    private static List<Path> credentials;
    private static List<Path> vacancies;
    private static String jdbc;

    @Parameter
    String database;

    @BeforeAll
    static void startSpark() throws IOException {
        dir = Path.of("target/kill-mid-run").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        cache = Path.of(System.getProperty("skillscope.indexCache", "target/index-cache")).toAbsolutePath();
        // resolved once: from a jar each call copies the sample to a new folder, and the results record source files
        esco = EscoSample.path();
        credentials = CredentialSample.files();
        vacancies = VacancySample.files();
        spark = LocalSpark.session("local[2]", "skillscope-kill-it");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killingTheJobMidRunLeavesThePublishedRunIntactAndARerunPublishesTheSameResults() throws Exception {
        out = dir.resolve("exports-" + database);
        // on H2 a file database, as `skillscope run` uses by default; AUTO_SERVER lets this JVM and the child share it
        jdbc = database.equals(TestDatabases.H2) ? "jdbc:h2:file:" + dir.resolve("results") + ";AUTO_SERVER=TRUE" : Db.fresh(database);
        ResultsStore store = new ResultsStore(jdbc);
        RunSummary first = SkillScopeJob.run(spark, config());
        assertEquals(Optional.of(first.runId()), store.latestPublished());
        Map<String, Content> published = contents(first.runId());
        assertTrue(published.keySet().containsAll(List.of("CREDENTIALS", "VACANCY_SKILLS", "SKILL_DEMAND", "GAPS")), published.toString());
        assertTrue(published.get("VACANCY_SKILLS").rows() > 850, published.toString());  // 944 on the sample since stop 34 (joint assertion trees)

        List<String> killed = new ArrayList<>();
        for (KillPoint point : KillPoint.values()) {
            String runId = runAndKill(point, killed);
            killed.add(runId);
            assertEquals(Optional.of(first.runId()), store.latestPublished(), point + ": the first run is no longer the latest published");
            assertEquals(published, contents(first.runId()), point + ": the first run's rows changed");
            assertEquals("running", status(runId), point + ": the killed run (nobody could mark it)");
            // each job starts by marking the runs of jobs that are gone, and deleting what they left: the child
            // did so for the one killed before it
            for (String earlier : killed.subList(0, killed.size() - 1)) {
                assertAbandoned(earlier, point + ": " + earlier);
                assertEquals(Map.of(), nonEmpty(contents(earlier)), point + ": the abandoned run " + earlier + " kept rows");
            }
            // not asserted empty yet: H2's recovery may keep a few rows of the killed transaction (seen once in CI,
            // 1 row); readers cannot see them, as the run is not published, and the next job deletes them
            assertFalse(Files.exists(out.resolve(runId)), point + ": the killed run left an export folder " + out.resolve(runId));
            if (point == KillPoint.PUBLISH) {
                assertTrue(Files.isDirectory(out.resolve(".partial-" + runId)), "killed while publishing (exports staged), not before");
            }
        }

        RunSummary rerun = SkillScopeJob.run(spark, config());
        assertEquals("published", rerun.status());
        assertEquals(Optional.of(rerun.runId()), store.latestPublished());
        assertEquals(published, contents(rerun.runId()), "same inputs, same results");
        assertTrue(Files.isDirectory(out.resolve(rerun.runId())));
        for (String id : killed) {
            assertAbandoned(id, id + ": " + owner(id));
            assertEquals(Map.of(), nonEmpty(contents(id)), "the abandoned run kept rows: " + id);
            assertFalse(Files.exists(out.resolve(".partial-" + id)), "the abandoned run's staged exports are left: " + id);
        }
    }

    private static JobConfig config() {
        return new JobConfig(esco, credentials, vacancies, jdbc, out, cache, 4);
    }

    // ---- the child job ------------------------------------------------------------------------------

    /** Starts the job in a child JVM, waits until it is at {@code point}, kills it; returns its run id. */
    private static String runAndKill(KillPoint point, List<String> known) throws Exception {
        Path log = dir.resolve("child-" + point.name().toLowerCase() + ".log");
        Process child = startChild(log);
        try {
            // the run is registered before the index stage: once the map stage has begun it must be there
            awaitLine(child, log, "stage index done", STAGE_TIMEOUT);
            String runId = awaitRunning(known);
            if (point == KillPoint.PUBLISH) {
                awaitLine(child, log, "stage gaps done", STAGE_TIMEOUT);
                if (jdbc.startsWith("jdbc:h2:")) awaitDatabaseOpenedBy(child, log);
                else awaitInsertsBy(child, log);
            }
            assertTrue(child.isAlive(), point + ": the child ended before it was killed\n" + tail(log));
            child.destroyForcibly();
            assertTrue(child.waitFor(SHORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the killed child did not end");
            assertEquals(KILLED, child.exitValue(), point + ": the child was not killed by SIGKILL\n" + tail(log));
            return runId;
        } finally {
            List<ProcessHandle> descendants = child.descendants().toList();
            child.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            child.waitFor(SHORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static Process startChild(Path log) throws Exception {
        closeH2();
        String classpath = System.getProperty("java.class.path");
        assertTrue(classpath.contains("spark-core"), "not the real test classpath (run through failsafe): " + classpath);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        // the flags Spark needs on Java 17, as this JVM was given them (the poms' spark.opens)
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")).forEach(cmd::add);
        cmd.add("-Dlog4j2.configurationFile=" + Path.of(KillMidRunIT.class.getResource("/kill-child-log4j2.properties").toURI()));
        cmd.addAll(List.of("-cp", classpath, RunCommand.class.getName(), "--esco", esco.toString()));
        cmd.add("--credentials");
        credentials.forEach(p -> cmd.add(p.toString()));
        cmd.add("--vacancies");
        vacancies.forEach(p -> cmd.add(p.toString()));
        cmd.addAll(List.of("--db", jdbc, "--out", out.toString(), "--cache", cache.toString(), "--master", "local[2]", "--partitions", "4"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    /**
     * Closes this JVM's H2 database before a child opens the file, so that the two never race: once in four local
     * runs a child that opened the file just as this JVM closed it (H2 compacts on close) read it as corrupt
     * ("Double mark", an H2 MVStore error, h2database issue 2752; seen again with H2 2.3.232, whence 2.4.240). The test
     * is about a killed owner of the file, not about two processes opening it at the same moment.
     */
    private static void closeH2() throws Exception {
        if (!jdbc.startsWith("jdbc:h2:")) return;
        try (Connection c = new ResultsStore(jdbc).connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    private static void awaitLine(Process child, Path log, String text, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            assertTrue(child.isAlive(), "the child ended (exit " + (child.isAlive() ? "?" : child.exitValue()) + ") before '" + text + "'\n" + tail(log));
            assertTrue(Instant.now().isBefore(end), "no '" + text + "' from the child within " + timeout + "\n" + tail(log));
            Thread.sleep(100);
        }
    }

    /** The one run in 'running' that is not one of {@code known}. */
    private static String awaitRunning(List<String> known) throws Exception {
        Instant end = Instant.now().plus(SHORT_TIMEOUT);
        while (true) {
            List<String> running = new ArrayList<>(Db.rows(jdbc, "SELECT run_id FROM runs WHERE status='running' ORDER BY 1")
                    .stream().map(r -> r.substring(0, r.length() - 1)).toList());
            running.removeAll(known);
            if (running.size() == 1) return running.get(0);
            assertTrue(running.isEmpty(), "more than one new running run: " + running);
            assertTrue(Instant.now().isBefore(end), "the child registered no running run within " + SHORT_TIMEOUT);
            Thread.sleep(200);
        }
    }

    /**
     * Publishing opens the database (the job holds no connection between stages): with AUTO_SERVER
     * its owner writes a .lock.db file. Waits until the child owns the database, then until its file
     * grows (the transaction's rows reach the disk) or 2 s pass; publishing the sample takes longer.
     */
    private static void awaitDatabaseOpenedBy(Process child, Path log) throws Exception {
        Path lock = dir.resolve("results.lock.db");
        Path data = dir.resolve("results.mv.db");
        Instant end = Instant.now().plus(SHORT_TIMEOUT);
        while (!Files.exists(lock)) {
            assertTrue(child.isAlive(), "the child ended before it opened the database\n" + tail(log));
            assertTrue(Instant.now().isBefore(end), "the child did not open the database within " + SHORT_TIMEOUT + "\n" + tail(log));
            Thread.sleep(10);
        }
        long size = Files.size(data);
        Instant grown = Instant.now().plusSeconds(2);
        while (Files.size(data) == size && Instant.now().isBefore(grown)) Thread.sleep(10);
    }

    /** On PostgreSQL: waits until a session of the child is inserting a run's rows (its publish transaction). */
    private static void awaitInsertsBy(Process child, Path log) throws Exception {
        Instant end = Instant.now().plus(SHORT_TIMEOUT);
        while (Db.rows(jdbc, "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() "
                + "AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO %'").isEmpty()) {
            assertTrue(child.isAlive(), "the child ended before it began publishing\n" + tail(log));
            assertTrue(Instant.now().isBefore(end), "the child did not begin publishing within " + SHORT_TIMEOUT + "\n" + tail(log));
            Thread.sleep(10);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    // ---- what the database holds ------------------------------------------------------------------

    /** A result table's rows of one run: how many, and a digest of their sorted contents without the run id. */
    record Content(int rows, String sha256) {}

    /** Every result table (every table of the results records but the runs table) for one run. */
    private static Map<String, Content> contents(String runId) throws Exception {
        Map<String, Content> out = new TreeMap<>();
        try (Connection c = new ResultsStore(jdbc).connect()) {
            for (ResultTable t : ResultTable.values()) {
                if (t == ResultTable.RUNS) continue;
                String table = t.name();
                List<String> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE run_id=?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                if (!md.getColumnName(i).equalsIgnoreCase("RUN_ID")) sb.append(rs.getString(i)).append('|');
                            }
                            rows.add(sb.toString());
                        }
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String r : rows) sha.update((r + "\n").getBytes(StandardCharsets.UTF_8));
                out.put(table, new Content(rows.size(), HexFormat.of().formatHex(sha.digest())));
            }
        }
        return out;
    }

    /** A run's owner as recorded, and what this JVM sees of that process: says why a run was not abandoned. */
    private static String owner(String runId) {
        try {
            return ownerSeen(runId);
        } catch (Exception e) {
            return "owner unknown: " + e;
        }
    }

    private static String ownerSeen(String runId) throws Exception {
        List<String> rows = Db.rows(jdbc, "SELECT owner, owner_start_ms FROM runs WHERE run_id='" + runId + "'");
        if (rows.isEmpty()) return "no such run";
        String[] f = rows.get(0).split("\\|");
        String seen = "?";
        int at = f[0].indexOf('@');
        if (at > 0) {
            seen = ProcessHandle.of(Long.parseLong(f[0].substring(0, at)))
                    .map(p -> "alive=" + p.isAlive() + " start=" + p.info().startInstant().map(Instant::toEpochMilli).orElse(null)
                            + " cmd=" + p.info().command().orElse("?"))
                    .orElse("no such process");
        }
        return "owner " + f[0] + " started " + (f.length > 1 ? f[1] : "?") + " (ms); that pid now: " + seen
                + "; this host: " + java.net.InetAddress.getLocalHost().getHostName();
    }

    private static Map<String, Content> nonEmpty(Map<String, Content> contents) {
        Map<String, Content> m = new TreeMap<>(contents);
        m.values().removeIf(c -> c.rows() == 0);
        return m;
    }

    /**
     * The killed run is marked 'abandoned'. On H2 its row may instead be gone: when a later child is killed in the middle
     * of a large publish, H2's recovery of the file has dropped the row of the run killed before it (2 of 4 runs on a
     * 2-core machine, stop 29; never on PostgreSQL). Readers never saw that run (it was not published), and no row of it
     * is left; what must never happen, a run left 'running' or shown as published, still fails here.
     */
    private void assertAbandoned(String runId, String what) throws Exception {
        String s = status(runId);
        if (s == null && database.equals(TestDatabases.H2)) return;
        assertEquals("abandoned", s, what);
    }

    private static String status(String runId) throws Exception {
        List<String> rows = Db.rows(jdbc, "SELECT status FROM runs WHERE run_id='" + runId + "'");
        return rows.isEmpty() ? null : rows.get(0).substring(0, rows.get(0).length() - 1);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
