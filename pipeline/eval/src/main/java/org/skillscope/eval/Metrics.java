package org.skillscope.eval;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics as the skill-extraction literature defines them (shared/data/README.md):
 * RP@k = |top-k ∩ G| / min(k, |G|); reciprocal rank = 1 / rank of the first gold item (0 if none).
 */
public final class Metrics {
    private Metrics() {}

    public static double rPrecisionAt(List<String> ranked, Set<String> gold, int k) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("RP@k is undefined for an empty gold set");
        }
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gold.contains(ranked.get(i))) {
                hits++;
            }
        }
        return (double) hits / Math.min(k, gold.size());
    }

    public static double reciprocalRank(List<String> ranked, Set<String> gold) {
        for (int i = 0; i < ranked.size(); i++) {
            if (gold.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0.0;
    }

    /** 1 if any gold item is in the top k, else 0. */
    public static double hitAt(List<String> ranked, Set<String> gold, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gold.contains(ranked.get(i))) {
                return 1.0;
            }
        }
        return 0.0;
    }
}
