package org.skillscope.api.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A list the API serves two ways from one definition: a page of it as JSON, or all of it, row by row, as
 * CSV. {@link #columns} are the items' keys, a nested object's fields as {@code key.field}: the CSV header,
 * kept even when a list is empty.
 */
public interface Listing {
    List<String> columns();

    PageRequest.Page<Map<String, Object>> page(PageRequest page);

    /** Every row, in the list's order. */
    void each(Consumer<Map<String, Object>> row);

    /**
     * A list read with SQL: {@code select} without paging (it gets the page's OFFSET/FETCH), {@code count} its
     * size; {@code post} shapes each row as the JSON item.
     */
    static Listing sql(Database db, List<String> columns, String count, String select, List<Object> params,
                       UnaryOperator<Map<String, Object>> post) {
        Object[] p = params.toArray();
        return new Listing() {
            @Override public List<String> columns() { return columns; }

            @Override public PageRequest.Page<Map<String, Object>> page(PageRequest page) {
                long total = db.count(count, p);
                List<Map<String, Object>> rows = db.query(select + page.sql(), p);
                rows.replaceAll(post);
                return page.of(rows, total);
            }

            @Override public void each(Consumer<Map<String, Object>> row) {
                db.each(select, r -> row.accept(post.apply(r)), p);
            }
        };
    }

    /**
     * A list held in memory as {@code hits}, made into items by {@code items} a page (or, for all of it, a
     * chunk) at a time: the costly part (demand looked up per item) is done only for what is shown.
     */
    static <T> Listing memory(List<String> columns, List<T> hits, Function<List<T>, List<Map<String, Object>>> items) {
        List<T> all = List.copyOf(hits);
        return new Listing() {
            @Override public List<String> columns() { return columns; }

            @Override public PageRequest.Page<Map<String, Object>> page(PageRequest page) {
                PageRequest.Page<T> p = page.slice(all);
                return page.of(items.apply(p.items()), p.total());
            }

            @Override public void each(Consumer<Map<String, Object>> row) {
                for (int from = 0; from < all.size(); from += 500) {
                    items.apply(all.subList(from, Math.min(all.size(), from + 500))).forEach(row);
                }
            }
        };
    }

    /** A list already made, items and all. */
    static Listing of(List<String> columns, List<Map<String, Object>> rows) {
        return memory(columns, rows, chunk -> new ArrayList<>(chunk));
    }
}
