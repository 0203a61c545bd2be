package org.skillscope.api.service;

import java.util.List;

/** A page of a list: 1-based page number and size, checked against the configured maximum. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(Integer page, Integer size, int maxSize) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1) throw ApiException.badRequest("page must be 1 or more, got " + p);
        if (s < 1 || s > maxSize) throw ApiException.badRequest("size must be between 1 and " + maxSize + ", got " + s);
        if ((long) (p - 1) * s > 10_000_000L) throw ApiException.badRequest("page " + p + " is beyond any list");
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** Standard SQL:2008 paging, understood by H2, PostgreSQL, Oracle and SQL Server. */
    public String sql() {
        return " OFFSET " + offset() + " ROWS FETCH NEXT " + size + " ROWS ONLY";
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(page, size, total, items);
    }

    /** Pages a list already in memory. */
    public <T> Page<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(page, size, all.size(), List.copyOf(all.subList(from, to)));
    }

    public record Page<T>(int page, int size, long total, List<T> items) {}
}
