package org.skillscope.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorMathTest {
    @Test
    void theTestsRunTheSimdKernels() {
        assertTrue(VectorMath.simd(), "surefire starts the JVM with --add-modules jdk.incubator.vector");
    }

    /** The block kernel must give each query exactly what one dot gives it: the job and the API compare scores for equality. */
    @Test
    void dotsGiveEachQueryItsOwnDotToTheBit() {
        Random r = new Random(37);
        for (int dim : new int[] {384, 37, 16, 5}) {
            float[] vectors = randoms(r, 3 * dim);
            for (int nq = 0; nq <= 9; nq++) {
                float[] queries = randoms(r, nq * dim);
                float[] out = new float[nq];
                VectorMath.dots(vectors, 2, dim, queries, nq, out);
                for (int q = 0; q < nq; q++) {
                    float one = VectorMath.dot(vectors, 2 * dim, queries, q * dim, dim);
                    assertEquals(Float.floatToIntBits(one), Float.floatToIntBits(out[q]), "dim " + dim + ", query " + q + " of " + nq);
                    assertEquals(VectorMath.scalarDot(vectors, 2 * dim, queries, q * dim, dim), out[q], 1e-4f);
                }
            }
        }
    }

    /** The scattered-rows kernel (the HNSW search's) must give each row exactly what one dot gives it. */
    @Test
    void dotsAtGiveEachRowItsOwnDotToTheBit() {
        Random r = new Random(41);
        for (int dim : new int[] {384, 37, 16, 5}) {
            float[] vectors = randoms(r, 50 * dim);
            float[] query = randoms(r, dim);
            for (int n = 0; n <= 11; n++) {
                int[] rows = new int[n + 3];  // longer than n: only the first n are read
                for (int i = 0; i < rows.length; i++) rows[i] = r.nextInt(50);
                float[] out = new float[n];
                VectorMath.dotsAt(query, vectors, rows, n, out, dim);
                for (int i = 0; i < n; i++) {
                    float one = VectorMath.dot(query, 0, vectors, rows[i] * dim, dim);
                    assertEquals(Float.floatToIntBits(one), Float.floatToIntBits(out[i]), "dim " + dim + ", row " + i + " of " + n);
                }
            }
        }
    }

    private static float[] randoms(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }
}
