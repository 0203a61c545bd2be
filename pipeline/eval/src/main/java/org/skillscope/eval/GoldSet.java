package org.skillscope.eval;

import java.util.List;

/**
 * A read gold file. {@code rows} = data rows read; {@code queriesWithoutGold} = texts whose labels
 * were all "not present" markers (not evaluable); {@code unresolvedLabels} = labels that name no
 * concept of the loaded ESCO (kept so a version mismatch is visible, not silently scored as misses);
 * {@code textsWithoutGold} = those texts (sentence gold only), which state no ESCO skill: nothing should be asserted on them.
 */
public record GoldSet(List<GoldQuery> queries, int rows, int queriesWithoutGold, List<String> unresolvedLabels,
                      List<String> textsWithoutGold) {
    public GoldSet {
        queries = List.copyOf(queries);
        unresolvedLabels = List.copyOf(unresolvedLabels);
        textsWithoutGold = List.copyOf(textsWithoutGold);
    }

    public GoldSet(List<GoldQuery> queries, int rows, int queriesWithoutGold, List<String> unresolvedLabels) {
        this(queries, rows, queriesWithoutGold, unresolvedLabels, List.of());
    }
}
