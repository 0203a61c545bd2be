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
import java.util.Locale;
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

    /**
     * A jobseeker: skills (ESCO ids or URIs), a text about them, the current and the target occupation
     * (URI, id or words). The current occupation's essential skills are offered, and credited only with
     * {@code confirmCurrentSkills}; {@code maxEcts} bounds the plan's known workload.
     */
    public record Request(List<String> skills, String skillsText, String currentOccupation, String targetOccupation, Integer maxCredentials,
                          Boolean confirmCurrentSkills, Double maxEcts) {}

    public Map<String, Object> plan(String runId, Request req) {
        List<String> given = req.skills() == null ? List.of() : req.skills();
        if (given.size() > MAX_SKILLS) throw ApiException.badRequest("at most " + MAX_SKILLS + " skills, got " + given.size());
        int max = req.maxCredentials() == null ? 5 : req.maxCredentials();
        if (max < 1 || max > 20) throw ApiException.badRequest("maxCredentials must be between 1 and 20, got " + max);
        Double maxEcts = req.maxEcts();
        if (maxEcts != null && !(maxEcts > 0 && maxEcts <= 1000)) throw ApiException.badRequest("maxEcts must be above 0 and at most 1000, got " + maxEcts);
        boolean noCurrent = req.currentOccupation() == null || req.currentOccupation().isBlank();
        boolean noText = req.skillsText() == null || req.skillsText().isBlank();
        boolean noTarget = req.targetOccupation() == null || req.targetOccupation().isBlank();
        if (given.isEmpty() && noCurrent && noText) {
            throw ApiException.badRequest("give the jobseeker's skills, skillsText or currentOccupation");
        }
        EscoGraph graph = esco.graph();
        Set<String> have = new TreeSet<>();
        for (String s : given) have.add(esco.skillUri(s));
        if (!noText) have.addAll(mapping.skillsOf(req.skillsText()));
        OccupationService.Resolution current = noCurrent ? null : occupations.resolve(req.currentOccupation(), "currentOccupation");
        OccupationService.Resolution target = noTarget ? null : occupations.resolve(req.targetOccupation(), "targetOccupation");
        // the current occupation's skills are a guess about this jobseeker: offered to confirm, credited only when confirmed
        List<String> offered = current == null ? List.of()
                : graph.essentialSkills(current.occupation().uri()).stream().filter(u -> !have.contains(u)).sorted().toList();
        boolean credit = Boolean.TRUE.equals(req.confirmCurrentSkills());
        if (credit) have.addAll(offered);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", runId);
        out.put("have", have.stream().map(s -> ref(s, graph.skillLabel(s))).toList());
        out.put("currentOccupation", current == null ? null : occupation(current));
        out.put("offeredSkills", offered.stream().map(s -> ref(s, graph.skillLabel(s))).toList());
        out.put("currentSkillsCredited", credit && !offered.isEmpty());
        if (target != null) {
            String uri = target.occupation().uri();
            out.put("targetOccupation", occupation(target));
            out.put("plan", describe(plan(runId, uri, have, max, maxEcts), max, maxEcts));
            out.put("suggestions", List.of());
            return out;
        }
        Map<String, Long> vacancies = occupations.vacancies(runId);
        Set<String> exclude = current == null ? Set.of() : Set.of(current.occupation().uri());
        List<NearbyOccupation> nearby = Upskilling.nearby(have, graph, vacancies, exclude, 5);
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (NearbyOccupation n : nearby) {
            Map<String, Object> s = ref(n.occupationUri(), n.label());
            s.put("coverage", n.coverage());
            s.put("similarity", n.similarity());
            s.put("essential", n.essential());
            s.put("missing", n.missing());
            s.put("vacancies", n.vacancies());
            s.put("score", n.score());
            s.put("why", nearbyWhy(n));
            s.put("plan", describe(plan(runId, n.occupationUri(), have, max, maxEcts), max, maxEcts));
            suggestions.add(s);
        }
        out.put("targetOccupation", null);
        out.put("plan", null);
        out.put("suggestions", suggestions);
        if (have.isEmpty()) out.put("note", "no confirmed skills: confirm the current occupation's skills (confirmCurrentSkills, or send them in skills) to see nearby occupations");
        return out;
    }

    private static String nearbyWhy(NearbyOccupation n) {
        String close = String.format(Locale.ROOT, "you have %d of its %d essential skills", n.essential() - n.missing(), n.essential());
        return n.vacancies() == 0 ? close + "; no vacancies for it in this run" : close + "; " + n.vacancies() + " vacancies in this run";
    }

    private static Map<String, Object> occupation(OccupationService.Resolution r) {
        Map<String, Object> m = OccupationService.ref(r.occupation());
        m.put("sure", r.sure());
        m.put("alternatives", r.alternatives().stream().map(OccupationService::ref).toList());
        return m;
    }

    private UpskillingPlan plan(String runId, String target, Set<String> have, int max, Double maxEcts) {
        List<String> missing = Upskilling.missingEssential(target, have, esco.graph());
        return Upskilling.plan(target, missing, candidates(runId, missing), max, maxEcts);
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

    private Map<String, Object> describe(UpskillingPlan p, int max, Double maxEcts) {
        EscoGraph graph = esco.graph();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("missing", p.missing().stream().map(s -> {
            Map<String, Object> r = ref(s, graph.skillLabel(s));
            r.put("credentialsTeaching", p.teaching().getOrDefault(s, 0));
            return r;
        }).toList());
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
        m.put("uncovered", p.uncovered().stream().map(s -> {
            Map<String, Object> r = ref(s, graph.skillLabel(s));
            int teaching = p.teaching().getOrDefault(s, 0);
            UpskillingPlan.LeftOut why = p.leftOut().get(s);
            r.put("credentialsTeaching", teaching);
            r.put("leftOut", why.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            r.put("why", switch (why) {
                case NOT_TAUGHT -> "no credential in the catalogue teaches it";
                case LIMIT -> teaching + (teaching == 1 ? " credential teaches" : " credentials teach") + " it; the plan stops at " + max
                        + " credentials (maxCredentials)";
                case WORKLOAD -> teaching + (teaching == 1 ? " credential teaches" : " credentials teach") + " it; each would take the plan over "
                        + maxEcts + " ECTS (maxEcts)";
            });
            return r;
        }).toList());
        m.put("coverage", p.coverage());
        m.put("totalEcts", p.totalEcts());
        // a total over the credentials whose workload is known says so
        m.put("ectsKnown", p.ectsKnown());
        int[] eqf = p.eqfRange();
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("min", eqf == null ? null : eqf[0]);
        level.put("max", eqf == null ? null : eqf[1]);
        level.put("known", p.eqfKnown());
        m.put("eqf", level);
        m.put("credentialCount", p.steps().size());
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
