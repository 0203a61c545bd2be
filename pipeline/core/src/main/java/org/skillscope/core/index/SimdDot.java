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

    private static float tail(float s, float[] a, int aOff, float[] b, int bOff, int from, int dim) {
        for (int d = from; d < dim; d++) {
            s += a[aOff + d] * b[bOff + d];
        }
        return s;
    }
}
