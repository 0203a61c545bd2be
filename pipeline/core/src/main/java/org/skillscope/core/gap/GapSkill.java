package org.skillscope.core.gap;

import org.skillscope.core.demand.Growth;

/** A skill in high or growing demand in a scope that no credential in the catalogue teaches. */
public record GapSkill(String scope, String skillUri, String label, long vacancies, double share, double shrunkShare,
                       Growth growth, double specificity, double gapScore, boolean green, boolean digital,
                       String reason) {}
