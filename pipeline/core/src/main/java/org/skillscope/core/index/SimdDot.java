package org.skillscope.core.index;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** The SIMD dot product; loaded only when the incubator module is present (see {@link VectorMath}). */
final class SimdDot {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private SimdDot() {}

    static float dot(float[] a, int aOff, float[] b, int bOff, int dim) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int d = 0;
        for (int bound = SPECIES.loopBound(dim); d < bound; d += SPECIES.length()) {
            acc = FloatVector.fromArray(SPECIES, a, aOff + d).fma(FloatVector.fromArray(SPECIES, b, bOff + d), acc);
        }
        return tail(acc.reduceLanes(VectorOperators.ADD), a, aOff, b, bOff, d, dim);
    }

    /**
     * {@code out[q]} = {@link #dot}(row, query q) for {@code nq} flattened queries, four queries per pass over the row: the
     * row's lanes are loaded once for four independent multiply-add chains (one chain's adds wait on each other), then the
     * last two or three together. Each
     * query's sums are the very operations of {@link #dot}, in the same order, so the results are the same to the bit.
     */
    static void dots(float[] vectors, int off, float[] queries, int nq, float[] out, int dim) {
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(dim);
        int q = 0;
        for (; q + 3 < nq; q += 4) {
            int q0 = q * dim, q1 = q0 + dim, q2 = q1 + dim, q3 = q2 + dim;
            FloatVector a0 = FloatVector.zero(SPECIES), a1 = a0, a2 = a0, a3 = a0;
            for (int d = 0; d < bound; d += step) {
                FloatVector v = FloatVector.fromArray(SPECIES, vectors, off + d);
                a0 = v.fma(FloatVector.fromArray(SPECIES, queries, q0 + d), a0);
                a1 = v.fma(FloatVector.fromArray(SPECIES, queries, q1 + d), a1);
                a2 = v.fma(FloatVector.fromArray(SPECIES, queries, q2 + d), a2);
                a3 = v.fma(FloatVector.fromArray(SPECIES, queries, q3 + d), a3);
            }
            out[q] = tail(a0.reduceLanes(VectorOperators.ADD), vectors, off, queries, q0, bound, dim);
            out[q + 1] = tail(a1.reduceLanes(VectorOperators.ADD), vectors, off, queries, q1, bound, dim);
            out[q + 2] = tail(a2.reduceLanes(VectorOperators.ADD), vectors, off, queries, q2, bound, dim);
            out[q + 3] = tail(a3.reduceLanes(VectorOperators.ADD), vectors, off, queries, q3, bound, dim);
        }
        // the last two or three queries side by side too (the coherence's ten peers, a unit with one or two phrases)
        if (nq - q == 3) {
            int q0 = q * dim, q1 = q0 + dim, q2 = q1 + dim;
            FloatVector a0 = FloatVector.zero(SPECIES), a1 = a0, a2 = a0;
            for (int d = 0; d < bound; d += step) {
                FloatVector v = FloatVector.fromArray(SPECIES, vectors, off + d);
                a0 = v.fma(FloatVector.fromArray(SPECIES, queries, q0 + d), a0);
                a1 = v.fma(FloatVector.fromArray(SPECIES, queries, q1 + d), a1);
                a2 = v.fma(FloatVector.fromArray(SPECIES, queries, q2 + d), a2);
            }
            out[q] = tail(a0.reduceLanes(VectorOperators.ADD), vectors, off, queries, q0, bound, dim);
            out[q + 1] = tail(a1.reduceLanes(VectorOperators.ADD), vectors, off, queries, q1, bound, dim);
            out[q + 2] = tail(a2.reduceLanes(VectorOperators.ADD), vectors, off, queries, q2, bound, dim);
        } else if (nq - q == 2) {
            int q0 = q * dim, q1 = q0 + dim;
            FloatVector a0 = FloatVector.zero(SPECIES), a1 = a0;
            for (int d = 0; d < bound; d += step) {
                FloatVector v = FloatVector.fromArray(SPECIES, vectors, off + d);
                a0 = v.fma(FloatVector.fromArray(SPECIES, queries, q0 + d), a0);
                a1 = v.fma(FloatVector.fromArray(SPECIES, queries, q1 + d), a1);
            }
            out[q] = tail(a0.reduceLanes(VectorOperators.ADD), vectors, off, queries, q0, bound, dim);
            out[q + 1] = tail(a1.reduceLanes(VectorOperators.ADD), vectors, off, queries, q1, bound, dim);
        } else if (nq - q == 1) {
            out[q] = dot(vectors, off, queries, q * dim, dim);
        }
    }

    /**
     * {@code out[i]} = {@link #dot}(query, row {@code rows[i]}) for {@code n} rows scattered over {@code vectors}, four rows
     * per pass: their loads are in flight together instead of one row's after another's (rows far apart in a large array
     * wait on memory more than on arithmetic). Each row's sums are the very operations of {@link #dot}, in the same order.
     */
    static void dotsAt(float[] query, float[] vectors, int[] rows, int n, float[] out, int dim) {
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(dim);
        int i = 0;
        for (; i + 3 < n; i += 4) {
            int o0 = rows[i] * dim, o1 = rows[i + 1] * dim, o2 = rows[i + 2] * dim, o3 = rows[i + 3] * dim;
            FloatVector a0 = FloatVector.zero(SPECIES), a1 = a0, a2 = a0, a3 = a0;
            for (int d = 0; d < bound; d += step) {
                FloatVector q = FloatVector.fromArray(SPECIES, query, d);
                a0 = q.fma(FloatVector.fromArray(SPECIES, vectors, o0 + d), a0);
                a1 = q.fma(FloatVector.fromArray(SPECIES, vectors, o1 + d), a1);
                a2 = q.fma(FloatVector.fromArray(SPECIES, vectors, o2 + d), a2);
                a3 = q.fma(FloatVector.fromArray(SPECIES, vectors, o3 + d), a3);
            }
            out[i] = tail(a0.reduceLanes(VectorOperators.ADD), query, 0, vectors, o0, bound, dim);
            out[i + 1] = tail(a1.reduceLanes(VectorOperators.ADD), query, 0, vectors, o1, bound, dim);
            out[i + 2] = tail(a2.reduceLanes(VectorOperators.ADD), query, 0, vectors, o2, bound, dim);
            out[i + 3] = tail(a3.reduceLanes(VectorOperators.ADD), query, 0, vectors, o3, bound, dim);
        }
        for (; i < n; i++) {
            out[i] = dot(query, 0, vectors, rows[i] * dim, dim);
        }
    }

    private static float tail(float s, float[] a, int aOff, float[] b, int bOff, int from, int dim) {
        for (int d = from; d < dim; d++) {
            s += a[aOff + d] * b[bOff + d];
        }
        return s;
    }
}
