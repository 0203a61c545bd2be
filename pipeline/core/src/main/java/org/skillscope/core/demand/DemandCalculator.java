package org.skillscope.core.demand;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Demand rates with shrinkage towards a prior, and growth between two windows of dated vacancies. Pure. */
public final class DemandCalculator {
    /**
     * What a vacancy that asks for a skill only through its occupation (inferred, not stated) counts for
     * in shares, and so in relevance and gaps: half a stating one. An ESCO essential skill is one the
     * occupation needs, but an ad of that occupation asks for only some of them; the ad itself says nothing.
     */
    public static final double INFERRED_WEIGHT = 0.5;

    private DemandCalculator() {}

    /** The vacancies a count stands for in shares: stated ones in full, inferred-only ones at {@link #INFERRED_WEIGHT}. */
    public static double weighted(SkillCount c) {
        return c.vacancies() - (1 - INFERRED_WEIGHT) * c.inferred();
    }

    /**
     * @param priorShares overall share per skill (the rate a small scope is shrunk towards); a skill
     *                    absent from it is shrunk towards 0
     * @param windows     the run's growth windows (null: no growth anywhere); {@code totals} and {@code counts}
     *                    count the dated ads of each window as early and late
     */
    public static Map<String, SkillDemand> compute(ScopeTotals totals, Collection<SkillCount> counts,
                                                   Map<String, Double> priorShares, GrowthWindows windows, DemandParams p) {
        Map<String, SkillDemand> out = new TreeMap<>();
        // raw shares of dated ads only: each window is compared with itself, never with undated ads
        boolean growthKnown = growthGiven(totals, windows, p);
        for (SkillCount c : counts) {
            double prior = priorShares.getOrDefault(c.skillUri(), 0.0);
            double k = weighted(c);
            double share = totals.vacancies() == 0 ? 0 : k / totals.vacancies();
            double shrunk = shrink(k, totals.vacancies(), prior, p.priorStrength());
            Growth growth = growthKnown ? Growth.of(windows, totals.early(), totals.late(), c.early(), c.late()) : null;
            out.put(c.skillUri(), new SkillDemand(c.skillUri(), c.vacancies(), totals.vacancies(), share, shrunk, growth, c.inferred()));
        }
        return out;
    }

    /** Growth is given for a scope with enough dated ads in each window, and the same mix of countries and sources in both. */
    public static boolean growthGiven(ScopeTotals totals, GrowthWindows windows, DemandParams p) {
        return enoughDated(totals, windows, p) && totals.mixShift() <= p.maxMixShift();
    }

    /** Each growth window holds at least the minimum of the scope's dated ads. */
    public static boolean enoughDated(ScopeTotals totals, GrowthWindows windows, DemandParams p) {
        return windows != null && totals.early() >= p.minDatedVacancies() && totals.late() >= p.minDatedVacancies();
    }

    /** (k + m * prior) / (n + m): the empirical-Bayes rate; with m = 0 it is the raw rate. */
    public static double shrink(double k, long n, double prior, double m) {
        return n + m == 0 ? 0 : (k + m * prior) / (n + m);
    }

    /** Overall shares per skill, the prior for every scope. */
    public static Map<String, Double> shares(Collection<SkillCount> counts, long total) {
        Map<String, Double> out = new TreeMap<>();
        for (SkillCount c : counts) out.put(c.skillUri(), total == 0 ? 0 : weighted(c) / total);
        return out;
    }
}
