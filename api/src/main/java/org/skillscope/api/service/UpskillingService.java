package org.skillscope.api.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.recommend.CandidateCredential;
import org.skillscope.core.recommend.NearbyOccupation;
import org.skillscope.core.recommend.PlanStep;
import org.skillscope.core.recommend.Upskilling;
import org.skillscope.core.recommend.UpskillingPlan;

import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * The answer: the skills credited ({@code have}), the occupations chosen, the current occupation's skills offered to
     * confirm, and a plan for the target or, without one, nearby occupations in demand ({@code suggestions}) each with its plan.
     */
    public record Answer(String runId, List<SkillRef> have, Chosen currentOccupation, List<SkillRef> offeredSkills, boolean currentSkillsCredited,
                         Chosen targetOccupation, Plan plan, List<Suggestion> suggestions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String note) {}

    /** An ESCO skill named. */
    public record SkillRef(String id, String uri, String label) {}

    /** The occupation a text resolved to, whether that is sure, and the alternatives to check. */
    public record Chosen(String id, String uri, String label, double score, String matchedLabel, boolean sure, List<OccupationService.Ref> alternatives) {}

    /** A nearby occupation in demand: the share of its essential skills the jobseeker has, and a plan for the rest. */
    public record Suggestion(String id, String uri, String label, double coverage, double similarity, int essential, int missing, long vacancies,
                             double score, String why, Plan plan) {}

    /** The fewest credentials covering the missing essential skills, and the skills they leave open with why; {@code ectsKnown}: for how many credentials the workload is known. */
    public record Plan(List<Open> missing, List<Step> credentials, List<Uncovered> uncovered, double coverage, double totalEcts, int ectsKnown,
                       EqfRange eqf, int credentialCount) {}

    /** A missing skill and how many credentials of the catalogue teach it. */
    public record Open(String id, String uri, String label, int credentialsTeaching) {}

    /** A credential of the plan and the missing skills it covers. */
    public record Step(String credentialId, String title, double relevance, Double workloadEcts, Integer eqfLevel, List<SkillRef> covers) {}

    /** A skill the plan leaves open: {@code leftOut} not-taught, limit or workload. */
    public record Uncovered(String id, String uri, String label, int credentialsTeaching, String leftOut, String why) {}

    /** The EQF levels of the plan's credentials; {@code known}: for how many of them the level is known. */
    public record EqfRange(Integer min, Integer max, int known) {}

    public Answer plan(String runId, Request req) {
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

        List<SkillRef> haveRefs = have.stream().map(u -> ref(u, graph.skillLabel(u))).toList();
        List<SkillRef> offeredRefs = offered.stream().map(u -> ref(u, graph.skillLabel(u))).toList();
        Chosen currentChosen = current == null ? null : occupation(current);
        boolean credited = credit && !offered.isEmpty();
        if (target != null) {
            String uri = target.occupation().uri();
            return new Answer(runId, haveRefs, currentChosen, offeredRefs, credited, occupation(target),
                    describe(plan(runId, uri, have, max, maxEcts), max, maxEcts), List.of(), null);
        }
        Map<String, Long> vacancies = occupations.vacancies(runId);
        Set<String> exclude = current == null ? Set.of() : Set.of(current.occupation().uri());
        List<NearbyOccupation> nearby = Upskilling.nearby(have, graph, vacancies, exclude, 5);
        List<Suggestion> suggestions = new ArrayList<>();
        for (NearbyOccupation n : nearby) {
            suggestions.add(new Suggestion(EscoContext.idOf(n.occupationUri()), n.occupationUri(), n.label(), n.coverage(), n.similarity(), n.essential(),
                    n.missing(), n.vacancies(), n.score(), nearbyWhy(n), describe(plan(runId, n.occupationUri(), have, max, maxEcts), max, maxEcts)));
        }
        return new Answer(runId, haveRefs, currentChosen, offeredRefs, credited, null, null, suggestions, have.isEmpty()
                ? "no confirmed skills: confirm the current occupation's skills (confirmCurrentSkills, or send them in skills) to see nearby occupations" : null);
    }

    private static String nearbyWhy(NearbyOccupation n) {
        String close = String.format(Locale.ROOT, "you have %d of its %d essential skills", n.essential() - n.missing(), n.essential());
        return n.vacancies() == 0 ? close + "; no vacancies for it in this run" : close + "; " + n.vacancies() + " vacancies in this run";
    }

    private static Chosen occupation(OccupationService.Resolution r) {
        OccupationService.Candidate c = r.occupation();
        return new Chosen(EscoContext.idOf(c.uri()), c.uri(), c.label(), c.score(), c.matchedLabel(), r.sure(),
                r.alternatives().stream().map(OccupationService::ref).toList());
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

    private Plan describe(UpskillingPlan p, int max, Double maxEcts) {
        EscoGraph graph = esco.graph();
        List<Open> missing = p.missing().stream()
                .map(s -> new Open(EscoContext.idOf(s), s, graph.skillLabel(s), p.teaching().getOrDefault(s, 0))).toList();
        List<Step> steps = new ArrayList<>();
        for (PlanStep s : p.steps()) {
            steps.add(new Step(s.credential().id(), s.credential().title(), s.credential().relevance(), s.credential().ects(),
                    s.credential().eqfLevel(), s.covers().stream().map(u -> ref(u, graph.skillLabel(u))).toList()));
        }
        List<Uncovered> uncovered = p.uncovered().stream().map(s -> {
            int teaching = p.teaching().getOrDefault(s, 0);
            UpskillingPlan.LeftOut why = p.leftOut().get(s);
            return new Uncovered(EscoContext.idOf(s), s, graph.skillLabel(s), teaching, why.name().toLowerCase(Locale.ROOT).replace('_', '-'), switch (why) {
                case NOT_TAUGHT -> "no credential in the catalogue teaches it";
                case LIMIT -> teaching + (teaching == 1 ? " credential teaches" : " credentials teach") + " it; the plan stops at " + max
                        + " credentials (maxCredentials)";
                case WORKLOAD -> teaching + (teaching == 1 ? " credential teaches" : " credentials teach") + " it; each would take the plan over "
                        + maxEcts + " ECTS (maxEcts)";
            });
        }).toList();
        int[] eqf = p.eqfRange();
        // a total over the credentials whose workload is known says so (ectsKnown)
        return new Plan(missing, steps, uncovered, p.coverage(), p.totalEcts(), p.ectsKnown(),
                new EqfRange(eqf == null ? null : eqf[0], eqf == null ? null : eqf[1], p.eqfKnown()), p.steps().size());
    }

    private static SkillRef ref(String uri, String label) {
        return new SkillRef(EscoContext.idOf(uri), uri, label);
    }
}
