package org.skillscope.core.demand;

/**
 * Vacancy totals of one scope (e.g. country DE, or "all"): all of them, its dated ones, and those in the
 * earlier and later growth windows; {@code mixShift} is how much the windows' mix of countries and sources
 * differs (total variation distance, 0 = the same mix, 1 = no overlap; {@link #mixShift(java.util.Map, java.util.Map)}).
 */
public record ScopeTotals(String scope, long vacancies, long dated, long early, long late, double mixShift) {
    public ScopeTotals(String scope, long vacancies, long dated, long early, long late) {
        this(scope, vacancies, dated, early, late, 0);
    }

    /** Half the sum over strata of |share in the earlier window - share in the later one|. */
    public static double mixShift(java.util.Map<String, Long> earlier, java.util.Map<String, Long> later) {
        long e = earlier.values().stream().mapToLong(Long::longValue).sum(), l = later.values().stream().mapToLong(Long::longValue).sum();
        if (e == 0 || l == 0) return 1;
        java.util.Set<String> strata = new java.util.TreeSet<>(earlier.keySet());
        strata.addAll(later.keySet());
        double sum = 0;
        for (String s : strata) sum += Math.abs((double) earlier.getOrDefault(s, 0L) / e - (double) later.getOrDefault(s, 0L) / l);
        return sum / 2;
    }
}
