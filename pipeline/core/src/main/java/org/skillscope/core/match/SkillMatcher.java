package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.text.TextUnits;

/**
 * Text → ranked ESCO skills with evidence. A text is cut into units (sentences, bullets; vacancy
 * boilerplate dropped), every unit is ranked against all skills, and a skill's score for the text
 * is its best score over the units, with that unit and the matched label as evidence.
 * Thread-safe; reuse one instance. A call's scores depend only on the call (no cache: see {@link RankingEngine}).
 */
public final class SkillMatcher {
    private final RankingEngine engine;
    private final TextUnits textUnits;
    private final MatcherConfig config;
    private final float threshold;
    private final float furtherThreshold;
    private final DocumentSense sense;

    /** With the bundled {@link TreeReranker} over the fused candidates and the bundled {@link AssertionModel}. */
    public SkillMatcher(SkillIndex index, MatcherConfig config) {
        this(index, config, TreeReranker.bundled());
    }

    /** @param scorer re-scores each unit's candidates (null: the fusion ranks) */
    public SkillMatcher(SkillIndex index, MatcherConfig config, CandidateScorer scorer) {
        this(index, config, scorer, AssertionModel.bundled());
    }

    /** @param model decides which candidates are asserted (their confidence) */
    public SkillMatcher(SkillIndex index, MatcherConfig config, CandidateScorer scorer, AssertionModel model) {
        this.engine = new RankingEngine(index.skills(), index.encoder(), config, SkillPrior.occupationDemand(index.esco(), index.skills()),
                index.threads() > 1, scorer, SkillTraits.of(index.esco(), index.skills()), model.bind(index.skills()));
        this.textUnits = new TextUnits();
        this.config = config;
        this.threshold = model.threshold();
        this.furtherThreshold = model.furtherThreshold();
        this.sense = new DocumentSense(index.esco(), model::genericity);
    }

    public SkillMatcher(SkillIndex index) {
        this(index, MatcherConfig.defaults());
    }

    /** The one-word-of-a-name checks this matcher applies (the job's document-level check uses the same). */
    public DocumentSense sense() {
        return sense;
    }

    public MatcherConfig config() {
        return config;
    }

    /**
     * A vacancy's job: its title and the ESCO occupation that title matched (either may be null). A unit's hit that is
     * the job itself ({@link DocumentSense#isTheJob}: "Chef" in a chef's ad, the title repeated as a line) gives the
     * vacancy nothing; the Spark job applies the same check to each (vacancy, unit, skill) row.
     */
    public record Job(String title, String occupationUri) {
        /** A vacancy's job from its title and the occupation that title matched ({@link OccupationMatcher#best}); null without a title. */
        public static Job of(String title, SkillMatch occupation) {
            return title == null ? null : new Job(title, occupation == null ? null : occupation.uri());
        }
    }

    /** Ranked skills for one text (best first, at most {@code config.topK()}). */
    public List<SkillMatch> match(String text) {
        return matchAll(List.of(text)).get(0);
    }

    /** Ranked skills for a vacancy's text, a hit that is its {@code job} itself neither asserted nor counted (confidence 0). */
    public List<SkillMatch> match(String text, Job job) {
        return matchAll(List.of(text), java.util.Collections.singletonList(job)).get(0);
    }

    /** Ranked skills for many texts, in input order; all their units are embedded and scored as one batch. */
    public List<List<SkillMatch>> matchAll(List<String> texts) {
        return matchAll(texts, java.util.Collections.nCopies(texts.size(), null));
    }

    /** As {@link #matchAll(List)}, each text with its vacancy's {@link Job} (null: not a vacancy, or no title). */
    public List<List<SkillMatch>> matchAll(List<String> texts, List<Job> jobs) {
        if (jobs.size() != texts.size()) throw new IllegalArgumentException(texts.size() + " texts and " + jobs.size() + " jobs");
        List<List<String>> unitsPerText = new ArrayList<>(texts.size());
        List<String> allUnits = new ArrayList<>();
        for (String t : texts) {
            List<String> units = units(t);
            unitsPerText.add(units);
            allUnits.addAll(units);
        }
        List<UnitRanking> ranked = engine.rank(allUnits, config.topK());
        List<Decision> decided = decide(ranked);
        List<List<SkillMatch>> out = new ArrayList<>(texts.size());
        int pos = 0;
        for (int t = 0; t < texts.size(); t++) {
            int n = unitsPerText.get(t).size();
            out.add(aggregate(ranked.subList(pos, pos + n), decided.subList(pos, pos + n), jobs.get(t)));
            pos += n;
        }
        return out;
    }

    /** A unit's candidates after the sense checks: their confidences, matched labels and whether each is asserted. */
    private record Decision(float[] confidence, String[] matched, boolean[] asserted) {}

    /**
     * Each unit's decision. A candidate asserted on the words of the unit's leading heading alone
     * ({@link DocumentSense#restsOnHeading}: "Job responsibilities: Assisting the technician" for *assume responsibility*)
     * stays asserted only when the heading, ranked as a unit of its own, asserts it too: "Problem Solving" does, "Main
     * responsibilities" does not. The headings are ranked only for the units that need them, so the cost is small.
     */
    private List<Decision> decide(List<UnitRanking> ranked) {
        List<DocumentSense.Unit> units = new ArrayList<>(ranked.size());
        List<Decision> out = new ArrayList<>(ranked.size());
        Map<String, Integer> headings = new LinkedHashMap<>();
        boolean[] judged = new boolean[ranked.size()];  // a unit whose own asserted hit rests on its heading
        for (int u = 0; u < ranked.size(); u++) {
            UnitRanking r = ranked.get(u);
            DocumentSense.Unit unit = sense.unit(r.unit());
            Decision d = decide(r, unit, null, null);
            units.add(unit);
            out.add(d);
            for (int i = 0; i < r.size() && !judged[u]; i++) {
                judged[u] = d.asserted()[i] && sense.restsOnHeading(unit, d.matched()[i]);
            }
            if (judged[u]) headings.putIfAbsent(unit.heading(), headings.size());
        }
        if (headings.isEmpty()) return out;
        List<String> texts = new ArrayList<>(headings.keySet());
        List<UnitRanking> alone = engine.rank(texts, config.topK());
        List<Set<Integer>> states = new ArrayList<>(texts.size());
        for (UnitRanking h : alone) {
            Decision d = decide(h, sense.unit(h.unit()), null, null);
            Set<Integer> asserted = new HashSet<>();
            for (int i = 0; i < h.size(); i++) if (d.asserted()[i]) asserted.add(h.concepts()[i]);
            states.add(asserted);
        }
        // only the units that needed the verdict: another unit's output must not depend on what it was batched with
        for (int u = 0; u < ranked.size(); u++) {
            if (judged[u]) out.set(u, decide(ranked.get(u), units.get(u), out.get(u), states.get(headings.get(units.get(u).heading()))));
        }
        return out;
    }

    /**
     * @param first   the unit's decision before its heading's verdict (null with {@code heading})
     * @param heading the skills the unit's heading asserts alone: a candidate {@code first} asserted on the heading's words
     *                alone is withdrawn unless it is one of them; null: not known yet, such a hit is judged like any other
     */
    private Decision decide(UnitRanking r, DocumentSense.Unit unit, Decision first, Set<Integer> heading) {
        ConceptIndex idx = engine.index();
        float[] confidence = new float[r.size()];
        String[] matched = new String[r.size()];
        boolean[] asserted = new boolean[r.size()];
        int likeliest = -1;
        for (int i = 0; i < r.size(); i++) {
            matched[i] = idx.label(r.labels()[i]);
            // "ENGINEER" is not "engineering", "assembles" not "Assembly", and "engineering" alone is none of 65 skills
            boolean unsupported = r.confidence()[i] > 0 && (sense.unsupported(unit, idx.concept(r.concepts()[i]).uri(), matched[i])
                    || heading != null && first.asserted()[i] && !heading.contains(r.concepts()[i]) && sense.restsOnHeading(unit, matched[i]));
            confidence[i] = unsupported ? 0f : r.confidence()[i];
            // the likeliest by the model: when that is a homonym, the next one is a further skill, not promoted
            if (likeliest < 0 || r.confidence()[i] > r.confidence()[likeliest]) likeliest = i;
        }
        for (int i = 0; i < r.size(); i++) asserted[i] = confidence[i] >= (i == likeliest ? threshold : furtherThreshold);
        return new Decision(confidence, matched, asserted);
    }

    /** The units a text is cut into; a short text with no sentence structure is one unit. */
    public List<String> units(String text) {
        List<String> units = textUnits.units(text == null ? "" : text);
        if (units.isEmpty() && text != null && !text.isBlank()) {
            return List.of(text.strip());
        }
        return units;
    }

    /** Top-k rankings of units taken as they are (no splitting, no boilerplate filter). */
    public List<UnitRanking> rankUnits(List<String> units, int k) {
        return engine.rank(units, k);
    }

    /** Rankings of all skills for units taken as they are: what the evaluation scores. */
    public List<UnitRanking> rankAllUnits(List<String> units) {
        return engine.rankAll(units);
    }

    public ConceptIndex index() {
        return engine.index();
    }

    /**
     * The order of a text's skills, and which of a skill's units is its evidence: asserted first (a unit's likeliest
     * skill at 0.22 is stated, another unit's second skill at 0.30 is not), then the likeliest, then by ranking score.
     */
    static final java.util.Comparator<SkillMatch> ORDER = java.util.Comparator.comparing((SkillMatch m) -> !m.asserted())
            .thenComparing(SkillMatch::confidence, java.util.Comparator.reverseOrder())
            .thenComparing(SkillMatch::score, java.util.Comparator.reverseOrder())
            .thenComparing(SkillMatch::uri);

    /** The calibrated probability from which a unit's likeliest skill is asserted ({@link AssertionModel#threshold()}). */
    public float threshold() {
        return threshold;
    }

    /** The probability from which a unit's further skills are asserted ({@link AssertionModel#furtherThreshold()}). */
    public float furtherThreshold() {
        return furtherThreshold;
    }

    /**
     * A skill's score for the text is its best over the units, with that unit as evidence; its
     * confidence is the best calibrated probability that a unit states it. It is asserted when that reaches
     * the threshold and it is its unit's likeliest skill, or when it reaches the further threshold. No cap per
     * unit: a unit listing five tools asserts five skills. Among the units, one that asserts it is its evidence. A unit's
     * hit that is the {@code job} itself counts as no hit (another unit may still state the skill).
     */
    private List<SkillMatch> aggregate(List<UnitRanking> rankings, List<Decision> decisions, Job job) {
        ConceptIndex idx = engine.index();
        Map<Integer, SkillMatch> best = new HashMap<>();
        for (int u = 0; u < rankings.size(); u++) {
            UnitRanking r = rankings.get(u);
            Decision d = decisions.get(u);
            for (int i = 0; i < r.size(); i++) {
                int c = r.concepts()[i];
                Concept concept = idx.concept(c);
                boolean theJob = job != null && d.confidence()[i] > 0
                        && sense.isTheJob(r.unit(), concept.uri(), d.matched()[i], job.title(), job.occupationUri());
                SkillMatch candidate = new SkillMatch(concept.uri(), concept.preferredLabel(), r.scores()[i], theJob ? 0f : d.confidence()[i],
                        new Evidence(r.unit(), d.matched()[i]), d.asserted()[i] && !theJob);
                SkillMatch prev = best.get(c);
                if (prev == null || ORDER.compare(candidate, prev) < 0) best.put(c, candidate);
            }
        }
        List<SkillMatch> out = new ArrayList<>(best.values());
        out.sort(ORDER);
        return out.size() > config.topK() ? List.copyOf(out.subList(0, config.topK())) : List.copyOf(out);
    }
}
