package org.skillscope.core.demand;

/**
 * Knobs of the demand model (see docs/scoring.md).
 *
 * @param priorStrength     pseudo-vacancies of the overall rate mixed into every scoped rate, so
 *                          a region with 12 ads is pulled towards the overall share
 * @param minWindowMonths   growth windows span at least this many months each
 * @param minDatedVacancies growth is given for a scope only when each window holds at least this many
 *                          of its dated ads (configurable: {@code --conf skillscope.growth.minDatedVacancies=N})
 * @param maxMixShift       ...and when the two windows' mix of countries and sources differs by at most this
 *                          (total variation distance): otherwise a change of mix, not of demand, would read as growth
 */
public record DemandParams(double priorStrength, int minWindowMonths, long minDatedVacancies, double maxMixShift) {
    public static final DemandParams DEFAULTS = new DemandParams(50, 3, 100, 0.25);

    public DemandParams {
        if (priorStrength < 0) throw new IllegalArgumentException("priorStrength must be >= 0");
        if (minWindowMonths < 1) throw new IllegalArgumentException("minWindowMonths must be >= 1");
        if (minDatedVacancies < 1) throw new IllegalArgumentException("minDatedVacancies must be >= 1");
        if (maxMixShift < 0 || maxMixShift > 1) throw new IllegalArgumentException("maxMixShift must be in [0, 1]");
    }
}
