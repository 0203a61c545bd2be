package org.skillscope.core.match;

import java.util.Arrays;
import java.util.PriorityQueue;

/** Indices of the k largest values, largest first; ties broken by the smaller index (stable, reproducible). */
final class TopK {
    private TopK() {}

    static int[] indices(float[] x, int k) {
        int n = x.length;
        k = Math.min(k, n);
        if (k <= 0) {
            return new int[0];
        }
        if (k * 4 >= n) {
            // one primitive sort of (value descending, index ascending) keys instead of boxed indices and a comparator
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) ~sortable(x[i]) << 32) | i;
            }
            Arrays.sort(keys);
            int[] out = new int[k];
            for (int i = 0; i < k; i++) {
                out[i] = (int) keys[i];
            }
            return out;
        }
        // min-heap of the current best k: worst on top
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1,
                (a, b) -> x[a] != x[b] ? Float.compare(x[a], x[b]) : Integer.compare(b, a));
        for (int i = 0; i < n; i++) {
            if (heap.size() < k) {
                heap.add(i);
            } else {
                int worst = heap.peek();
                if (x[i] > x[worst] || (x[i] == x[worst] && i < worst)) {
                    heap.poll();
                    heap.add(i);
                }
            }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = heap.poll();
        }
        return out;
    }

    /** An int that orders as the float does (-0 as 0, so equal values tie and fall to the smaller index, as above). */
    static int sortable(float v) {
        int bits = Float.floatToIntBits(v + 0.0f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }
}
