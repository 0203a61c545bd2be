package org.skillscope.core.index;

/**
 * Dense scoring kernels. Scoring a block of queries against each stored vector with the queries
 * transposed ({@code qt[d * nq + q]}) turns the inner loop into {@code acc[q] += x * qt[...]}, which
 * the JIT vectorises (a plain dot product is a floating-point reduction it will not reorder).
 */
public final class VectorMath {
    private VectorMath() {}

    public static float dot(float[] a, int aOff, float[] b, int bOff, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int d = 0;
        for (; d + 3 < dim; d += 4) {
            s0 += a[aOff + d] * b[bOff + d];
            s1 += a[aOff + d + 1] * b[bOff + d + 1];
            s2 += a[aOff + d + 2] * b[bOff + d + 2];
            s3 += a[aOff + d + 3] * b[bOff + d + 3];
        }
        for (; d < dim; d++) {
            s0 += a[aOff + d] * b[bOff + d];
        }
        return s0 + s1 + s2 + s3;
    }

    /** Queries as rows → transposed layout {@code [dim][nq]}. */
    public static float[] transpose(float[][] queries, int dim) {
        int nq = queries.length;
        float[] qt = new float[dim * nq];
        for (int q = 0; q < nq; q++) {
            for (int d = 0; d < dim; d++) {
                qt[d * nq + q] = queries[q][d];
            }
        }
        return qt;
    }

    /** acc[q] = dot(vectors[row], query q) for every query in the transposed block. */
    public static void dotBlock(float[] vectors, int row, int dim, float[] qt, int nq, float[] acc) {
        java.util.Arrays.fill(acc, 0, nq, 0f);
        int off = row * dim;
        for (int d = 0; d < dim; d++) {
            float x = vectors[off + d];
            int base = d * nq;
            for (int q = 0; q < nq; q++) {
                acc[q] += x * qt[base + q];
            }
        }
    }
}
