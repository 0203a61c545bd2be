package org.skillscope.api.service;

import java.util.List;
import java.util.Map;

/** Published runs: which one a request reads, and their descriptions. Unpublished runs are invisible. */
public final class RunService {
    private static final String COLUMNS = "run_id, status, started_at, finished_at, esco_version, esco_fingerprint, scope_note";
    private final Database db;
    private final RunCache cache;

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

    public Listing list() {
        return Listing.sql(db, List.of("runId", "status", "startedAt", "finishedAt", "escoVersion", "escoFingerprint", "scopeNote", "counts"),
                "SELECT COUNT(*) FROM runs WHERE status='published'", "SELECT " + COLUMNS + ", counts_json FROM runs WHERE status='published' "
                + "ORDER BY finished_at DESC, run_id DESC", List.of(), r -> {
                    r.put("counts", Json.parse(r.remove("countsJson")));
                    return r;
                });
    }

    /** One run with its counts, timings, inputs and parameters. */
    public Map<String, Object> detail(String runId) {
        List<Map<String, Object>> rows = db.query("SELECT " + COLUMNS + ", inputs_json, counts_json, timings_json, params_json "
                + "FROM runs WHERE run_id=? AND status='published'", runId);
        if (rows.isEmpty()) throw ApiException.notFound("no published run with id '" + runId + "'");
        Map<String, Object> r = rows.get(0);
        for (String k : List.of("inputs", "counts", "timings", "params")) r.put(k, Json.parse(r.remove(k + "Json")));
        r.put("inputs", InputPaths.relative((com.fasterxml.jackson.databind.JsonNode) r.get("inputs")));
        // what every figure rests on, beside the headline counts (null for runs written before coverage was kept)
        com.fasterxml.jackson.databind.JsonNode counts = (com.fasterxml.jackson.databind.JsonNode) r.get("counts");
        for (String k : List.of("datedVacancies", "undatedVacancies", "mix", "growthWindows", "regionsDropped", "warnings")) {
            r.put(k, counts == null ? null : counts.get(k));
        }
        // the headline figures of the job's summary line, counted from the published tables
        long credentials = db.count("SELECT COUNT(*) FROM credentials WHERE run_id=?", runId);
        long vacancies = db.count("SELECT COUNT(*) FROM vacancies WHERE run_id=?", runId);
        long rejected = db.count("SELECT COUNT(*) FROM quarantine WHERE run_id=?", runId);
        r.put("credentials", credentials);
        r.put("vacancies", vacancies);
        r.put("rejected", rejected);
        r.put("tables", Map.of(
                "credentials", credentials,
                "vacancies", vacancies,
                "gaps", db.count("SELECT COUNT(*) FROM gaps WHERE run_id=?", runId),
                "skillsInDemand", db.count("SELECT COUNT(*) FROM skill_demand WHERE run_id=? AND scope_type='all'", runId),
                "quarantined", rejected));
        return r;
    }
}
