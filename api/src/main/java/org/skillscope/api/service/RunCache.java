package org.skillscope.api.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers computed from a published run, kept in a bounded LRU map. A published run never changes
 * (the job writes it once, atomically), so an answer keyed by run id and request is valid forever;
 * only "which run is the latest" changes, and that is remembered for {@code latestTtlMillis} at most.
 * One instance per server.
 */
public final class RunCache {
    private final int maxEntries;
    private final long latestTtlMillis;
    private final LongSupplier clock;
    private final Map<String, Object> answers;
    private String latest;
    private long latestAt;

    public RunCache(int maxEntries, long latestTtlMillis, LongSupplier clock) {
        this.maxEntries = maxEntries;
        this.latestTtlMillis = latestTtlMillis;
        this.clock = clock;
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > RunCache.this.maxEntries;
            }
        };
    }

    /** The answer for {@code key} in {@code runId}, computed once; failures are not remembered. */
    @SuppressWarnings("unchecked")
    public <T> T get(String runId, String key, Supplier<T> compute) {
        String k = runId + "\u0000" + key;
        synchronized (answers) {
            Object hit = answers.get(k);
            if (hit != null) return (T) hit;
        }
        T value = compute.get(); // outside the lock: two racing requests both compute, both get the same answer
        synchronized (answers) {
            answers.put(k, value);
        }
        return value;
    }

    /** The latest published run id, re-read from {@code lookup} when older than the TTL. */
    public synchronized String latest(Supplier<String> lookup) {
        long now = clock.getAsLong();
        if (latest == null || now - latestAt >= latestTtlMillis) {
            latest = lookup.get();
            latestAt = now;
        }
        return latest;
    }
}
