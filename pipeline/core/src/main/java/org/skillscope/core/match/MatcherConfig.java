package org.skillscope.core.match;

/**
 * How the matcher scores. Defaults were tuned on the validation splits of the skill-extraction
 * gold set (house, tech) only; see the class comment of {@link SkillMatcher} for the figures.
 *
 * @param mode            which signals to use
 * @param lexTopLabels    label documents BM25 returns per unit
 * @param lexTopDescs     description documents BM25 returns per unit (0 = ignore descriptions)
 * @param descWeight      weight of the description BM25 score added to the best label's
 * @param denseWeight     weight of the dense score in the fusion
 * @param denseDocMix     dense score = mix * cos(unit, "label. description") + (1 - mix) * max cos(unit, label)
 * @param topK            matches returned per text
 * @param threshold       fused score from which a match is asserted
 */
public record MatcherConfig(Mode mode, int lexTopLabels, int lexTopDescs, float descWeight, float denseWeight,
                            float denseDocMix, int topK, float threshold) {
    public enum Mode { LEXICAL, DENSE, HYBRID }

    public static MatcherConfig defaults() {
        return new MatcherConfig(Mode.HYBRID, 1000, 300, 0.1f, 0.7f, 0.5f, 20, 0.8f);
    }

    public MatcherConfig withMode(Mode m) {
        return new MatcherConfig(m, lexTopLabels, lexTopDescs, descWeight, denseWeight, denseDocMix, topK, threshold);
    }

    public MatcherConfig withDenseWeight(float w) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, w, denseDocMix, topK, threshold);
    }

    public MatcherConfig withDenseDocMix(float m) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, denseWeight, m, topK, threshold);
    }

    public MatcherConfig withDescWeight(float w) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, w, denseWeight, denseDocMix, topK, threshold);
    }

    public MatcherConfig withTopK(int k) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, denseWeight, denseDocMix, k, threshold);
    }

    public MatcherConfig withThreshold(float t) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, denseWeight, denseDocMix, topK, t);
    }
}
