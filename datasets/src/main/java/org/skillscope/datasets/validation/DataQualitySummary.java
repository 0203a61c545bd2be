package org.skillscope.datasets.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Over a set of records: how many lack each checked element, and the share that is.
 * Keys keep the order the elements were checked in.
 */
public record DataQualitySummary(long records, Map<String, Long> missing) {
    public DataQualitySummary {
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /** Share (0..1) of records missing {@code element}; 0 when there are no records. */
    public double shareMissing(String element) {
        if (records == 0) return 0.0;
        return missing.getOrDefault(element, 0L) / (double) records;
    }

    /** Shares for every element, in check order. */
    public Map<String, Double> sharesMissing() {
        Map<String, Double> out = new LinkedHashMap<>();
        missing.keySet().forEach(k -> out.put(k, shareMissing(k)));
        return out;
    }

    /** A plain-text table, one element per line. */
    public String describe() {
        StringBuilder sb = new StringBuilder("records: ").append(records).append('\n');
        missing.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, "%-20s missing %6d (%5.1f %%)%n", k, v, 100 * shareMissing(k))));
        return sb.toString();
    }
}
