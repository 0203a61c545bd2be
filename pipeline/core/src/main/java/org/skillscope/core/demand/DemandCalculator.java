package org.skillscope.core.demand;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Demand rates with shrinkage towards a prior, and growth between two windows of dated vacancies. Pure. */
public final class DemandCalculator {
    private DemandCalculator() {}

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
            double share = totals.vacancies() == 0 ? 0 : (double) c.vacancies() / totals.vacancies();
            double shrunk = shrink(c.vacancies(), totals.vacancies(), prior, p.priorStrength());
            Growth growth = growthKnown ? Growth.of(windows, totals.early(), totals.late(), c.early(), c.late()) : null;
            out.put(c.skillUri(), new SkillDemand(c.skillUri(), c.vacancies(), totals.vacancies(), share, shrunk, growth));
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
    public static double shrink(long k, long n, double prior, double m) {
        return n + m == 0 ? 0 : (k + m * prior) / (n + m);
    }

    /** Overall shares per skill, the prior for every scope. */
    public static Map<String, Double> shares(Collection<SkillCount> counts, long total) {
        Map<String, Double> out = new TreeMap<>();
        for (SkillCount c : counts) out.put(c.skillUri(), total == 0 ? 0 : (double) c.vacancies() / total);
        return out;
    }
}
