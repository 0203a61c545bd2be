package org.skillscope.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a run did, in numbers; {@link #toMap()} is the JSON object the `run` command prints last. */
public record RunSummary(String runId, String status, long credentials, long vacancies, long rejected,
                         long skillsMapped, double seconds, Map<String, Object> counts, Map<String, Double> timings,
                         String outDir) {
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", runId);
        m.put("status", status);
        m.put("credentials", credentials);
        m.put("vacancies", vacancies);
        m.put("rejected", rejected);
        m.put("skillsMapped", skillsMapped);
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        m.putAll(counts);
        m.put("timings", timings);
        m.put("out", outDir);
        return m;
    }
}
