package org.skillscope.eval.bench;

import java.util.Locale;

/**
 * Mapping speed. {@code sentences} units mapped per run; throughput is units per second of wall
 * time over the whole batch (split, embed, search, fuse), cold = a fresh matcher (empty unit cache),
 * warm = the same units again (cache hits). Index times: {@code buildSeconds} for building into an
 * empty cache folder (NaN when not measured), {@code loadSeconds} for reopening a built one.
 * Lexical and cold hybrid figures are medians of {@code repeats} passes, each with a fresh matcher;
 * {@code distinctSentences} says how many of the units the cold pass really had to map;
 * {@code simd} whether the SIMD dot product ran (the JVM had {@code jdk.incubator.vector}).
 */
public record MapBenchResult(int sentences, int distinctSentences, int repeats, double lexicalPerSecond, double hybridPerSecond,
                             double hybridWarmPerSecond, double buildSeconds, double loadSeconds, boolean simd) {
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"sentences\":%d,\"distinctSentences\":%d,\"repeats\":%d,\"lexicalPerSecond\":%.1f,\"hybridPerSecond\":%.1f,"
                        + "\"hybridWarmPerSecond\":%.1f,\"indexBuildSeconds\":%s,\"indexLoadSeconds\":%.2f,\"simd\":%s}",
                sentences, distinctSentences, repeats, lexicalPerSecond, hybridPerSecond, hybridWarmPerSecond,
                Double.isNaN(buildSeconds) ? "null" : String.format(Locale.ROOT, "%.1f", buildSeconds), loadSeconds, simd);
    }
}
