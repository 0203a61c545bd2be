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
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; d < dim; d++) {
            s += a[aOff + d] * b[bOff + d];
        }
        return s;
    }
}
