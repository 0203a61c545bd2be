package org.skillscope.core.results;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results database: schema migrations, and publishing one run atomically. The job is the only
 * writer; the API reads. A run is first registered as 'running' (so an operator sees it), then all its
 * rows and the switch to 'published' are written in one transaction: a reader sees either the
 * whole run or none of it, and a killed job leaves the previous published run untouched. A killed
 * job's run stays 'running' until a later job proves its process gone ({@link #abandonDeadRuns}), which
 * also deletes any rows the killed transaction left behind.
 */
public final class ResultsStore {
    /** Numbered migrations, applied in order, each once. */
    private static final List<String> MIGRATIONS = List.of("V1__results.sql", "V2__run_owner.sql", "V3__evidence_sentences.sql",
            "V4__growth_evidence.sql", "V5__inferred_skills.sql");
    /** Two readings of one process's start time differ by less than this; a reused pid's start by more. */
    private static final long SAME_START_MS = 1_000;
    private static final int BATCH = 2_000;

    private final String jdbcUrl;

    public ResultsStore(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Connection connect() {
        try {
            return DatabaseAccess.open(jdbcUrl);
        } catch (SQLException e) {
            throw new ResultsException("cannot open results database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** Creates or upgrades the schema; returns the schema version. */
    public int migrate() {
        return migrate(MIGRATIONS.size());
    }

    /** Up to the given schema version only: tests build an older database to upgrade. */
    int migrate(int target) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            int current = 0;
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
                try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                    rs.next();
                    current = rs.getInt(1);
                }
            }
            for (int v = current + 1; v <= target; v++) {
                for (String sql : statements(MIGRATIONS.get(v - 1))) {
                    try (Statement st = c.createStatement()) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    ps.setInt(1, v);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
            }
            c.commit();
            return Math.max(current, target);
        } catch (SQLException e) {
            throw new ResultsException("cannot migrate results schema in " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** A migration's statements in order (package-private: tests replay part of one, as a killed job leaves it). */
    static List<String> statements(String resource) {
        try (InputStream in = ResultsStore.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing migration " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }

    /** Registers a run as 'running', owned by this process. */
    public void begin(String runId, String escoVersion, String escoFingerprint, String inputsJson, String paramsJson) {
        ProcessHandle self = ProcessHandle.current();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO runs (run_id, status, started_at, esco_version, esco_fingerprint, inputs_json, params_json, owner, owner_start_ms)"
                        + " VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, runId);
            ps.setString(2, "running");
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, escoVersion);
            ps.setString(5, escoFingerprint);
            ps.setString(6, inputsJson);
            ps.setString(7, paramsJson);
            ps.setString(8, self.pid() + "@" + hostName().orElse(""));
            ps.setObject(9, self.info().startInstant().map(Instant::toEpochMilli).orElse(null), java.sql.Types.BIGINT);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ResultsException("cannot register run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Writes every table of the run and marks it published, in one transaction. */
    public void publish(String runId, List<TableRows> tables, String countsJson, String timingsJson, String scopeNote) {
        publish(runId, tables, countsJson, timingsJson, scopeNote, () -> {});
    }

    /**
     * As {@link #publish(String, List, String, String, String)}, with {@code beforeCommit} run once the rows
     * are written and before the run is marked published: work that must succeed for the run to appear
     * (e.g. its export files, written meanwhile). If it throws, nothing is committed.
     */
    public void publish(String runId, List<TableRows> tables, String countsJson, String timingsJson, String scopeNote, Runnable beforeCommit) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                for (TableRows t : tables) insert(c, runId, t);
                beforeCommit.run();
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE runs SET status='published', finished_at=?, counts_json=?, timings_json=?, scope_note=? WHERE run_id=? AND status='running'")) {
                    ps.setTimestamp(1, Timestamp.from(Instant.now()));
                    ps.setString(2, countsJson);
                    ps.setString(3, timingsJson);
                    ps.setString(4, scopeNote);
                    ps.setString(5, runId);
                    if (ps.executeUpdate() != 1) throw new SQLException("run " + runId + " is not registered as running");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ResultsException("cannot publish run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Marks a run failed (best effort: the job is already failing). */
    public void fail(String runId, String reason) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET status='failed', finished_at=?, scope_note=? WHERE run_id=? AND status='running'")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            ps.setString(3, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            // nothing more to do: the run stays 'running' (readers ignore it) until a later job abandons it
        }
    }

    /**
     * Marks as 'abandoned' every 'running' run whose process is provably gone, and returns their ids:
     * the run was begun on this host (same host name) and its process id is no longer alive, or now
     * belongs to a process that started at another time (a reused pid). Runs begun elsewhere, or whose
     * process cannot be told, stay 'running' (readers only ever see published runs). An abandoned run's
     * rows, if its killed job left any, are deleted.
     */
    public List<String> abandonDeadRuns() {
        Optional<String> host = hostName();
        if (host.isEmpty()) return List.of();
        List<String> abandoned = new ArrayList<>();
        try (Connection c = connect()) {
            Map<String, String> gone = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT run_id, owner, owner_start_ms FROM runs WHERE status='running' ORDER BY run_id")) {
                while (rs.next()) {
                    long startMs = rs.getLong(3);
                    Optional<Long> start = rs.wasNull() ? Optional.empty() : Optional.of(startMs);
                    String runId = rs.getString(1);
                    goneReason(rs.getString(2), start, host.get()).ifPresent(why -> gone.put(runId, why));
                }
            }
            if (gone.isEmpty()) return abandoned;
            List<String> resultTables = resultTables(c);
            c.setAutoCommit(false);
            for (Map.Entry<String, String> e : gone.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE runs SET status='abandoned', finished_at=?, scope_note=? WHERE run_id=? AND status='running'")) {
                    ps.setTimestamp(1, Timestamp.from(Instant.now()));
                    ps.setString(2, e.getValue());
                    ps.setString(3, e.getKey());
                    if (ps.executeUpdate() != 1) { // another job got there first
                        c.rollback();
                        continue;
                    }
                }
                // H2's recovery after a kill can keep a few rows of the killed, uncommitted publish (seen once in
                // CI: 1 row of vacancy_skills). Readers never see them (the run is not published); they are deleted
                // with the mark, in one transaction, so a cleaner killed in turn leaves the run 'running' to redo.
                for (String table : resultTables) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run_id=?")) {
                        ps.setString(1, e.getKey());
                        ps.executeUpdate();
                    }
                }
                c.commit();
                abandoned.add(e.getKey());
            }
        } catch (SQLException e) {
            throw new ResultsException("cannot check running runs in " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return abandoned;
    }

    /** Why the process {@code owner} ("pid@host") is gone, or empty when it may still be running its run. */
    private static Optional<String> goneReason(String owner, Optional<Long> ownerStartMs, String thisHost) {
        int at = owner == null ? -1 : owner.indexOf('@');
        if (at <= 0 || !owner.substring(at + 1).equals(thisHost)) return Optional.empty();
        long pid;
        try {
            pid = Long.parseLong(owner.substring(0, at));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (p.isEmpty()) return Optional.of("abandoned: its job (process " + owner + ") ended without publishing or failing it");
        Optional<Instant> start = p.get().info().startInstant();
        if (ownerStartMs.isPresent() && start.isPresent() && Math.abs(start.get().toEpochMilli() - ownerStartMs.get()) > SAME_START_MS) {
            return Optional.of("abandoned: its job (process " + owner + ") ended without publishing or failing it; the pid is now another process's");
        }
        return Optional.empty();
    }

    /** Every table holding rows of runs (a run_id column), but the runs table itself. */
    private static List<String> resultTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "RUN_ID")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("runs")) tables.add(table);
            }
        }
        if (tables.isEmpty()) throw new SQLException("no result tables (with a RUN_ID column) in schema " + c.getSchema());
        tables.sort(null);
        return tables;
    }

    /**
     * This machine's name, as recorded in a run's owner. The kernel's name where there is one: resolving it
     * (InetAddress.getLocalHost) needs a name service, and a lookup that fails now and then would leave a
     * killed run 'running' for good.
     */
    static Optional<String> hostName() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                String name = Files.readString(kernel, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) return Optional.of(name);
            }
        } catch (IOException e) {
            // fall back to the name service below
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName()).filter(h -> !h.isBlank());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The newest published run id, if any. */
    public Optional<String> latestPublished() {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT run_id FROM runs WHERE status='published' ORDER BY finished_at DESC, run_id DESC LIMIT 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new ResultsException("cannot read runs from " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, String runId, TableRows t) throws SQLException {
        if (t.rows().isEmpty()) return;
        String cols = "run_id, " + String.join(", ", t.columns());
        String marks = String.join(", ", Collections.nCopies(t.columns().size() + 1, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.table() + " (" + cols + ") VALUES (" + marks + ")")) {
            int n = 0;
            for (Object[] row : t.rows()) {
                ps.setString(1, runId);
                for (int i = 0; i < row.length; i++) ps.setObject(i + 2, row[i]);
                ps.addBatch();
                if (++n % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }
}
