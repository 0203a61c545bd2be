package org.skillscope.core.match;

/** Decides, per ranked candidate of a unit, how likely the unit states it (the bundled {@link AssertionModel}). */
public interface Asserter {
    /**
     * @param unitVector the unit's sentence embedding
     * @param concepts   the unit's top candidates, best first
     * @param features   their {@link AssertionFeatures} rows
     * @return one probability in [0, 1] per candidate
     */
    float[] confidence(String unit, float[] unitVector, int[] concepts, float[][] features);

    /**
     * How generic an analysed term is in job-ad text, in [0, 1] (log document frequency over the training
     * sentences, scaled): a skill whose hit rests on "candidate" or "engineer" rests on words every ad uses.
     */
    default float genericity(String term) {
        return 0;
    }
}
