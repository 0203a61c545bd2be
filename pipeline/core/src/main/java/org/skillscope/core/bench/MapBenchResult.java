package org.skillscope.core.bench;

import java.util.Locale;

/**
 * Mapping speed. {@code sentences} units mapped per run; throughput is units per second of wall
 * time over the whole batch (split, embed, search, fuse), cold = a fresh matcher (empty unit cache),
 * warm = the same units again (cache hits). Index times: {@code buildSeconds} for building into an
 * empty cache folder (NaN when not measured), {@code loadSeconds} for reopening a built one.
 */
public record MapBenchResult(int sentences, double lexicalPerSecond, double hybridPerSecond, double hybridWarmPerSecond,
                             double buildSeconds, double loadSeconds) {
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"sentences\":%d,\"lexicalPerSecond\":%.1f,\"hybridPerSecond\":%.1f,\"hybridWarmPerSecond\":%.1f,"
                        + "\"indexBuildSeconds\":%s,\"indexLoadSeconds\":%.2f}",
                sentences, lexicalPerSecond, hybridPerSecond, hybridWarmPerSecond,
                Double.isNaN(buildSeconds) ? "null" : String.format(Locale.ROOT, "%.1f", buildSeconds), loadSeconds);
    }
}
