package org.skillscope.core.match;

/**
 * Combines lexical and dense scores of the same candidates. BM25 has no fixed scale (it grows with
 * query length and term rarity), so it is divided by the query's best score; cosines do have a
 * scale but a narrow, model-specific one, so they are min-max scaled over all concepts.
 * The result is {@code denseWeight * dense' + (1 - denseWeight) * lexical'}, in [0, 1].
 */
public final class Fusion {
    private Fusion() {}

    /** In place: x[i] / max(x), or all zeros when nothing scored. */
    public static void divideByMax(float[] x) {
        float max = 0;
        for (float v : x) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            java.util.Arrays.fill(x, 0f);
            return;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(0f, x[i]) / max;
        }
    }

    /** In place: (x - min) / (max - min), or all zeros when every value is equal. */
    public static void minMax(float[] x) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = max - min;
        for (int i = 0; i < x.length; i++) {
            x[i] = range > 0 ? (x[i] - min) / range : 0f;
        }
    }

    public static float combine(float lexicalNorm, float denseNorm, float denseWeight) {
        return denseWeight * denseNorm + (1 - denseWeight) * lexicalNorm;
    }
}
