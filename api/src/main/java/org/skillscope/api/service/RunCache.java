package org.skillscope.api.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers computed from a published run, kept in an LRU map bounded in bytes. A published run never
 * changes (the job writes it once, atomically), so an answer keyed by run id and request is valid
 * forever; only "which run is the latest" changes, and that is remembered for {@code latestTtlMillis}
 * at most. Serialised answers weigh their length; other values (a run's description, a flag) a fixed
 * estimate. One instance per server.
 */
public final class RunCache {
    /** What a value other than serialised bytes is counted as: a run description is well under it. */
    static final int OBJECT_BYTES = 1024;
    private final long maxBytes;
    private final long latestTtlMillis;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Object> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private String latest;
    private long latestAt;

    public RunCache(long maxBytes, long latestTtlMillis, LongSupplier clock) {
        this.maxBytes = maxBytes;
        this.latestTtlMillis = latestTtlMillis;
        this.clock = clock;
    }

    /** What an entry counts for: its key (UTF-16) and its value, plus the map's own overhead. */
    public static long weight(String key, Object value) {
        return 64 + 2L * key.length() + (value instanceof byte[] b ? b.length : OBJECT_BYTES);
    }

    /**
     * The answer for {@code key} in {@code runId}, computed once; failures are not remembered, nor an
     * answer over half the bound (it would evict most others).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String runId, String key, Supplier<T> compute) {
        String k = runId + "\u0000" + key;
        synchronized (answers) {
            Object hit = answers.get(k);
            if (hit != null) return (T) hit;
        }
        T value = compute.get(); // outside the lock: two racing requests both compute, both get the same answer
        long w = weight(k, value);
        if (w > maxBytes / 2) return value;
        synchronized (answers) {
            Object old = answers.put(k, value);
            if (old != null) bytes -= weight(k, old);
            bytes += w;
            for (Iterator<Map.Entry<String, Object>> it = answers.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
                Map.Entry<String, Object> eldest = it.next();
                bytes -= weight(eldest.getKey(), eldest.getValue());
                it.remove();
            }
        }
        return value;
    }

    /** Bytes the kept answers count for (never over the bound). */
    public long bytes() {
        synchronized (answers) {
            return bytes;
        }
    }

    /** How many answers are kept. */
    public int size() {
        synchronized (answers) {
            return answers.size();
        }
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
