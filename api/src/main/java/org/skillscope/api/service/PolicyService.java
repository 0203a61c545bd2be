package org.skillscope.api.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Views for policymakers: gaps by scope, gap bundles, supply vs demand per skill group, green/digital shares. */
public final class PolicyService {
    static final Set<String> SCOPE_TYPES = Set.of("all", "country", "region", "sector");
    private final Database db;

    /** A scope the run has demand in, with its vacancies and green/digital shares. */
    public record ScopeRow(String scopeType, String scope, long vacancies, double greenShare, double digitalShare) {}

    /** The scopes of GET /api/scopes. */
    public record Scopes(List<ScopeRow> scopes) {}

    /** A skill in high or growing demand that no credential teaches, ranked. */
    public record Gap(int rankNo, String skillUri, String label, long vacancies, long inferredVacancies, double share, double shrunkShare,
                      Growths.Rate growth, double specificity, double gapScore, boolean green, boolean digital, String reason,
                      boolean growthClear, String id) {}

    /** An occupation of a bundle with the bundle's vacancies in it. */
    public record BundleOccupation(String uri, String label, long vacancies) {}

    /** Gap skills ({@code skills}, their {@code labels}) that co-occur in vacancies; {@code allTogether} vacancies ask for all of them. */
    public record Bundle(int rankNo, long vacancies, long allTogether, double score, boolean green, boolean digital, List<String> skills,
                         List<String> labels, List<BundleOccupation> occupations) {}

    /** Supply (credentials) and demand (vacancies) of an ESCO skill group. */
    public record GroupRow(String skillGroup, long demandVacancies, double demandShare, long supplyCredentials, double supplyShare) {}

    /** The groups of GET /api/supply-demand. */
    public record SupplyDemand(List<GroupRow> groups) {}

    /** One side (demand: vacancies, supply: credentials) of the green and digital transition. */
    public record Side(long items, long greenItems, long digitalItems, double greenShare, double digitalShare) {}

    /** Green and digital shares of demand in the scope and of supply (supply exists for all and countries). */
    public record Transition(String scopeType, String scope, @JsonInclude(JsonInclude.Include.NON_NULL) Side demand,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Side supply) {}

    /** An input record the run rejected, with where and why. */
    public record Rejected(int seq, String file, Long line, String field, String reason) {}

    public PolicyService(Database db) {
        this.db = db;
    }

    /**
     * A scope named by type and value; the default is everything. A region is named with its country,
     * "GB / South East" (spaces around the slash optional), as /api/scopes lists it.
     */
    public record Scope(String type, String value) {
        public static Scope of(String type, String value) {
            String t = type == null || type.isBlank() ? "all" : type.strip();
            if (!SCOPE_TYPES.contains(t)) throw ApiException.badRequest("scopeType must be one of all, country, region, sector; got '" + type + "'");
            String v = t.equals("all") ? "*" : value == null ? "" : value.strip();
            if (v.isEmpty()) throw ApiException.badRequest("scope is required when scopeType is " + t);
            if (v.length() > 300) throw ApiException.badRequest("scope is at most 300 characters");
            if (t.equals("region")) {
                String[] parts = v.split("\\s*/\\s*", 2);
                if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty())
                    throw ApiException.badRequest("a region scope is 'country / region', e.g. 'GB / South East'; got '" + v + "'");
                v = parts[0].toUpperCase(java.util.Locale.ROOT) + " / " + parts[1];
            }
            return new Scope(t, v);
        }
    }

    /** An unknown scope is a 404 that says where the known ones are, not an empty answer. */
    void requireKnown(String runId, Scope s) {
        if (s.type().equals("all")) return;
        if (db.count("SELECT COUNT(*) FROM transition_summary WHERE run_id=? AND side='demand' AND scope_type=? AND scope=?",
                runId, s.type(), s.value()) == 0) {
            throw ApiException.notFound("no " + s.type() + " '" + s.value() + "' with vacancies in run " + runId
                    + ": GET /api/scopes lists the scopes");
        }
    }

    /** The scopes the run has data for, with their vacancy counts: what the page offers in its pickers. */
    public Scopes scopes(String runId) {
        return new Scopes(rows(ScopeRow.class, "SELECT scope_type, scope, items AS vacancies, green_share, digital_share FROM transition_summary "
                + "WHERE run_id=? AND side='demand' ORDER BY scope_type, items DESC, scope", runId));
    }

    static final List<String> GAP_COLUMNS = Growths.columns(List.of("rankNo", "id", "skillUri", "label", "vacancies", "inferredVacancies", "share", "shrunkShare"),
            List.of("specificity", "gapScore", "green", "digital", "reason"));
    static final List<String> BUNDLE_COLUMNS = List.of("rankNo", "skills", "labels", "occupations", "vacancies", "allTogether", "score",
            "green", "digital");

    public Listing<Gap> gaps(String runId, Scope s, Boolean green, Boolean digital) {
        return gaps(runId, s, green, digital, null);
    }

    /** {@code source}: stated keeps gaps some ad states, inferred those some ad implies by its occupation (ads in other languages); null both. */
    public Listing<Gap> gaps(String runId, Scope s, Boolean green, Boolean digital, String source) {
        requireKnown(runId, s);
        StringBuilder where = new StringBuilder(" WHERE run_id=? AND scope_type=? AND scope=?");
        if (green != null) where.append(" AND green=").append(green ? "TRUE" : "FALSE");
        if (digital != null) where.append(" AND digital=").append(digital ? "TRUE" : "FALSE");
        if (source != null) where.append(source.equals("stated") ? " AND vacancies > inferred_vacancies" : " AND inferred_vacancies > 0");
        return Listing.sql(db, Gap.class, GAP_COLUMNS, "SELECT COUNT(*) FROM gaps" + where, "SELECT rank_no, skill_uri, label, vacancies, inferred_vacancies, share, shrunk_share, "
                + Growths.COLUMNS + ", specificity, gap_score, green, digital, reason FROM gaps" + where + " ORDER BY rank_no",
                List.of(runId, s.type(), s.value()), r -> {
                    Growths.fold(r).put("id", EscoContext.idOf((String) r.get("skillUri")));
                    return r;
                });
    }

    public Listing<Bundle> bundles(String runId, Scope s) {
        requireKnown(runId, s);
        String where = " FROM gap_bundles WHERE run_id=? AND scope_type=? AND scope=?";
        return Listing.sql(db, Bundle.class, BUNDLE_COLUMNS, "SELECT COUNT(*)" + where, "SELECT rank_no, skills_json, labels_json, occupations_json, vacancies, "
                + "all_together, score, green, digital" + where + " ORDER BY rank_no", List.of(runId, s.type(), s.value()), r -> {
                    parseBundle(r);
                    return r;
                });
    }

    static void parseBundle(Map<String, Object> r) {
        r.put("skills", Json.parse(r.remove("skillsJson")));
        r.put("labels", Json.parse(r.remove("labelsJson")));
        r.put("occupations", Json.parse(r.remove("occupationsJson")));
    }

    public SupplyDemand supplyDemand(String runId, Scope s) {
        requireKnown(runId, s);
        return new SupplyDemand(rows(GroupRow.class, "SELECT skill_group, demand_vacancies, demand_share, supply_credentials, supply_share FROM skill_group_summary "
                + "WHERE run_id=? AND scope_type=? AND scope=? ORDER BY demand_vacancies DESC, supply_credentials DESC, skill_group",
                runId, s.type(), s.value()));
    }

    /** Green and digital shares of demand in the scope and of supply (supply exists for all and countries). */
    public Transition transition(String runId, Scope s) {
        requireKnown(runId, s);
        Map<String, Side> sides = new java.util.HashMap<>();
        for (Map<String, Object> r : db.query("SELECT side, items, green_items, digital_items, green_share, digital_share "
                + "FROM transition_summary WHERE run_id=? AND scope_type=? AND scope=?", runId, s.type(), s.value())) {
            sides.put((String) r.remove("side"), Json.row(r, Side.class));
        }
        return new Transition(s.type(), s.value(), sides.get("demand"), sides.get("supply"));
    }

    private <T> List<T> rows(Class<T> type, String sql, Object... params) {
        return db.query(sql, params).stream().map(r -> Json.row(r, type)).toList();
    }

    public Listing<Rejected> quarantine(String runId) {
        return Listing.sql(db, Rejected.class, List.of("seq", "file", "line", "field", "reason"), "SELECT COUNT(*) FROM quarantine WHERE run_id=?",
                "SELECT seq, file, line, field, reason FROM quarantine WHERE run_id=? ORDER BY seq", List.of(runId));
    }
}
