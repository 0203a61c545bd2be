package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.List;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;

/**
 * Vacancy title → ranked ESCO occupations, by the same hybrid ranking over occupation labels
 * (preferred, alternative, hidden) and descriptions.
 */
public final class OccupationMatcher {
    private final RankingEngine engine;

    public OccupationMatcher(SkillIndex index, MatcherConfig config) {
        this.engine = new RankingEngine(index.occupations(), index.encoder(), config, null, index.threads() > 1);
    }

    public OccupationMatcher(SkillIndex index) {
        this(index, defaults());
    }

    /** Titles are short: no phrase splitting, and descriptions add only noise at BM25 level. */
    public static MatcherConfig defaults() {
        return new MatcherConfig(MatcherConfig.Mode.HYBRID, 200, 0, 0f, 100, 30, 0, 0, 0f, 0.7f, 0.3f, 0.1f, 0f, 10, 0.8f);
    }

    public ConceptIndex index() {
        return engine.index();
    }

    public List<SkillMatch> match(String title) {
        return matchAll(List.of(title == null ? "" : title), engine.config().topK()).get(0);
    }

    /**
     * A vacancy's occupation as the job takes it: its title's best match, however weak (null for a blank title). What a
     * unit's hit is checked against ({@link SkillMatcher.Job}).
     */
    public SkillMatch best(String title) {
        if (title == null || title.isBlank()) return null;
        List<SkillMatch> best = matchAll(List.of(title), 1).get(0);
        return best.isEmpty() ? null : best.get(0);
    }

    /** The {@code k} best occupations of each title, in input order; the titles are embedded as one batch. */
    public List<List<SkillMatch>> matchAll(List<String> titles, int k) {
        List<String> stripped = titles.stream().map(t -> t == null ? "" : t.strip()).toList();
        List<List<SkillMatch>> all = new ArrayList<>(titles.size());
        for (UnitRanking r : engine.rank(stripped, k)) {
            List<SkillMatch> out = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                Concept c = index().concept(r.concepts()[i]);
                out.add(new SkillMatch(c.uri(), c.preferredLabel(), r.scores()[i], r.confidence()[i],
                        new Evidence(r.unit(), index().label(r.labels()[i])), r.confidence()[i] >= engine.config().threshold()));
            }
            all.add(out);
        }
        return all;
    }

    public List<UnitRanking> rankTitles(List<String> titles, int k) {
        return engine.rank(titles, k);
    }

    /** All occupations per title (for evaluation). */
    public List<UnitRanking> rankAllTitles(List<String> titles) {
        return engine.rankAll(titles);
    }
}
