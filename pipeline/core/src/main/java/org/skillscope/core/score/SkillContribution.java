package org.skillscope.core.score;

import org.skillscope.core.demand.Growth;

/**
 * One line of a relevance breakdown: "teaches X (confidence c), asked for in {share} of vacancies
 * in scope ({vacancies} ads), growth g, specificity s: contributes {contribution}".
 */
public record SkillContribution(String skillUri, String label, double confidence, double specificity,
                                long vacancies, double share, double shrunkShare, Growth growth, double contribution) {}
