package org.skillscope.core.match;

/**
 * The features of one ranked candidate that the {@link AssertionModel} decides on: the re-ranker's
 * own {@link RerankFeatures} row (cosines, lexical hits, label kind, the skill's ESCO traits), plus
 * where the candidate stands in its unit's final ranking (its score, rank, distance to the best, the
 * unit's margin between its best two), whether one of the unit's phrases names it (is closer to its label
 * than to any other candidate's: a list "SQL, R and Tableau" names three), how coherent it is with the other
 * candidates (a homonym stands apart from them), how much of the matched label the unit holds and how generic in
 * job ads the shared words are ("The successful candidate will..." shares only "candidate" with *assess
 * candidates*), whether the label adds a specific word the unit lacks, and "sense" terms: a hit on a one-word label ("Chef", "R",
 * "logging") counts only as far as the text agrees with the skill's description and the label's
 * meaning (the cosines), so these terms let the model ask for more evidence there.
 */
public final class AssertionFeatures {
    private AssertionFeatures() {}

    static final String[] OWN = {"score", "scoreRankLog", "scoreGap", "unitMargin", "shortLabel", "shortLabelDoc", "shortLabelLab",
            "lexOnly", "phraseWins", "phraseWinSim", "coherence",
            "shortLabelCoherence", "labelCoverage", "overlapGenericity", "unitTermsLog", "labelAdds"};
    public static final int COUNT = RerankFeatures.COUNT + OWN.length;
    /** The column of the unit's length (log of its analysed terms), which the unit model reads too. */
    public static final int UNIT_TERMS = RerankFeatures.COUNT + java.util.Arrays.asList(OWN).indexOf("unitTermsLog");

    private static final int LAB = 3, LEX_NORM = 0, DOC = 6;

    public static String[] names() {
        String[] out = new String[COUNT];
        String[] rr = RerankFeatures.names();
        System.arraycopy(rr, 0, out, 0, rr.length);
        System.arraycopy(OWN, 0, out, rr.length, OWN.length);
        return out;
    }

    /**
     * @param row       the candidate's {@link RerankFeatures} row
     * @param score     its final score in the unit, {@code rank} its 0-based place by that score
     * @param best      the unit's best final score, {@code second} its second best (= best when alone)
     * @param unitTerms analysed terms in the unit
     * @param phraseWins how many of the unit's phrases are closer to one of this skill's labels than to any
     *                   other candidate's (a phrase that names the skill, as an annotator's span would)
     * @param phraseWinSim the best such phrase's cosine with the label (0 when it wins none)
     * @param coherence  mean cosine of the skill's description vector with the unit's other best candidates'
     * @param matchedLabelTerms analysed terms of the label the hit rests on (its evidence label)
     * @param labelCoverage the share of that label's terms that occur in the unit
     * @param overlapGenericity the most generic of those shared terms ({@link Asserter#genericity}; 0 when none)
     * @param labelAdds  how specific the label's most specific word that the unit lacks is (1 - genericity; 0 when the
     *                   unit holds the whole label): "communication skills" lacks "teach" of "teach communication skills"
     */
    public static float[] of(float[] row, float score, int rank, float best, float second, int unitTerms, int phraseWins,
                             float phraseWinSim, float coherence, int matchedLabelTerms, float labelCoverage,
                             float overlapGenericity, float labelAdds) {
        float[] f = new float[COUNT];
        System.arraycopy(row, 0, f, 0, RerankFeatures.COUNT);
        int o = RerankFeatures.COUNT;
        boolean shortLabel = matchedLabelTerms <= 1;
        f[o] = score;
        f[o + 1] = (float) Math.log1p(rank);
        f[o + 2] = score - best;
        f[o + 3] = best - second;
        f[o + 4] = shortLabel ? 1 : 0;
        f[o + 5] = shortLabel ? row[DOC] : 0;
        f[o + 6] = shortLabel ? row[LAB] : 0;
        f[o + 7] = row[LEX_NORM] > 0 && row[LAB] < 0.5f ? 1 : 0;
        f[o + 8] = (float) Math.log1p(phraseWins);
        f[o + 9] = phraseWins > 0 ? phraseWinSim : 0;
        f[o + 10] = coherence;
        f[o + 11] = shortLabel ? coherence : 0;
        f[o + 12] = labelCoverage;
        f[o + 13] = overlapGenericity;
        f[o + 14] = (float) Math.log1p(unitTerms);
        f[o + 15] = labelAdds;
        return f;
    }
}
