package org.skillscope.core.match;

/**
 * One ranked ESCO concept for a text. {@code score} is the fused ranking score in [0, 1], relative
 * to the other candidates of the same unit. For skills, {@code confidence} is the calibrated probability
 * that the text states the skill ({@link AssertionModel}: the best over the text's units, or over those asserting it),
 * and {@code asserted} says it reached the model's threshold (a unit's likeliest skill) or its further threshold
 * (the unit's other skills); for occupations, {@code confidence} is the
 * cosine of the title with the matched label and {@code asserted} that it reached {@link MatcherConfig#threshold()}.
 */
public record SkillMatch(String uri, String label, double score, double confidence, Evidence evidence, boolean asserted) {}
