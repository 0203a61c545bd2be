package org.skillscope.api.service;

import org.skillscope.datasets.esco.EscoSkill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** ESCO skills: search, and one skill with its demand, trend and the credentials that teach it. */
public final class SkillService {
    private final Database db;
    private final EscoContext esco;

    public SkillService(Database db, EscoContext esco) {
        this.db = db;
        this.esco = esco;
    }

    static final List<String> SEARCH_COLUMNS = Growths.columns(List.of("id", "uri", "label", "green", "digital", "vacancies", "inferredVacancies", "share"),
            List.of("credentialsTeaching"));

    /**
     * With {@code q}: ESCO skills whose labels contain it (exact preferred label first, then prefix,
     * then contains, then alternative labels). Without: the skills most in demand in the run.
     */
    public Listing search(String runId, String q) {
        return search(runId, q, null);
    }

    /** {@code source} (without q): stated keeps skills some ad states, inferred those some ad implies by its occupation; null both. */
    public Listing search(String runId, String q, String source) {
        if (q == null || q.isBlank()) {
            String bySource = source == null ? "" : source.equals("stated") ? " AND vacancies > inferred_vacancies" : " AND inferred_vacancies > 0";
            return Listing.sql(db, SEARCH_COLUMNS, "SELECT COUNT(*) FROM skill_demand WHERE run_id=? AND scope_type='all'" + bySource,
                    "SELECT skill_uri AS uri, label, green, digital, vacancies, inferred_vacancies, share, " + Growths.COLUMNS + ", credentials_teaching "
                    + "FROM skill_demand WHERE run_id=? AND scope_type='all'" + bySource + " ORDER BY vacancies DESC, skill_uri", List.of(runId), r -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", EscoContext.idOf((String) r.get("uri")));
                        m.putAll(Growths.fold(r));
                        return m;
                    });
        }
        if (q.length() > 200) throw ApiException.badRequest("q is at most 200 characters");
        String needle = q.strip().toLowerCase(Locale.ROOT);
        record Hit(EscoSkill skill, int rank) {}
        List<Hit> hits = new ArrayList<>();
        for (EscoSkill s : esco.esco().skills().values()) {
            int rank = rank(s, needle);
            if (rank >= 0) hits.add(new Hit(s, rank));
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.skill().preferredLabel().length())
                .thenComparing(h -> h.skill().uri()));
        return Listing.memory(SEARCH_COLUMNS, hits, chunk -> {
            Map<String, Map<String, Object>> demand = demandAll(runId, chunk.stream().map(h -> h.skill().uri()).toList());
            List<Map<String, Object>> items = new ArrayList<>();
            for (Hit h : chunk) {
                Map<String, Object> m = summary(h.skill().uri());
                Map<String, Object> d = demand.get(h.skill().uri());
                m.put("vacancies", d == null ? 0L : d.get("vacancies"));
                m.put("inferredVacancies", d == null ? 0L : d.get("inferredVacancies"));
                m.put("share", d == null ? 0.0 : d.get("share"));
                m.put("growth", d == null ? null : d.get("growth"));
                m.put("growthClear", d != null && Boolean.TRUE.equals(d.get("growthClear")));
                m.put("credentialsTeaching", d == null ? 0 : d.get("credentialsTeaching"));
                items.add(m);
            }
            return items;
        });
    }

    private static int rank(EscoSkill s, String needle) {
        String pref = s.preferredLabel().toLowerCase(Locale.ROOT);
        if (pref.equals(needle)) return 0;
        if (pref.startsWith(needle)) return 1;
        if (pref.contains(needle)) return 2;
        for (String alt : s.altLabels()) if (alt.toLowerCase(Locale.ROOT).contains(needle)) return 3;
        return -1;
    }

    Map<String, Object> summary(String uri) {
        EscoSkill s = esco.esco().skills().get(uri);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", EscoContext.idOf(uri));
        m.put("uri", uri);
        m.put("label", s == null ? uri : s.preferredLabel());
        m.put("green", esco.graph().isGreen(uri));
        m.put("digital", esco.graph().isDigital(uri));
        return m;
    }

    /** skill_demand rows of scope all for these skills, keyed by URI. */
    Map<String, Map<String, Object>> demandAll(String runId, List<String> uris) {
        if (uris.isEmpty()) return Map.of();
        List<Object> params = new ArrayList<>();
        params.add(runId);
        params.addAll(uris);
        String marks = String.join(",", Collections.nCopies(uris.size(), "?"));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query("SELECT skill_uri, vacancies, inferred_vacancies, scope_vacancies, share, shrunk_share, " + Growths.COLUMNS
                + ", specificity, credentials_teaching FROM skill_demand WHERE run_id=? AND scope_type='all' AND skill_uri IN (" + marks + ")",
                params.toArray())) {
            out.put((String) r.remove("skillUri"), Growths.fold(r));
        }
        return out;
    }

    public Map<String, Object> detail(String runId, String idOrUri, PageRequest credentialsPage) {
        String uri = esco.skillUri(idOrUri);
        EscoSkill s = esco.esco().skills().get(uri);
        Map<String, Object> m = summary(uri);
        m.put("description", s.description());
        m.put("altLabels", s.altLabels());
        m.put("skillType", s.skillType());
        m.put("reuseLevel", s.reuseLevel());
        List<Map<String, Object>> demand = db.query("SELECT scope_type, scope, vacancies, scope_vacancies, share, shrunk_share, " + Growths.COLUMNS
                + ", specificity, skill_group, credentials_teaching FROM skill_demand WHERE run_id=? AND skill_uri=? "
                + "ORDER BY scope_type, vacancies DESC, scope", runId, uri);
        demand.forEach(Growths::fold);
        m.put("demand", demand);
        m.put("trend", db.query("SELECT ym, vacancies, ym_vacancies FROM skill_demand_monthly WHERE run_id=? AND skill_uri=? "
                + "AND scope_type='all' ORDER BY ym", runId, uri));
        m.put("credentials", credentials(runId, uri).page(credentialsPage));
        m.put("evidenceVacancies", db.count("SELECT COUNT(*) FROM vacancy_skills WHERE run_id=? AND skill_uri=?", runId, uri));
        List<Map<String, Object>> occupations = new ArrayList<>();
        for (String occ : esco.graph().occupationsNeeding(uri)) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", EscoContext.idOf(occ));
            o.put("uri", occ);
            o.put("label", esco.graph().occupationLabel(occ));
            o.put("essential", esco.graph().essentialSkills(occ).contains(uri));
            occupations.add(o);
        }
        m.put("occupations", occupations);
        return m;
    }

    /** The credentials teaching a skill, the most confident mapping first. */
    public Listing credentials(String runId, String idOrUri) {
        String uri = esco.skillUri(idOrUri);
        return Listing.sql(db, List.of("credentialId", "title", "awardingBody", "relevance", "confidence", "declared", "evidenceOutcome", "contribution"),
                "SELECT COUNT(*) FROM credential_skills WHERE run_id=? AND skill_uri=?",
                "SELECT c.credential_id, c.title, c.awarding_body, c.relevance, cs.confidence, cs.declared, cs.evidence_outcome, cs.contribution "
                + "FROM credential_skills cs JOIN credentials c ON c.run_id=cs.run_id AND c.credential_id=cs.credential_id "
                + "WHERE cs.run_id=? AND cs.skill_uri=? ORDER BY cs.confidence DESC, c.relevance DESC, c.credential_id", List.of(runId, uri), r -> r);
    }

    static final List<String> EVIDENCE_COLUMNS = List.of("vacancyId", "title", "country", "region", "ym", "language", "source", "occupationLabel",
            "score", "evidenceLabel", "sentence", "stated");

    /**
     * The vacancies asking for a skill, each with the sentence that states it (the demand figures count
     * these): the best-scored first. {@code stated} is false where a vacancy has the skill without a sentence.
     */
    public Listing evidence(String runId, String idOrUri) {
        String uri = esco.skillUri(idOrUri);
        return Listing.sql(db, EVIDENCE_COLUMNS, "SELECT COUNT(*) FROM vacancy_skills WHERE run_id=? AND skill_uri=?",
                "SELECT v.vacancy_id, v.title, v.country, v.region, v.ym, v.language, v.source, v.occupation_label, vs.score, vs.evidence_label, "
                + "e.sentence FROM vacancy_skills vs JOIN vacancies v ON v.run_id=vs.run_id AND v.vacancy_id=vs.vacancy_id "
                + "LEFT JOIN evidence_sentences e ON e.run_id=vs.run_id AND e.sentence_id=vs.sentence_id "
                + "WHERE vs.run_id=? AND vs.skill_uri=? ORDER BY vs.score DESC, v.vacancy_id", List.of(runId, uri), r -> {
                    r.put("stated", r.get("sentence") != null);
                    return r;
                });
    }
}
