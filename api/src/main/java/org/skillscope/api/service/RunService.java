package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** Published runs: which one a request reads, and their descriptions. Unpublished runs are invisible. */
public final class RunService {
    private static final String COLUMNS = "run_id, status, started_at, finished_at, esco_version, esco_fingerprint, scope_note";
    private final Database db;
    private final RunCache cache;

    /** A published run in the list of runs. */
    public record Summary(String runId, String status, String startedAt, String finishedAt, String escoVersion, String escoFingerprint,
                          String scopeNote, JsonNode counts) {}

    /**
     * One published run: its row, the stored inputs (paths relative to the data folder), counts, timings and
     * parameters, what every figure rests on (null for runs written before coverage was kept) and the
     * headline figures counted from the published tables.
     */
    public record Detail(String runId, String status, String startedAt, String finishedAt, String escoVersion, String escoFingerprint,
                         String scopeNote, JsonNode inputs, JsonNode counts, JsonNode timings, JsonNode params,
                         JsonNode datedVacancies, JsonNode undatedVacancies, JsonNode mix, JsonNode growthWindows, JsonNode regionsDropped,
                         JsonNode warnings, long credentials, long vacancies, long rejected, Tables tables) {}

    /** Rows of the run's main tables. */
    public record Tables(long credentials, long vacancies, long gaps, long skillsInDemand, long quarantined) {}

    public RunService(Database db, RunCache cache) {
        this.db = db;
        this.cache = cache;
    }

    /** The run id a request reads: {@code requested} if it is published, else the latest published run. */
    public String resolve(String requested) {
        if (requested != null && !requested.isBlank()) {
            if (requested.length() > 64) throw ApiException.badRequest("run id is at most 64 characters");
            // only "published" is remembered (the supplier throws otherwise): a running run may publish later
            cache.get(requested, "published", () -> {
                if (db.count("SELECT COUNT(*) FROM runs WHERE run_id=? AND status='published'", requested) == 0) {
                    throw ApiException.notFound("no published run with id '" + requested + "'");
                }
                return Boolean.TRUE;
            });
            return requested;
        }
        return cache.latest(this::latestFromDatabase);
    }

    private String latestFromDatabase() {
        List<Map<String, Object>> rows = db.query(
                "SELECT run_id FROM runs WHERE status='published' ORDER BY finished_at DESC, run_id DESC FETCH FIRST 1 ROWS ONLY");
        if (rows.isEmpty()) throw ApiException.noRun("the results database holds no published run yet: run `skillscope run` first");
        return (String) rows.get(0).get("runId");
    }

    public boolean anyPublished() {
        return db.count("SELECT COUNT(*) FROM runs WHERE status='published'") > 0;
    }

    public Listing<Summary> list() {
        return Listing.sql(db, Summary.class, List.of("runId", "status", "startedAt", "finishedAt", "escoVersion", "escoFingerprint", "scopeNote", "counts"),
                "SELECT COUNT(*) FROM runs WHERE status='published'", "SELECT " + COLUMNS + ", counts_json FROM runs WHERE status='published' "
                + "ORDER BY finished_at DESC, run_id DESC", List.of(), r -> {
                    r.put("counts", Json.parse(r.remove("countsJson")));
                    return r;
                });
    }

    /** One run with its counts, timings, inputs and parameters. */
    public Detail detail(String runId) {
        List<Map<String, Object>> rows = db.query("SELECT " + COLUMNS + ", inputs_json, counts_json, timings_json, params_json "
                + "FROM runs WHERE run_id=? AND status='published'", runId);
        if (rows.isEmpty()) throw ApiException.notFound("no published run with id '" + runId + "'");
        Map<String, Object> r = rows.get(0);
        JsonNode counts = Json.parse(r.get("countsJson"));
        long credentials = db.count("SELECT COUNT(*) FROM credentials WHERE run_id=?", runId);
        long vacancies = db.count("SELECT COUNT(*) FROM vacancies WHERE run_id=?", runId);
        long rejected = db.count("SELECT COUNT(*) FROM quarantine WHERE run_id=?", runId);
        Tables tables = new Tables(credentials, vacancies, db.count("SELECT COUNT(*) FROM gaps WHERE run_id=?", runId),
                db.count("SELECT COUNT(*) FROM skill_demand WHERE run_id=? AND scope_type='all'", runId), rejected);
        return new Detail((String) r.get("runId"), (String) r.get("status"), (String) r.get("startedAt"), (String) r.get("finishedAt"),
                (String) r.get("escoVersion"), (String) r.get("escoFingerprint"), (String) r.get("scopeNote"),
                InputPaths.relative(Json.parse(r.get("inputsJson"))), counts, Json.parse(r.get("timingsJson")), Json.parse(r.get("paramsJson")),
                // what every figure rests on, beside the headline counts (null for runs written before coverage was kept)
                field(counts, "datedVacancies"), field(counts, "undatedVacancies"), field(counts, "mix"), field(counts, "growthWindows"),
                field(counts, "regionsDropped"), field(counts, "warnings"), credentials, vacancies, rejected, tables);
    }

    private static JsonNode field(JsonNode counts, String key) {
        return counts == null ? null : counts.get(key);
    }
}
