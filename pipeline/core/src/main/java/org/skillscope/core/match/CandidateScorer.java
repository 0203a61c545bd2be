package org.skillscope.core.match;

/** Re-scores the candidates of one unit from their {@link RerankFeatures} rows; higher is better. */
public interface CandidateScorer {
    /**
     * @param fused    every candidate's fused score
     * @param features the {@link RerankFeatures} rows of the {@link #rowsRead()} best fused candidates (the others null)
     * @return one score per candidate, in [0, 1]
     */
    float[] score(String unit, int[] concepts, float[] fused, float[][] features);

    /** How many of the best fused candidates' rows it reads (rows cost cosines: the engine builds only these). */
    default int rowsRead() {
        return Integer.MAX_VALUE;
    }
}
