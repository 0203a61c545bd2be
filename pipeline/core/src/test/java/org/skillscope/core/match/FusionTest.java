package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FusionTest {
    @Test
    void lexicalScoresAreDividedByTheBestOne() {
        float[] x = {2f, 8f, 0f, 4f};
        Fusion.divideByMax(x);
        assertArrayEquals(new float[]{0.25f, 1f, 0f, 0.5f}, x, 1e-6f);
        float[] none = {0f, 0f};
        Fusion.divideByMax(none);
        assertArrayEquals(new float[]{0f, 0f}, none);
    }

    @Test
    void denseScoresAreMinMaxScaled() {
        float[] x = {0.2f, 0.6f, 0.4f};
        Fusion.minMax(x);
        assertArrayEquals(new float[]{0f, 1f, 0.5f}, x, 1e-6f);
        float[] flat = {0.3f, 0.3f};
        Fusion.minMax(flat);
        assertArrayEquals(new float[]{0f, 0f}, flat);
    }

    @Test
    void combineWeighsDenseAgainstLexical() {
        assertEquals(0.7f * 0.5f + 0.3f * 1f, Fusion.combine(1f, 0.5f, 0.7f), 1e-6f);
        assertEquals(1f, Fusion.combine(1f, 0f, 0f), 1e-6f);
        assertEquals(0.25f, Fusion.combine(1f, 0.25f, 1f), 1e-6f);
    }

    @Test
    void topKOrdersByScoreThenByIndex() {
        assertArrayEquals(new int[]{1, 0, 3}, TopK.indices(new float[]{0.5f, 0.9f, 0.1f, 0.5f, 0.2f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f}, 3));
        assertArrayEquals(new int[]{1, 0, 3, 4, 2}, TopK.indices(new float[]{0.5f, 0.9f, 0.1f, 0.5f, 0.2f}, 10));
    }
}
