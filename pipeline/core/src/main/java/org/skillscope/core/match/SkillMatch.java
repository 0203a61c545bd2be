package org.skillscope.core.match;

/**
 * One ranked ESCO concept for a text. {@code score} is the fused ranking score in [0, 1], relative
 * to the other candidates of the same unit; {@code confidence} is an absolute score (cosine of the
 * unit with the matched label, in [-1, 1]) that is comparable across texts; {@code asserted} says
 * we claim the text states this skill: it passed the calibrated threshold among the best few matches
 * of one of the text's units ({@link MatcherConfig#maxAssertedPerUnit()}).
 */
public record SkillMatch(String uri, String label, double score, double confidence, Evidence evidence, boolean asserted) {
    SkillMatch withAsserted(boolean a) {
        return new SkillMatch(uri, label, score, confidence, evidence, a);
    }
}
