package org.skillscope.core.score;

import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;

import java.util.List;
import java.util.Map;

/**
 * A credential's scores from what it teaches (docs/scoring.md): labour-market relevance against a scope's
 * demand, the occupations it prepares for, green and digital alignment. The one scoring path of the job and
 * of the API's on-the-fly scoring. Pure.
 */
public final class CredentialScorer {
    /** Occupations a credential prepares for: coverage of essential skills at least this, ... */
    static final double MIN_COVERAGE = 0.1;
    /** ...at least this many essential skills covered, ... */
    static final int MIN_COVERED = 2;
    /** ...the best this many. */
    static final int MAX_OCCUPATIONS = 10;

    private CredentialScorer() {}

    public record Scores(RelevanceScore relevance, List<PreparedOccupation> occupations, AlignmentScore green, AlignmentScore digital) {}

    public static Scores score(TaughtSkills taught, Map<String, SkillDemand> demand, EscoGraph graph, String escoVersion) {
        List<TaughtSkill> ts = taught.skills();
        List<PreparedOccupation> occ = OccupationCoverage.prepare(taught.entries().keySet(), graph, MIN_COVERAGE, MIN_COVERED, MAX_OCCUPATIONS);
        return new Scores(RelevanceScorer.score(ts, demand, graph::reuseLevel), occ,
                AlignmentScorer.score("ESCO " + escoVersion + " green", ts, graph::isGreen, occ, graph::essentialSkills),
                AlignmentScorer.score("ESCO " + escoVersion + " digital + DigComp", ts, graph::isDigital, occ, graph::essentialSkills));
    }
}
