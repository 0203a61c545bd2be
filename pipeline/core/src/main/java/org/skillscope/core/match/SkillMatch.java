package org.skillscope.core.match;

/**
 * One ranked ESCO concept for a text. {@code score} is the fused ranking score in [0, 1], relative
 * to the other candidates of the same unit. For skills, {@code confidence} is the calibrated probability
 * that the text states the skill ({@link AssertionModel}: the best over the text's units), and
 * {@code asserted} says it reached the model's threshold; for occupations, {@code confidence} is the
 * cosine of the title with the matched label and {@code asserted} that it reached {@link MatcherConfig#threshold()}.
 */
public record SkillMatch(String uri, String label, double score, double confidence, Evidence evidence, boolean asserted) {
    SkillMatch withAsserted(boolean a) {
        return new SkillMatch(uri, label, score, confidence, evidence, a);
    }
}
