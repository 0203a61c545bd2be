package org.skillscope.core.results;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The results database: schema migrations (Flyway, scripts V1..V6 beside this class), and publishing one
 * run atomically (Jdbi). The job is the only writer; the API reads. A run is first registered as 'running'
 * (so an operator sees it), then all its rows and the switch to 'published' are written in one transaction:
 * a reader sees either the whole run or none of it, and a killed job leaves the previous published run
 * untouched. A killed job's run stays 'running' until a later job proves its process gone
 * ({@link #abandonDeadRuns}), which also deletes any rows the killed transaction left behind.
 * H2 (the default) and PostgreSQL alike.
 */
public final class ResultsStore {
    private static final String MIGRATIONS = "classpath:org/skillscope/core/results";
    /** The table the hand-made runner before Flyway kept its applied versions in. */
    private static final String OLD_VERSION_TABLE = "schema_version";
    /** Two readings of one process's start time differ by less than this; a reused pid's start by more. */
    private static final long SAME_START_MS = 1_000;
    private static final int BATCH = 2_000;

    private final String jdbcUrl;
    private final Jdbi jdbi;

    public ResultsStore(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.jdbi = Jdbi.create(this::connect);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Connection connect() {
        try {
            return DatabaseAccess.open(jdbcUrl);
        } catch (SQLException e) {
            throw new ResultsException("cannot open results database " + DatabaseAccess.redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    /** Creates or upgrades the schema; returns the schema version. */
    public int migrate() {
        return migrate(null);
    }

    /** Up to the given schema version only (null: the latest): tests build an older database to upgrade. */
    int migrate(Integer target) {
        // one connection held for the whole migration: an H2 file then stays open across Flyway's own connections
        // rather than being closed (and compacted) and opened again between them
        try (Handle held = jdbi.open()) {
            // a database the runner before Flyway migrated: Flyway takes it from the version it recorded (a database
            // that already has Flyway's history is never baselined, so the old table left by a killed upgrade just goes)
            OptionalInt old = oldRunnerVersion(held);
            Flyway flyway = flyway(target, old.isPresent() ? old.getAsInt() : null);
            flyway.migrate();
            if (old.isPresent()) held.execute("DROP TABLE " + OLD_VERSION_TABLE); // Flyway's history replaces it
            MigrationInfo current = flyway.info().current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException | JdbiException | SQLException e) {
            throw new ResultsException("cannot migrate results schema in " + DatabaseAccess.redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    private Flyway flyway(Integer target, Integer baseline) {
        DatabaseAccess.Login login = DatabaseAccess.login(jdbcUrl);
        var config = Flyway.configure(ResultsStore.class.getClassLoader())
                .dataSource(jdbcUrl, login.user(), login.password())
                .locations(MIGRATIONS)
                .failOnMissingLocations(true);
        if (target != null) config.target(String.valueOf(target));
        if (baseline != null) config.baselineVersion(String.valueOf(baseline)).baselineOnMigrate(true);
        return config.load();
    }

    /** The version the runner before Flyway recorded, if this database has its table. */
    private static OptionalInt oldRunnerVersion(Handle h) throws SQLException {
        Connection c = h.getConnection();
        String name = c.getMetaData().storesUpperCaseIdentifiers() ? OLD_VERSION_TABLE.toUpperCase(java.util.Locale.ROOT) : OLD_VERSION_TABLE;
        try (var rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
            if (!rs.next()) return OptionalInt.empty();
        }
        // empty: the runner was killed in version 1, whose statements all may run again
        Integer v = h.createQuery("SELECT MAX(version) FROM " + OLD_VERSION_TABLE).mapTo(Integer.class).one();
        return OptionalInt.of(v == null ? 0 : v);
    }

    /** Registers a run as 'running', owned by this process. */
    public void begin(String runId, String escoVersion, String escoFingerprint, String inputsJson, String paramsJson) {
        ProcessHandle self = ProcessHandle.current();
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO runs (run_id, status, started_at, esco_version, esco_fingerprint, inputs_json, "
                            + "params_json, owner, owner_start_ms) VALUES (:runId, 'running', :now, :escoVersion, :escoFingerprint, :inputsJson, "
                            + ":paramsJson, :owner, :ownerStartMs)")
                    .bind("runId", runId).bind("now", Instant.now()).bind("escoVersion", escoVersion)
                    .bind("escoFingerprint", escoFingerprint).bind("inputsJson", inputsJson).bind("paramsJson", paramsJson)
                    .bind("owner", self.pid() + "@" + hostName().orElse(""))
                    .bind("ownerStartMs", self.info().startInstant().map(Instant::toEpochMilli).orElse(null))
                    .execute());
        } catch (JdbiException e) {
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
        try {
            jdbi.useTransaction(h -> {
                for (TableRows t : tables) insert(h, runId, t);
                beforeCommit.run();
                int marked = h.createUpdate("UPDATE runs SET status='published', finished_at=:now, counts_json=:counts, timings_json=:timings, "
                                + "scope_note=:note WHERE run_id=:runId AND status='running'")
                        .bind("now", Instant.now()).bind("counts", countsJson).bind("timings", timingsJson).bind("note", scopeNote)
                        .bind("runId", runId).execute();
                if (marked != 1) throw new ResultsException("cannot publish run " + runId + ": it is not registered as running", null);
            });
        } catch (JdbiException e) {
            throw new ResultsException("cannot publish run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Marks a run failed (best effort: the job is already failing). */
    public void fail(String runId, String reason) {
        try {
            jdbi.useHandle(h -> h.createUpdate("UPDATE runs SET status='failed', finished_at=:now, scope_note=:reason "
                            + "WHERE run_id=:runId AND status='running'")
                    .bind("now", Instant.now()).bind("reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                    .bind("runId", runId).execute());
        } catch (JdbiException | ResultsException e) {
            // nothing more to do: the run stays 'running' (readers ignore it) until a later job abandons it
        }
    }

    /** A 'running' run's owner, as {@link #begin} recorded it. */
    private record Owner(String runId, String owner, Long ownerStartMs) {}

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
        try (Handle h = jdbi.open()) {
            List<Owner> running = h.createQuery("SELECT run_id, owner, owner_start_ms FROM runs WHERE status='running' ORDER BY run_id")
                    .map((rs, ctx) -> new Owner(rs.getString(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3))).list();
            for (Owner o : running) {
                Optional<String> why = goneReason(o.owner(), Optional.ofNullable(o.ownerStartMs()), host.get());
                if (why.isEmpty()) continue;
                boolean marked = h.inTransaction(t -> {
                    int n = t.createUpdate("UPDATE runs SET status='abandoned', finished_at=:now, scope_note=:why WHERE run_id=:runId AND status='running'")
                            .bind("now", Instant.now()).bind("why", why.get()).bind("runId", o.runId()).execute();
                    if (n != 1) return false; // another job got there first
                    // H2's recovery after a kill can keep a few rows of the killed, uncommitted publish (seen once in
                    // CI: 1 row of vacancy_skills). Readers never see them (the run is not published); they are deleted
                    // with the mark, in one transaction, so a cleaner killed in turn leaves the run 'running' to redo.
                    for (ResultTable table : ResultTable.values()) {
                        if (table != ResultTable.RUNS) {
                            t.createUpdate("DELETE FROM " + table.table() + " WHERE run_id=:runId").bind("runId", o.runId()).execute();
                        }
                    }
                    return true;
                });
                if (marked) abandoned.add(o.runId());
            }
        } catch (JdbiException e) {
            throw new ResultsException("cannot check running runs in " + DatabaseAccess.redact(jdbcUrl) + ": " + e.getMessage(), e);
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
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT run_id FROM runs WHERE status='published' ORDER BY finished_at DESC, run_id DESC")
                    .setMaxRows(1).mapTo(String.class).findFirst());
        } catch (JdbiException e) {
            throw new ResultsException("cannot read runs from " + DatabaseAccess.redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
    }

    private static void insert(Handle h, String runId, TableRows t) {
        String sql = "INSERT INTO " + t.table() + " (" + ResultTable.RUN_ID + ", " + String.join(", ", t.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(t.columns().size() + 1, "?")) + ")";
        PreparedBatch batch = h.prepareBatch(sql);
        // one pass in order: the job's rows may be streamed from Spark, not held in a list
        for (Object[] row : t.rows()) {
            batch.bind(0, runId);
            for (int i = 0; i < row.length; i++) {
                Object value = row[i];
                // as the driver takes the value: a row holds the job's plain Java values, nulls included
                batch.bind(i + 1, (Argument) (position, statement, ctx) -> statement.setObject(position, value));
            }
            batch.add();
            if (batch.size() == BATCH) {
                batch.execute();
                batch = h.prepareBatch(sql);
            }
        }
        if (batch.size() > 0) batch.execute();
    }
}
