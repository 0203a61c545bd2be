package org.skillscope.core.match;

import java.util.HashMap;
import java.util.Map;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.OccupationSkillRelation;

/** How likely a skill is to be asked for at all, from ESCO itself (no evaluation data involved). */
public final class SkillPrior {
    private SkillPrior() {}

    /** log(1 + number of occupations that need the skill), divided by the maximum: in [0, 1], per index ordinal. */
    public static float[] occupationDemand(Esco esco, ConceptIndex skills) {
        Map<String, Integer> count = new HashMap<>();
        for (OccupationSkillRelation r : esco.occupationSkillRelations()) {
            count.merge(r.skillUri(), 1, Integer::sum);
        }
        float[] prior = new float[skills.size()];
        float max = 0;
        for (int c = 0; c < prior.length; c++) {
            prior[c] = (float) Math.log1p(count.getOrDefault(skills.concept(c).uri(), 0));
            max = Math.max(max, prior[c]);
        }
        if (max > 0) {
            for (int c = 0; c < prior.length; c++) {
                prior[c] /= max;
            }
        }
        return prior;
    }
}
