package org.skillscope.core.index;

/**
 * Dense scoring kernels. Exact rescoring of candidates is most of a unit's matching time, so the
 * dot product runs on the JDK's SIMD Vector API when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the launcher and the tests do), else on a scalar loop
 * with eight independent sums (a single running sum is a chain of dependent adds the JIT will not
 * reorder). The two agree to float rounding, not bit for bit: runs compared for equality use one JVM setup.
 */
public final class VectorMath {
    private static final boolean SIMD = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorMath() {}

    /** Whether the SIMD kernel is in use (reported by the benchmarks). */
    public static boolean simd() {
        return SIMD;
    }

    public static float dot(float[] a, int aOff, float[] b, int bOff, int dim) {
        return SIMD ? SimdDot.dot(a, aOff, b, bOff, dim) : scalarDot(a, aOff, b, bOff, dim);
    }

    static float scalarDot(float[] a, int aOff, float[] b, int bOff, int dim) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int d = 0;
        for (; d + 7 < dim; d += 8) {
            s0 += a[aOff + d] * b[bOff + d];
            s1 += a[aOff + d + 1] * b[bOff + d + 1];
            s2 += a[aOff + d + 2] * b[bOff + d + 2];
            s3 += a[aOff + d + 3] * b[bOff + d + 3];
            s4 += a[aOff + d + 4] * b[bOff + d + 4];
            s5 += a[aOff + d + 5] * b[bOff + d + 5];
            s6 += a[aOff + d + 6] * b[bOff + d + 6];
            s7 += a[aOff + d + 7] * b[bOff + d + 7];
        }
        for (; d < dim; d++) {
            s0 += a[aOff + d] * b[bOff + d];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Rows (queries, or the vectors stored in the index) → one row-major array {@code [n][dim]}, the layout {@link #dots} reads. */
    public static float[] flatten(float[][] queries, int dim) {
        float[] out = new float[queries.length * dim];
        for (int q = 0; q < queries.length; q++) {
            System.arraycopy(queries[q], 0, out, q * dim, dim);
        }
        return out;
    }

    /** {@code out[q]} = dot(vectors[row], query q) for each of the {@code nq} flattened queries. */
    public static void dots(float[] vectors, int row, int dim, float[] queries, int nq, float[] out) {
        int off = row * dim;
        if (SIMD) {
            SimdDot.dots(vectors, off, queries, nq, out, dim);
            return;
        }
        for (int q = 0; q < nq; q++) {
            out[q] = dot(vectors, off, queries, q * dim, dim);
        }
    }

    /** {@code out[i]} = {@link #dot}(query, row {@code rows[i]} of {@code vectors}) for the first {@code n} rows, to the bit. */
    public static void dotsAt(float[] query, float[] vectors, int[] rows, int n, float[] out, int dim) {
        if (SIMD) {
            SimdDot.dotsAt(query, vectors, rows, n, out, dim);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = dot(query, 0, vectors, rows[i] * dim, dim);
        }
    }
}
