package org.skillscope.core.match;

/** Re-scores the candidates of one unit from their {@link RerankFeatures} rows; higher is better. */
public interface CandidateScorer {
    /** @return one score per row of {@code features}, in [0, 1] */
    float[] score(String unit, int[] concepts, float[][] features);
}
