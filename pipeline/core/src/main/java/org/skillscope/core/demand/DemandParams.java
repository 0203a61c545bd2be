package org.skillscope.core.demand;

/**
 * Knobs of the demand model (see docs/scoring.md).
 *
 * @param priorStrength        pseudo-vacancies of the overall rate mixed into every scoped rate, so
 *                             a region with 12 ads is pulled towards the overall share
 * @param minMonthsEachSide    growth is reported only when both halves of the period span this many months
 * @param minVacanciesEachSide ...and hold at least this many vacancies
 */
public record DemandParams(double priorStrength, int minMonthsEachSide, long minVacanciesEachSide) {
    public static final DemandParams DEFAULTS = new DemandParams(50, 3, 30);

    public DemandParams {
        if (priorStrength < 0) throw new IllegalArgumentException("priorStrength must be >= 0");
    }
}
