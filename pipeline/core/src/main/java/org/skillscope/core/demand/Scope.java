package org.skillscope.core.demand;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a figure holds: every vacancy ({@link #ALL}), or those of one country, region or sector. Ordered by
 * type, then value, so per-scope maps and the rows written from them come out in one stable order.
 */
public record Scope(String type, String value) implements Comparable<Scope> {
    public static final Scope ALL = new Scope("all", "*");
    private static final Comparator<Scope> ORDER = Comparator.comparing(Scope::type).thenComparing(Scope::value);

    public Scope {
        Objects.requireNonNull(type, "scope type");
        Objects.requireNonNull(value, "scope value");
    }

    public static Scope country(String country) {
        return new Scope("country", country);
    }

    /** "type|value", the key the run's warnings and coverage report name a scope by. */
    public String key() {
        return type + "|" + value;
    }

    @Override
    public int compareTo(Scope o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return key();
    }
}
