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

    /** A skill in a search or in the list of the most in demand. */
    public record Item(String id, String uri, String label, boolean green, boolean digital, long vacancies, long inferredVacancies, double share,
                       Growths.Rate growth, boolean growthClear, long credentialsTeaching) {}

    /** A skill with its demand in scope all, in an occupation's lists. */
    public record Demanded(String id, String uri, String label, boolean green, boolean digital, long vacancies, double share, long credentialsTeaching) {}

    /** One skill with its demand by scope, trend, credentials (a page), how many vacancies state it and the occupations needing it. */
    public record Detail(String id, String uri, String label, boolean green, boolean digital, String description, List<String> altLabels,
                         String skillType, String reuseLevel, List<ScopeDemand> demand, List<Month> trend,
                         PageRequest.Page<Credential> credentials, long evidenceVacancies, List<Occupation> occupations) {}

    /** The skill's demand in one scope. */
    public record ScopeDemand(String scopeType, String scope, long vacancies, long scopeVacancies, double share, double shrunkShare,
                              Growths.Rate growth, double specificity, String skillGroup, long credentialsTeaching, boolean growthClear) {}

    /** Vacancies asking for the skill in a month ({@code ym}) of all {@code ymVacancies} that month. */
    public record Month(String ym, long vacancies, long ymVacancies) {}

    /** An occupation needing the skill, essential or optional. */
    public record Occupation(String id, String uri, String label, boolean essential) {}

    /** A credential teaching the skill, with the outcome that states it. */
    public record Credential(String credentialId, String title, String awardingBody, double relevance, double confidence, boolean declared,
                             String evidenceOutcome, double contribution) {}

    /** A vacancy asking for the skill, with the sentence that states it ({@code stated} false where there is none). */
    public record Evidence(String vacancyId, String title, String country, String region, String ym, String language, String source,
                           String occupationLabel, double score, String evidenceLabel, String sentence, boolean stated) {}

    /** The demand of a skill in scope all, as lists show it beside the skill. */
    record Demand(long vacancies, long inferredVacancies, long scopeVacancies, double share, double shrunkShare, Growths.Rate growth,
                  boolean growthClear, double specificity, long credentialsTeaching) {}

    static final List<String> SEARCH_COLUMNS = Growths.columns(List.of("id", "uri", "label", "green", "digital", "vacancies", "inferredVacancies", "share"),
            List.of("credentialsTeaching"));

    /**
     * With {@code q}: ESCO skills whose labels contain it (exact preferred label first, then prefix,
     * then contains, then alternative labels). Without: the skills most in demand in the run.
     */
    public Listing<Item> search(String runId, String q) {
        return search(runId, q, null);
    }

    /** {@code source} (without q): stated keeps skills some ad states, inferred those some ad implies by its occupation; null both. */
    public Listing<Item> search(String runId, String q, String source) {
        if (q == null || q.isBlank()) {
            String bySource = source == null ? "" : source.equals("stated") ? " AND vacancies > inferred_vacancies" : " AND inferred_vacancies > 0";
            return Listing.sql(db, Item.class, SEARCH_COLUMNS, "SELECT COUNT(*) FROM skill_demand WHERE run_id=? AND scope_type='all'" + bySource,
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
            Map<String, Demand> demand = demandAll(runId, chunk.stream().map(h -> h.skill().uri()).toList());
            List<Item> items = new ArrayList<>();
            for (Hit h : chunk) {
                String uri = h.skill().uri();
                Demand d = demand.get(uri);
                items.add(new Item(EscoContext.idOf(uri), uri, h.skill().preferredLabel(), esco.graph().isGreen(uri), esco.graph().isDigital(uri),
                        d == null ? 0 : d.vacancies(), d == null ? 0 : d.inferredVacancies(), d == null ? 0.0 : d.share(),
                        d == null ? null : d.growth(), d != null && d.growthClear(), d == null ? 0 : d.credentialsTeaching()));
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

    /** Skills of an occupation with their demand in scope all, the most in demand first. */
    List<Demanded> demanded(String runId, java.util.Collection<String> uris) {
        Map<String, Demand> demand = demandAll(runId, List.copyOf(uris));
        List<Demanded> out = new ArrayList<>();
        for (String uri : uris) {
            Demand d = demand.get(uri);
            out.add(new Demanded(EscoContext.idOf(uri), uri, label(uri), esco.graph().isGreen(uri), esco.graph().isDigital(uri),
                    d == null ? 0 : d.vacancies(), d == null ? 0.0 : d.share(), d == null ? 0 : d.credentialsTeaching()));
        }
        out.sort(Comparator.comparingLong(Demanded::vacancies).reversed().thenComparing(Demanded::label));
        return out;
    }

    private String label(String uri) {
        EscoSkill s = esco.esco().skills().get(uri);
        return s == null ? uri : s.preferredLabel();
    }

    /** skill_demand rows of scope all for these skills, keyed by URI. */
    Map<String, Demand> demandAll(String runId, List<String> uris) {
        if (uris.isEmpty()) return Map.of();
        List<Object> params = new ArrayList<>();
        params.add(runId);
        params.addAll(uris);
        String marks = String.join(",", Collections.nCopies(uris.size(), "?"));
        Map<String, Demand> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query("SELECT skill_uri, vacancies, inferred_vacancies, scope_vacancies, share, shrunk_share, " + Growths.COLUMNS
                + ", specificity, credentials_teaching FROM skill_demand WHERE run_id=? AND scope_type='all' AND skill_uri IN (" + marks + ")",
                params.toArray())) {
            String uri = (String) r.remove("skillUri");
            out.put(uri, Json.row(Growths.fold(r), Demand.class));
        }
        return out;
    }

    public Detail detail(String runId, String idOrUri, PageRequest credentialsPage) {
        String uri = esco.skillUri(idOrUri);
        EscoSkill s = esco.esco().skills().get(uri);
        List<ScopeDemand> demand = db.query("SELECT scope_type, scope, vacancies, scope_vacancies, share, shrunk_share, " + Growths.COLUMNS
                + ", specificity, skill_group, credentials_teaching FROM skill_demand WHERE run_id=? AND skill_uri=? "
                + "ORDER BY scope_type, vacancies DESC, scope", runId, uri).stream().map(r -> Json.row(Growths.fold(r), ScopeDemand.class)).toList();
        List<Month> trend = db.query("SELECT ym, vacancies, ym_vacancies FROM skill_demand_monthly WHERE run_id=? AND skill_uri=? "
                + "AND scope_type='all' ORDER BY ym", runId, uri).stream().map(r -> Json.row(r, Month.class)).toList();
        List<Occupation> occupations = new ArrayList<>();
        for (String occ : esco.graph().occupationsNeeding(uri)) {
            occupations.add(new Occupation(EscoContext.idOf(occ), occ, esco.graph().occupationLabel(occ), esco.graph().essentialSkills(occ).contains(uri)));
        }
        return new Detail(EscoContext.idOf(uri), uri, label(uri), esco.graph().isGreen(uri), esco.graph().isDigital(uri), s.description(),
                s.altLabels(), s.skillType(), s.reuseLevel(), demand, trend, credentials(runId, uri).page(credentialsPage),
                db.count("SELECT COUNT(*) FROM vacancy_skills WHERE run_id=? AND skill_uri=?", runId, uri), occupations);
    }

    /** The credentials teaching a skill, the most confident mapping first. */
    public Listing<Credential> credentials(String runId, String idOrUri) {
        String uri = esco.skillUri(idOrUri);
        return Listing.sql(db, Credential.class, List.of("credentialId", "title", "awardingBody", "relevance", "confidence", "declared", "evidenceOutcome", "contribution"),
                "SELECT COUNT(*) FROM credential_skills WHERE run_id=? AND skill_uri=?",
                "SELECT c.credential_id, c.title, c.awarding_body, c.relevance, cs.confidence, cs.declared, cs.evidence_outcome, cs.contribution "
                + "FROM credential_skills cs JOIN credentials c ON c.run_id=cs.run_id AND c.credential_id=cs.credential_id "
                + "WHERE cs.run_id=? AND cs.skill_uri=? ORDER BY cs.confidence DESC, c.relevance DESC, c.credential_id", List.of(runId, uri));
    }

    static final List<String> EVIDENCE_COLUMNS = List.of("vacancyId", "title", "country", "region", "ym", "language", "source", "occupationLabel",
            "score", "evidenceLabel", "sentence", "stated");

    /**
     * The vacancies asking for a skill, each with the sentence that states it (the demand figures count
     * these): the best-scored first. {@code stated} is false where a vacancy has the skill without a sentence.
     */
    public Listing<Evidence> evidence(String runId, String idOrUri) {
        String uri = esco.skillUri(idOrUri);
        return Listing.sql(db, Evidence.class, EVIDENCE_COLUMNS, "SELECT COUNT(*) FROM vacancy_skills WHERE run_id=? AND skill_uri=?",
                "SELECT v.vacancy_id, v.title, v.country, v.region, v.ym, v.language, v.source, v.occupation_label, vs.score, vs.evidence_label, "
                + "e.sentence FROM vacancy_skills vs JOIN vacancies v ON v.run_id=vs.run_id AND v.vacancy_id=vs.vacancy_id "
                + "LEFT JOIN evidence_sentences e ON e.run_id=vs.run_id AND e.sentence_id=vs.sentence_id "
                + "WHERE vs.run_id=? AND vs.skill_uri=? ORDER BY vs.score DESC, v.vacancy_id", List.of(runId, uri), r -> {
                    r.put("stated", r.get("sentence") != null);
                    return r;
                });
    }
}
