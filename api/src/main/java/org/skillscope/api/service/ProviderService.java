package org.skillscope.api.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Views for training providers: who is in the catalogue, proposed new credentials, and the catalogue review. */
public final class ProviderService {
    private final Database db;

    public ProviderService(Database db) {
        this.db = db;
    }

    public PageRequest.Page<Map<String, Object>> providers(String runId, PageRequest page) {
        long total = db.count("SELECT COUNT(DISTINCT awarding_body) FROM credentials WHERE run_id=? AND awarding_body IS NOT NULL", runId);
        return page.of(db.query("SELECT awarding_body AS provider, COUNT(*) AS credentials, AVG(relevance) AS mean_relevance, "
                + "AVG(green) AS mean_green, AVG(digital) AS mean_digital FROM credentials WHERE run_id=? AND awarding_body IS NOT NULL "
                + "GROUP BY awarding_body ORDER BY COUNT(*) DESC, awarding_body" + page.sql(), runId), total);
    }

    /**
     * Proposed new credentials (the run's gap bundles, overall and in the provider's country) and the
     * provider's weakest credentials by relevance, each with the reason it is weak.
     */
    public Map<String, Object> recommendations(String runId, String provider, int proposals, int weakest) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", provider);
        List<Map<String, Object>> bundles = db.query("SELECT scope_type, scope, rank_no, skills_json, labels_json, occupations_json, vacancies, "
                + "all_together, score, green, digital FROM gap_bundles WHERE run_id=? AND scope_type='all' ORDER BY rank_no FETCH FIRST "
                + proposals + " ROWS ONLY", runId);
        bundles.forEach(PolicyService::parseBundle);
        out.put("proposed", bundles);
        if (provider == null || provider.isBlank()) {
            out.put("weakest", List.of());
            return out;
        }
        if (provider.length() > 1000) throw ApiException.badRequest("provider is at most 1000 characters");
        String p = provider.strip().toLowerCase(Locale.ROOT);
        long n = db.count("SELECT COUNT(*) FROM credentials WHERE run_id=? AND LOWER(awarding_body)=?", runId, p);
        if (n == 0) throw ApiException.notFound("no credentials of provider '" + provider + "' in run " + runId);
        List<Map<String, Object>> weak = db.query("SELECT " + CredentialService.LIST_COLUMNS + " FROM credentials WHERE run_id=? "
                + "AND LOWER(awarding_body)=? ORDER BY relevance ASC, credential_id FETCH FIRST " + weakest + " ROWS ONLY", runId, p);
        for (Map<String, Object> c : weak) c.put("why", weakness(c));
        out.put("credentials", n);
        out.put("weakest", weak);
        return out;
    }

    static String weakness(Map<String, Object> c) {
        long skills = CredentialService.num(c.get("skills"));
        double pct = CredentialService.dbl(c.get("relevancePercentile"));
        String missing = (String) c.get("missingElements");
        StringBuilder sb = new StringBuilder();
        if (skills == 0) sb.append("no learning outcome maps to an ESCO skill; rewrite the outcomes as concrete skills");
        else sb.append(String.format(Locale.ROOT, "relevance in the bottom %.0f %% of the catalogue: its %d skills are rarely asked for in vacancies",
                Math.max(pct, 1), skills));
        if (missing != null && !missing.isBlank()) sb.append("; missing standard elements: ").append(missing);
        return sb.toString();
    }
}
