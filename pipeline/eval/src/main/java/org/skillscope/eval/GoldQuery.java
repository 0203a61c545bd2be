package org.skillscope.eval;

import java.util.Set;

/** One evaluation query: a text and the ESCO URIs it should retrieve. */
public record GoldQuery(String text, Set<String> gold) {
    public GoldQuery {
        gold = Set.copyOf(gold);
    }
}
