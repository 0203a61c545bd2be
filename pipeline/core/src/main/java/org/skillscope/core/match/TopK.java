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
            Integer[] all = new Integer[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            Arrays.sort(all, (a, b) -> x[a] != x[b] ? Float.compare(x[b], x[a]) : Integer.compare(a, b));
            int[] out = new int[k];
            for (int i = 0; i < k; i++) {
                out[i] = all[i];
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
}
