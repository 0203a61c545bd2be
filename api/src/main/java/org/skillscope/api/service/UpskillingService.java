package org.skillscope.api.service;

import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.recommend.CandidateCredential;
import org.skillscope.core.recommend.NearbyOccupation;
import org.skillscope.core.recommend.PlanStep;
import org.skillscope.core.recommend.Upskilling;
import org.skillscope.core.recommend.UpskillingPlan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Upskilling for employment services: what a jobseeker lacks for a target occupation and the fewest
 * credentials of the run's catalogue that teach it; with no target, the nearby occupations in demand.
 */
public final class UpskillingService {
    public static final int MAX_SKILLS = 500;
    private final Database db;
    private final EscoContext esco;
    private final MappingService mapping;
    private final OccupationService occupations;

    public UpskillingService(Database db, EscoContext esco, MappingService mapping, OccupationService occupations) {
        this.db = db;
        this.esco = esco;
        this.mapping = mapping;
        this.occupations = occupations;
    }

    public record Request(List<String> skills, String skillsText, String currentOccupation, String targetOccupation, Integer maxCredentials) {}

    public Map<String, Object> plan(String runId, Request req) {
        List<String> given = req.skills() == null ? List.of() : req.skills();
        if (given.size() > MAX_SKILLS) throw ApiException.badRequest("at most " + MAX_SKILLS + " skills, got " + given.size());
        int max = req.maxCredentials() == null ? 5 : req.maxCredentials();
        if (max < 1 || max > 20) throw ApiException.badRequest("maxCredentials must be between 1 and 20, got " + max);
        boolean noCurrent = req.currentOccupation() == null || req.currentOccupation().isBlank();
        boolean noText = req.skillsText() == null || req.skillsText().isBlank();
        if (given.isEmpty() && noCurrent && noText) {
            throw ApiException.badRequest("give the jobseeker's skills, skillsText or currentOccupation");
        }
        EscoGraph graph = esco.graph();
        Set<String> have = new TreeSet<>();
        for (String s : given) have.add(esco.skillUri(s));
        if (!noText) have.addAll(mapping.skillsOf(req.skillsText()));
        String current = noCurrent ? null : esco.occupationUri(req.currentOccupation());
        if (current != null) have.addAll(graph.essentialSkills(current));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", runId);
        out.put("have", have.stream().map(s -> ref(s, graph.skillLabel(s))).toList());
        out.put("currentOccupation", current == null ? null : ref(current, graph.occupationLabel(current)));
        if (req.targetOccupation() != null && !req.targetOccupation().isBlank()) {
            String target = esco.occupationUri(req.targetOccupation());
            out.put("targetOccupation", ref(target, graph.occupationLabel(target)));
            out.put("plan", describe(runId, plan(runId, target, have, max)));
            out.put("suggestions", List.of());
            return out;
        }
        Map<String, Long> vacancies = occupations.vacancies(runId);
        List<NearbyOccupation> nearby = Upskilling.nearby(have, graph, vacancies, current == null ? Set.of() : Set.of(current), 5);
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (NearbyOccupation n : nearby) {
            Map<String, Object> s = ref(n.occupationUri(), n.label());
            s.put("coverage", n.coverage());
            s.put("essential", n.essential());
            s.put("missing", n.missing());
            s.put("vacancies", n.vacancies());
            s.put("score", n.score());
            s.put("plan", describe(runId, plan(runId, n.occupationUri(), have, max)));
            suggestions.add(s);
        }
        out.put("targetOccupation", null);
        out.put("plan", null);
        out.put("suggestions", suggestions);
        return out;
    }

    private UpskillingPlan plan(String runId, String target, Set<String> have, int max) {
        List<String> missing = Upskilling.missingEssential(target, have, esco.graph());
        return Upskilling.plan(target, missing, candidates(runId, missing), max);
    }

    /** Credentials of the run that teach at least one of the missing skills. */
    private List<CandidateCredential> candidates(String runId, List<String> missing) {
        if (missing.isEmpty()) return List.of();
        List<Object> params = new ArrayList<>(List.of(runId));
        params.addAll(missing);
        String marks = String.join(",", Collections.nCopies(missing.size(), "?"));
        Map<String, Set<String>> skills = new TreeMap<>();
        Map<String, Map<String, Object>> info = new TreeMap<>();
        for (Map<String, Object> r : db.query("SELECT cs.credential_id, cs.skill_uri, c.title, c.relevance, c.workload_ects, c.eqf_level "
                + "FROM credential_skills cs JOIN credentials c ON c.run_id=cs.run_id AND c.credential_id=cs.credential_id "
                + "WHERE cs.run_id=? AND cs.skill_uri IN (" + marks + ")", params.toArray())) {
            String id = (String) r.get("credentialId");
            skills.computeIfAbsent(id, k -> new TreeSet<>()).add((String) r.get("skillUri"));
            info.put(id, r);
        }
        List<CandidateCredential> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : skills.entrySet()) {
            Map<String, Object> r = info.get(e.getKey());
            Object ects = r.get("workloadEcts");
            Object eqf = r.get("eqfLevel");
            out.add(new CandidateCredential(e.getKey(), (String) r.get("title"), e.getValue(), ((Number) r.get("relevance")).doubleValue(),
                    ects == null ? null : ((Number) ects).doubleValue(), eqf == null ? null : ((Number) eqf).intValue()));
        }
        return out;
    }

    private Map<String, Object> describe(String runId, UpskillingPlan p) {
        EscoGraph graph = esco.graph();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("missing", p.missing().stream().map(s -> ref(s, graph.skillLabel(s))).toList());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (PlanStep s : p.steps()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("credentialId", s.credential().id());
            c.put("title", s.credential().title());
            c.put("relevance", s.credential().relevance());
            c.put("workloadEcts", s.credential().ects());
            c.put("eqfLevel", s.credential().eqfLevel());
            c.put("covers", s.covers().stream().map(u -> ref(u, graph.skillLabel(u))).toList());
            steps.add(c);
        }
        m.put("credentials", steps);
        m.put("uncovered", p.uncovered().stream().map(s -> ref(s, graph.skillLabel(s))).toList());
        m.put("coverage", p.coverage());
        m.put("totalEcts", p.totalEcts());
        return m;
    }

    private static Map<String, Object> ref(String uri, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", EscoContext.idOf(uri));
        m.put("uri", uri);
        m.put("label", label);
        return m;
    }
}
