package org.skillscope.core.match;

/**
 * How the matcher scores. Defaults were tuned by grid search on the validation splits of the
 * skill-extraction gold set (house, tech) and the synthetic dev set only, never on a test split
 * (with late-chunked phrases: house 60.74, tech 76.27, synthetic 39.39 RP@5; neighbouring settings
 * of chunkWeight 0.6-0.7 and denseDocMix 0.2-0.25 score within a point). Which skills a text states is
 * not decided here but by the {@link AssertionModel}; {@code threshold} serves occupations only.
 *
 * @param mode          which signals to use
 * @param lexTopLabels  label documents BM25 returns per unit (candidates)
 * @param lexTopDescs   description documents BM25 returns per unit (0 = ignore descriptions)
 * @param descWeight    weight of the description BM25 score added to the best label's
 * @param knnLabels     nearest labels (HNSW) taken as candidates per unit
 * @param knnConcepts   nearest "label. description" vectors taken as candidates per unit
 * @param knnChunk      nearest labels taken as candidates per phrase of the unit
 * @param maxChunks     phrases per unit (0 = no phrase matching)
 * @param chunkWeight   how far a phrase's similarity may replace the whole unit's (0..1)
 * @param denseWeight   weight of the dense score in the fusion
 * @param denseDocMix   dense = mix * cos(unit, "label. description") + (1 - mix) * max cos(unit, label)
 * @param coverageBoost added when every analysed term of one of the skill's labels occurs in the unit
 * @param priorWeight   weight of the skill's prior: log(1 + occupations that need it), scaled to [0, 1]
 * @param topK          matches returned per text
 * @param threshold     for occupations: the cosine with the matched label from which a title's best match is taken as sure
 */
public record MatcherConfig(Mode mode, int lexTopLabels, int lexTopDescs, float descWeight, int knnLabels, int knnConcepts,
                            int knnChunk, int maxChunks, float chunkWeight, float denseWeight, float denseDocMix,
                            float coverageBoost, float priorWeight, int topK, float threshold) {
    public enum Mode { LEXICAL, DENSE, HYBRID }

    public static MatcherConfig defaults() {
        return new MatcherConfig(Mode.HYBRID, 200, 100, 0.1f, 50, 30, 10, 16, 0.7f, 0.75f, 0.25f, 0.1f, 0f, 20, 0.48f);
    }

    public MatcherConfig withMode(Mode m) {
        return new MatcherConfig(m, lexTopLabels, lexTopDescs, descWeight, knnLabels, knnConcepts, knnChunk, maxChunks,
                chunkWeight, denseWeight, denseDocMix, coverageBoost, priorWeight, topK, threshold);
    }

    /** The fusion knobs, for tuning. */
    public MatcherConfig withFusion(float denseWeight, float denseDocMix, float chunkWeight, float coverageBoost) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, knnLabels, knnConcepts, knnChunk, maxChunks,
                chunkWeight, denseWeight, denseDocMix, coverageBoost, priorWeight, topK, threshold);
    }

    public MatcherConfig withPriorWeight(float p) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, knnLabels, knnConcepts, knnChunk, maxChunks,
                chunkWeight, denseWeight, denseDocMix, coverageBoost, p, topK, threshold);
    }

    public MatcherConfig withMaxChunks(int n) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, knnLabels, knnConcepts, knnChunk, n,
                chunkWeight, denseWeight, denseDocMix, coverageBoost, priorWeight, topK, threshold);
    }

    public MatcherConfig withTopK(int k) {
        return new MatcherConfig(mode, lexTopLabels, lexTopDescs, descWeight, knnLabels, knnConcepts, knnChunk, maxChunks,
                chunkWeight, denseWeight, denseDocMix, coverageBoost, priorWeight, k, threshold);
    }
}
