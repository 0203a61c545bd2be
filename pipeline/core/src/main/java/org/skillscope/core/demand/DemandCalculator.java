package org.skillscope.core.demand;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/** Demand rates with shrinkage towards a prior, and growth between the halves of the period. Pure. */
public final class DemandCalculator {
    private DemandCalculator() {}

    /**
     * @param priorShares overall share per skill (the rate a small scope is shrunk towards); a skill
     *                    absent from it is shrunk towards 0
     */
    public static Map<String, SkillDemand> compute(ScopeTotals totals, Collection<SkillCount> counts,
                                                   Map<String, Double> priorShares, DemandParams p) {
        Map<String, SkillDemand> out = new TreeMap<>();
        boolean growthKnown = totals.earlyMonths() >= p.minMonthsEachSide() && totals.lateMonths() >= p.minMonthsEachSide()
                && totals.early() >= p.minVacanciesEachSide() && totals.late() >= p.minVacanciesEachSide();
        for (SkillCount c : counts) {
            double prior = priorShares.getOrDefault(c.skillUri(), 0.0);
            double share = totals.vacancies() == 0 ? 0 : (double) c.vacancies() / totals.vacancies();
            double shrunk = shrink(c.vacancies(), totals.vacancies(), prior, p.priorStrength());
            Double growth = null;
            if (growthKnown) {
                // each half is shrunk towards the two halves' pooled rate, not the overall one: undated
                // vacancies (some sources have no dates) must not pull one half more than the other
                double pooled = (double) (c.early() + c.late()) / (totals.early() + totals.late());
                double early = shrink(c.early(), totals.early(), pooled, p.priorStrength());
                double late = shrink(c.late(), totals.late(), pooled, p.priorStrength());
                growth = early > 0 ? late / early - 1 : null;
            }
            out.put(c.skillUri(), new SkillDemand(c.skillUri(), c.vacancies(), totals.vacancies(), share, shrunk, growth));
        }
        return out;
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

    /**
     * Splits the months of a period into an early and a late half of equal length; with an odd
     * number of months the middle one belongs to neither, so the halves stay comparable.
     */
    public static PeriodSplit split(SortedSet<YearMonth> months) {
        List<YearMonth> list = new ArrayList<>(months);
        int half = list.size() / 2;
        return new PeriodSplit(Set.copyOf(list.subList(0, half)), Set.copyOf(list.subList(list.size() - half, list.size())));
    }

    public record PeriodSplit(Set<YearMonth> early, Set<YearMonth> late) {
        public boolean isEarly(YearMonth m) {
            return m != null && early.contains(m);
        }

        public boolean isLate(YearMonth m) {
            return m != null && late.contains(m);
        }
    }
}
