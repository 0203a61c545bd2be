package org.skillscope.core.demand;

/**
 * Demand for one skill in one scope. {@code share} is the raw rate (vacancies / total),
 * {@code shrunkShare} the rate pulled towards the overall one; {@code growth} the change between the
 * growth windows with its counts, or null when the scope holds too few dated ads to say.
 * {@code inferredVacancies} of the vacancies ask for it only as an essential skill of their occupation;
 * the shares count each of those at {@link DemandCalculator#INFERRED_WEIGHT}.
 */
public record SkillDemand(String skillUri, long vacancies, long scopeVacancies, double share, double shrunkShare, Growth growth,
                          long inferredVacancies) {
    public SkillDemand(String skillUri, long vacancies, long scopeVacancies, double share, double shrunkShare, Growth growth) {
        this(skillUri, vacancies, scopeVacancies, share, shrunkShare, growth, 0);
    }
}
