package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopKTest {
    /** Both paths (full sort, heap) give the order of "value descending, then the smaller index", ties and signs included. */
    @Test
    void bothPathsOrderByValueThenIndex() {
        Random r = new Random(39);
        float[] pool = {-1.5f, -0.0f, 0.0f, 0.25f, 0.25f, 1f, Float.MIN_VALUE, -Float.MIN_VALUE, 3.5e7f, -3.5e7f};
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(60);
            float[] x = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextBoolean() ? pool[r.nextInt(pool.length)] : (float) r.nextGaussian();
            }
            Integer[] all = new Integer[n];
            for (int i = 0; i < n; i++) all[i] = i;
            Arrays.sort(all, (a, b) -> x[a] != x[b] ? Float.compare(x[b], x[a]) : Integer.compare(a, b));
            for (int k : new int[] {1, 2, n / 5 + 1, n / 3, n}) {
                int[] want = Arrays.stream(all).limit(Math.min(k, n)).mapToInt(Integer::intValue).toArray();
                assertArrayEquals(want, TopK.indices(x, k), "n " + n + " k " + k + " x " + Arrays.toString(x));
            }
        }
    }
}
