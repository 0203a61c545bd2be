package org.skillscope.core.match;

/**
 * The best concepts for one text unit, best first: concept ordinals, fused scores, the label
 * ordinal that matched, and the absolute confidence (see {@link SkillMatch}).
 */
public record UnitRanking(String unit, int[] concepts, float[] scores, int[] labels, float[] confidence) {
    public int size() {
        return concepts.length;
    }
}
