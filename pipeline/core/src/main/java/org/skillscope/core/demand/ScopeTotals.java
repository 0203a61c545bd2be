package org.skillscope.core.demand;

/**
 * Vacancy totals of one scope (e.g. country DE, or "all"): all of them, and those in the early and
 * late halves of the period, with how many months each half spans.
 */
public record ScopeTotals(String scope, long vacancies, long early, long late, int earlyMonths, int lateMonths) {}
