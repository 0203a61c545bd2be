package org.skillscope.core.demand;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The two windows growth compares, chosen once per run from the dated vacancies: the latest {@code months}
 * months with dated ads and the {@code months} before them, the longest such pair (at most half the dated
 * span) in which each window holds at least the minimum of dated ads. Undated ads are in neither window.
 */
public record GrowthWindows(YearMonth earlierFrom, YearMonth laterFrom, YearMonth laterTo, int months) {
    public String earlierPeriod() {
        return period(earlierFrom, laterFrom.minusMonths(1));
    }

    public String laterPeriod() {
        return period(laterFrom, laterTo);
    }

    public boolean isEarlier(YearMonth m) {
        return m != null && !m.isBefore(earlierFrom) && m.isBefore(laterFrom);
    }

    public boolean isLater(YearMonth m) {
        return m != null && !m.isBefore(laterFrom) && !m.isAfter(laterTo);
    }

    /** ISO 8601 interval of months, e.g. "2025-07/2025-09". */
    private static String period(YearMonth from, YearMonth to) {
        return from + "/" + to;
    }

    /**
     * @param datedByMonth dated vacancies per month, all scopes together
     * @return the windows, or null when no pair of at least {@code minMonths} months holds
     *         {@code minVacancies} dated ads in each window
     */
    public static GrowthWindows choose(NavigableMap<YearMonth, Long> datedByMonth, int minMonths, long minVacancies) {
        if (datedByMonth.isEmpty()) return null;
        YearMonth first = datedByMonth.firstKey(), last = datedByMonth.lastKey();
        int span = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        for (int k = span / 2; k >= Math.max(1, minMonths); k--) {
            YearMonth laterFrom = last.minusMonths(k - 1), earlierFrom = laterFrom.minusMonths(k);
            long earlier = sum(datedByMonth.subMap(earlierFrom, true, laterFrom, false));
            long later = sum(datedByMonth.subMap(laterFrom, true, last, true));
            if (earlier >= minVacancies && later >= minVacancies) return new GrowthWindows(earlierFrom, laterFrom, last, k);
        }
        return null;
    }

    private static long sum(Map<YearMonth, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }
}
