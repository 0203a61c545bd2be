package org.skillscope.core.demand;

/**
 * Demand for one skill in one scope. {@code share} is the raw rate (vacancies / total),
 * {@code shrunkShare} the rate pulled towards the overall one; {@code growth} is the relative change
 * of the shrunk rate from the early to the late half of the period, or null when there are too few
 * months or vacancies to say.
 */
public record SkillDemand(String skillUri, long vacancies, long scopeVacancies, double share, double shrunkShare, Double growth) {}
