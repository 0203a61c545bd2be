package org.skillscope.api.service;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A list the API serves two ways from one definition: a page of it as JSON, or all of it, row by row, as
 * CSV. Its items are records of type {@code T}; {@link #columns} are their keys, a nested object's fields as
 * {@code key.field}: the CSV header, kept even when a list is empty.
 */
public interface Listing<T> {
    List<String> columns();

    PageRequest.Page<T> page(PageRequest page);

    /** Every row, in the list's order. */
    void each(Consumer<T> row);

    /**
     * A list read with SQL: {@code select} without paging (it gets the page's OFFSET/FETCH), {@code count} its
     * size; {@code post} shapes each row before it becomes a {@code type}.
     */
    static <T> Listing<T> sql(Database db, Class<T> type, List<String> columns, String count, String select, List<Object> params,
                              UnaryOperator<Map<String, Object>> post) {
        Object[] p = params.toArray();
        return new Listing<>() {
            @Override public List<String> columns() { return columns; }

            @Override public PageRequest.Page<T> page(PageRequest page) {
                long total = db.count(count, p);
                List<T> rows = db.query(select + page.sql(), p).stream().map(r -> Json.row(post.apply(r), type)).toList();
                return page.of(rows, total);
            }

            @Override public void each(Consumer<T> row) {
                db.each(select, r -> row.accept(Json.row(post.apply(r), type)), p);
            }
        };
    }

    /** The same where the columns are the record's own. */
    static <T> Listing<T> sql(Database db, Class<T> type, List<String> columns, String count, String select, List<Object> params) {
        return sql(db, type, columns, count, select, params, r -> r);
    }

    /**
     * A list held in memory as {@code hits}, made into items by {@code items} a page (or, for all of it, a
     * chunk) at a time: the costly part (demand looked up per item) is done only for what is shown.
     */
    static <H, T> Listing<T> memory(List<String> columns, List<H> hits, Function<List<H>, List<T>> items) {
        List<H> all = List.copyOf(hits);
        return new Listing<>() {
            @Override public List<String> columns() { return columns; }

            @Override public PageRequest.Page<T> page(PageRequest page) {
                PageRequest.Page<H> p = page.slice(all);
                return page.of(items.apply(p.items()), p.total());
            }

            @Override public void each(Consumer<T> row) {
                for (int from = 0; from < all.size(); from += 500) {
                    items.apply(all.subList(from, Math.min(all.size(), from + 500))).forEach(row);
                }
            }
        };
    }

    /** A list already made, items and all. */
    static <T> Listing<T> of(List<String> columns, List<T> rows) {
        return memory(columns, rows, chunk -> List.copyOf(chunk));
    }
}
