package org.skillscope.core.score;

import org.skillscope.core.demand.Growth;
import org.skillscope.core.demand.SkillDemand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Labour-market relevance of a credential (docs/scoring.md):
 * <pre>
 *   c_s   = confidence_s * specificity_s * shrunkShare_s * growthFactor_s     (capped at 1)
 *   score = 100 * (1 - prod_s (1 - c_s))
 * </pre>
 * Read c_s as "the chance that a vacancy in scope asks for skill s, discounted for generic skills and
 * uncertain mappings"; the score is then the chance that a vacancy asks for at least one thing the
 * credential teaches (under independence). It grows with every in-demand skill taught, never
 * exceeds 100, and a skill nobody asks for adds nothing. Pure.
 */
public final class RelevanceScorer {
    /** Growth moves a skill's weight by at most -25 % .. +50 %. */
    static final double GROWTH_WEIGHT = 0.5;
    static final double GROWTH_MIN = -0.5;
    static final double GROWTH_MAX = 1.0;

    private RelevanceScorer() {}

    /**
     * 1 unless growth is given and statistically clear (a change within the noise of a few ads must not
     * move a score); a clear rise from no earlier demand counts as the largest rise.
     */
    public static double growthFactor(Growth growth) {
        if (growth == null || !growth.clear()) return 1.0;
        double rate = growth.rate() == null ? GROWTH_MAX : growth.rate();
        return 1.0 + GROWTH_WEIGHT * Math.max(GROWTH_MIN, Math.min(GROWTH_MAX, rate));
    }

    public static RelevanceScore score(List<TaughtSkill> taught, Map<String, SkillDemand> demand,
                                       Function<String, String> reuseLevel) {
        List<SkillContribution> parts = new ArrayList<>();
        double missProduct = 1.0;
        for (TaughtSkill t : dedupe(taught)) {
            SkillDemand d = demand.get(t.skillUri());
            double spec = Specificity.of(reuseLevel.apply(t.skillUri()));
            long n = d == null ? 0 : d.vacancies();
            double share = d == null ? 0 : d.share();
            double shrunk = d == null ? 0 : d.shrunkShare();
            Growth growth = d == null ? null : d.growth();
            double c = Math.min(1.0, t.confidence() * spec * shrunk * growthFactor(growth));
            missProduct *= 1 - c;
            parts.add(new SkillContribution(t.skillUri(), t.label(), t.confidence(), spec, n, share, shrunk, growth, c));
        }
        parts.sort(Comparator.comparingDouble(SkillContribution::contribution).reversed()
                .thenComparing(SkillContribution::skillUri));
        return new RelevanceScore(100 * (1 - missProduct), parts);
    }

    /** A skill asserted by several outcomes counts once, at its highest confidence. */
    static List<TaughtSkill> dedupe(List<TaughtSkill> taught) {
        Map<String, TaughtSkill> best = new java.util.TreeMap<>();
        for (TaughtSkill t : taught) best.merge(t.skillUri(), t, (a, b) -> b.confidence() > a.confidence() ? b : a);
        return List.copyOf(best.values());
    }

    /**
     * Percentile of {@code value} among {@code all} (0-100), mid-rank for ties: the share of scores
     * below it plus half the share equal to it. Deterministic and symmetric for ties.
     */
    public static double percentile(double value, double[] all) {
        if (all.length == 0) return 0;
        long below = 0, equal = 0;
        for (double v : all) {
            if (v < value) below++;
            else if (v == value) equal++;
        }
        return 100.0 * (below + 0.5 * equal) / all.length;
    }
}
