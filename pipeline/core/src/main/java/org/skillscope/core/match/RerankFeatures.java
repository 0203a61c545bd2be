package org.skillscope.core.match;

import org.skillscope.core.index.Concept;

/**
 * The features of one candidate skill for one unit, as the re-ranker sees them: the fusion's own
 * signals (raw and scaled over the unit's candidates), the fusion's score and rank, what kind of
 * label matched, and the skill's {@link SkillTraits}. Cosines are raw (the model's scale), and each
 * also as a gap to the unit's best candidate, since a linear model cannot take a per-unit maximum; and
 * the candidate's centrality: how close its "label. description" vector is to those of the unit's best
 * fused candidates (the skills a sentence is about agree with one another; a stray lexical hit stands apart).
 */
public final class RerankFeatures {
    private RerankFeatures() {}

    /** One candidate's signals from the fusion (cosines are -2 where no phrase or no model). */
    public record Signals(float lexRaw, float lexNorm, float descRaw, float lab, float chunkLab, float doc, float chunkDoc,
                          float denseNorm, boolean covered, float fused, int fusedRank,
                          Concept.LabelKind denseKind, Concept.LabelKind lexKind, int denseLabelTerms, float centrality) {}

    /** Per-unit maxima over the candidates, for the gap features. */
    public record UnitMax(float lab, float doc, float descRaw) {}

    static final String[] OWN = {"lexNorm", "lexLog", "descNorm", "lab", "labGap", "chunkLab", "doc", "docGap", "chunkDoc",
            "denseNorm", "covered", "fused", "rankLog", "densePreferred", "denseHidden", "lexPreferred", "lexHidden", "labelTerms",
            "centrality"};
    public static final int COUNT = OWN.length + SkillTraits.COUNT;

    public static String[] names() {
        String[] out = new String[COUNT];
        System.arraycopy(OWN, 0, out, 0, OWN.length);
        System.arraycopy(SkillTraits.NAMES, 0, out, OWN.length, SkillTraits.COUNT);
        return out;
    }

    /** @param traits the skill's {@link SkillTraits} row, or null (occupations, no ESCO at hand): zeros */
    public static float[] row(Signals s, UnitMax u, float[] traits) {
        float[] f = new float[COUNT];
        float chunkLab = s.chunkLab() > -2 ? s.chunkLab() : s.lab();
        float chunkDoc = s.chunkDoc() > -2 ? s.chunkDoc() : s.doc();
        f[0] = s.lexNorm();
        f[1] = (float) Math.log1p(Math.max(0, s.lexRaw()));
        f[2] = u.descRaw() > 0 ? s.descRaw() / u.descRaw() : 0;
        f[3] = s.lab();
        f[4] = s.lab() - u.lab();
        f[5] = Math.max(s.lab(), chunkLab);
        f[6] = s.doc();
        f[7] = s.doc() - u.doc();
        f[8] = Math.max(s.doc(), chunkDoc);
        f[9] = s.denseNorm();
        f[10] = s.covered() ? 1 : 0;
        f[11] = s.fused();
        f[12] = (float) Math.log1p(s.fusedRank());
        f[13] = s.denseKind() == Concept.LabelKind.PREFERRED ? 1 : 0;
        f[14] = s.denseKind() == Concept.LabelKind.HIDDEN ? 1 : 0;
        f[15] = s.lexKind() == Concept.LabelKind.PREFERRED ? 1 : 0;
        f[16] = s.lexKind() == Concept.LabelKind.HIDDEN ? 1 : 0;
        f[17] = (float) Math.log1p(s.denseLabelTerms());
        f[18] = s.centrality();
        if (traits != null) {
            System.arraycopy(traits, 0, f, OWN.length, SkillTraits.COUNT);
        }
        return f;
    }
}
