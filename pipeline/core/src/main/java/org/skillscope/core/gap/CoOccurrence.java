package org.skillscope.core.gap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many vacancies ask for each skill, and for each pair of skills: all that bundle building reads.
 * Built from skill sets on one machine, or from counts a caller aggregated elsewhere (in Spark at scale).
 */
public final class CoOccurrence {
    private final Map<String, Long> singles = new TreeMap<>();
    private final Map<String, Long> pairs = new TreeMap<>();

    /** Counts over skill sets, each set counted as many times as vacancies have it. */
    public static CoOccurrence of(Map<Set<String>, Long> sets) {
        CoOccurrence co = new CoOccurrence();
        for (Map.Entry<Set<String>, Long> e : sets.entrySet()) {
            List<String> items = e.getKey().stream().sorted().toList();
            long n = e.getValue();
            for (int i = 0; i < items.size(); i++) {
                co.addSingle(items.get(i), n);
                for (int j = i + 1; j < items.size(); j++) co.addPair(items.get(i), items.get(j), n);
            }
        }
        return co;
    }

    public CoOccurrence addSingle(String skill, long vacancies) {
        singles.merge(skill, vacancies, Long::sum);
        return this;
    }

    public CoOccurrence addPair(String a, String b, long vacancies) {
        if (a.equals(b)) throw new IllegalArgumentException("a pair needs two skills: " + a);
        pairs.merge(key(a, b), vacancies, Long::sum);
        return this;
    }

    public long single(String skill) {
        return singles.getOrDefault(skill, 0L);
    }

    public long pair(String a, String b) {
        return pairs.getOrDefault(key(a, b), 0L);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
