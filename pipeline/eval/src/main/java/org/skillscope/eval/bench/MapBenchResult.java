package org.skillscope.eval.bench;

import org.skillscope.datasets.JsonMappers;

/**
 * Mapping speed. {@code sentences} units mapped per run; throughput is units per second of wall
 * time over the whole batch (split, embed, search, fuse), cold = a fresh matcher (empty unit cache),
 * warm = the same units again through the same matcher (JIT and index pages warm; there is no ranking
 * cache, see {@code RankingEngine}, so warm and cold map the same work). Index times: {@code buildSeconds} for building into an
 * empty cache folder (NaN when not measured), {@code loadSeconds} for reopening a built one.
 * Lexical and cold hybrid figures are medians of {@code repeats} passes, each with a fresh matcher;
 * {@code distinctSentences} says how many of the units the cold pass really had to map;
 * {@code simd} whether the SIMD dot product ran (the JVM had {@code jdk.incubator.vector}).
 */
public record MapBenchResult(int sentences, int distinctSentences, int repeats, double lexicalPerSecond, double hybridPerSecond,
                             double hybridWarmPerSecond, double buildSeconds, double loadSeconds, boolean simd) {
    public String toJson() {
        // indexBuildSeconds is null when not measured (NaN)
        return JsonMappers.write(JsonMappers.object().put("sentences", sentences).put("distinctSentences", distinctSentences)
                .put("repeats", repeats).put("lexicalPerSecond", JsonMappers.fixed(lexicalPerSecond, 1))
                .put("hybridPerSecond", JsonMappers.fixed(hybridPerSecond, 1)).put("hybridWarmPerSecond", JsonMappers.fixed(hybridWarmPerSecond, 1))
                .put("indexBuildSeconds", JsonMappers.fixed(buildSeconds, 1)).put("indexLoadSeconds", JsonMappers.fixed(loadSeconds, 2))
                .put("simd", simd));
    }
}
