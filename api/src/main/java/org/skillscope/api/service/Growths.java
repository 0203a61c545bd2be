package org.skillscope.api.service;

import org.skillscope.core.demand.Growth;

import java.util.List;
import java.util.Map;

/**
 * Growth as the API gives it: null, or {@link Rate} with {@code growthClear} beside it (the change is
 * statistically clear, docs/scoring.md). One reader of the growth columns of skill_demand, credential_skills and gaps.
 */
public final class Growths {
    /** The growth columns, for a SELECT list. */
    public static final String COLUMNS = "growth, growth_clear, growth_earlier_period, growth_later_period, "
            + "growth_earlier_vacancies, growth_later_vacancies, growth_earlier_count, growth_later_count";

    /** What {@link #fold} leaves in a row, as list columns ({@link Listing#columns}). */
    public static final List<String> JSON_COLUMNS = List.of("growth.rate", "growth.earlierVacancies", "growth.laterVacancies",
            "growth.earlierPeriod", "growth.laterPeriod", "growth.earlierCount", "growth.laterCount", "growthClear");

    /** The growth of a skill's demand between two periods of dated vacancies; {@code rate} is null for a skill newly asked for. */
    public record Rate(Double rate, long earlierVacancies, long laterVacancies, String earlierPeriod, String laterPeriod,
                       long earlierCount, long laterCount) {}

    private Growths() {}

    /** {@code before}, the growth columns, then {@code after}. */
    public static List<String> columns(List<String> before, List<String> after) {
        List<String> out = new java.util.ArrayList<>(before);
        out.addAll(JSON_COLUMNS);
        out.addAll(after);
        return List.copyOf(out);
    }

    /** The growth of a row read with {@link #COLUMNS} (keys in camelCase), or null. */
    public static Growth of(Map<String, Object> row) {
        if (row.get("growthEarlierVacancies") == null) return null;
        return new Growth(row.get("growth") == null ? null : ((Number) row.get("growth")).doubleValue(),
                num(row, "growthEarlierVacancies"), num(row, "growthLaterVacancies"), (String) row.get("growthEarlierPeriod"),
                (String) row.get("growthLaterPeriod"), num(row, "growthEarlierCount"), num(row, "growthLaterCount"),
                Boolean.TRUE.equals(row.get("growthClear")));
    }

    /** Replaces the growth columns of a row by {@code growth} (the object or null) and {@code growthClear}. */
    public static Map<String, Object> fold(Map<String, Object> row) {
        Growth g = of(row);
        for (String k : new String[] {"growthClear", "growthEarlierPeriod", "growthLaterPeriod", "growthEarlierVacancies",
                "growthLaterVacancies", "growthEarlierCount", "growthLaterCount"}) row.remove(k);
        row.put("growth", json(g));
        row.put("growthClear", clear(g));
        return row;
    }

    /** The growth object, or null. */
    public static Rate json(Growth g) {
        return g == null ? null : new Rate(g.rate(), g.earlierVacancies(), g.laterVacancies(), g.earlierPeriod(), g.laterPeriod(),
                g.earlierCount(), g.laterCount());
    }

    public static boolean clear(Growth g) {
        return g != null && g.clear();
    }

    private static long num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}
