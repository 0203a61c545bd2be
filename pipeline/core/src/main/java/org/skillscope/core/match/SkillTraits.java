package org.skillscope.core.match;

import java.util.HashMap;
import java.util.Map;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.datasets.esco.BroaderRelation;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoSkill;

/**
 * What ESCO says about each skill regardless of the text, as re-ranker features (per index ordinal,
 * {@link #COUNT} values each): the kind and reuse level, how many occupations need it (the prior),
 * how many labels it has, and how deep it sits under other skills. No evaluation data involved.
 */
public final class SkillTraits {
    public static final int COUNT = 8;
    static final String[] NAMES = {"knowledge", "transversal", "crossSector", "sectorSpecific", "occupationSpecific",
            "prior", "labels", "depth"};

    private SkillTraits() {}

    public static float[][] of(Esco esco, ConceptIndex skills) {
        float[] prior = SkillPrior.occupationDemand(esco, skills);
        Map<String, String> parent = new HashMap<>();
        for (BroaderRelation r : esco.broaderSkillRelations()) {
            if (esco.skills().containsKey(r.broaderUri())) {
                parent.putIfAbsent(r.conceptUri(), r.broaderUri());
            }
        }
        float[][] out = new float[skills.size()][];
        for (int c = 0; c < out.length; c++) {
            String uri = skills.concept(c).uri();
            EscoSkill s = esco.skills().get(uri);
            String type = s == null ? "" : s.skillType();
            String reuse = s == null ? "" : s.reuseLevel();
            int depth = 0;
            for (String u = parent.get(uri); u != null && depth < 4; u = parent.get(u)) {
                depth++;
            }
            out[c] = new float[] {
                type.equals("knowledge") ? 1 : 0,
                reuse.equals("transversal") ? 1 : 0,
                reuse.equals("cross-sector") ? 1 : 0,
                reuse.equals("sector-specific") ? 1 : 0,
                reuse.equals("occupation-specific") ? 1 : 0,
                prior[c],
                (float) Math.log(skills.endLabel(c) - skills.firstLabel(c)),
                depth / 4f};
        }
        return out;
    }
}
