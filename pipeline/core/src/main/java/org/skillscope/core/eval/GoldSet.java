package org.skillscope.core.eval;

import java.util.List;

/**
 * A read gold file. {@code rows} = data rows read; {@code queriesWithoutGold} = texts whose labels
 * were all "not present" markers (not evaluable); {@code unresolvedLabels} = labels that name no
 * concept of the loaded ESCO (kept so a version mismatch is visible, not silently scored as misses).
 */
public record GoldSet(List<GoldQuery> queries, int rows, int queriesWithoutGold, List<String> unresolvedLabels) {
    public GoldSet {
        queries = List.copyOf(queries);
        unresolvedLabels = List.copyOf(unresolvedLabels);
    }
}
