package org.skillscope.core.match;

/**
 * One ranked ESCO concept for a text. {@code score} is the fused ranking score in [0, 1], relative
 * to the other candidates of the same unit; {@code confidence} is an absolute score (cosine of the
 * unit with the matched label, in [-1, 1]) that is comparable across texts; {@code asserted} says
 * it passed the calibrated threshold, i.e. we claim the text states this skill.
 */
public record SkillMatch(String uri, String label, double score, double confidence, Evidence evidence, boolean asserted) {}
