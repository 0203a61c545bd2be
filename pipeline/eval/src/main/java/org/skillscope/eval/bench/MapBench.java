package org.skillscope.eval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.skillscope.core.CoreException;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.index.VectorMath;
import org.skillscope.core.match.MatcherConfig;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;

/**
 * Measures mapping throughput and index build/load times. Texts are cut into units first (as the
 * matcher does) and the units are mapped in batches of {@code batchSize}, the way the Spark job
 * calls the batch API per partition.
 */
public final class MapBench {
    private MapBench() {}

    /**
     * @param cacheDir   index cache; if it holds no index for this ESCO yet, the first open is timed as the build
     * @param texts      vacancy texts or sentences to map
     * @param batchSize  units per {@code matchAll} call
     * @param repeats    cold passes (fresh matchers) whose median is reported
     */
    public static MapBenchResult run(Esco esco, Path cacheDir, List<String> texts, int batchSize, int repeats) {
        if (cacheDir == null) {
            throw new CoreException("the benchmark needs an index cache folder");
        }
        double build = Double.NaN;
        boolean cold = !Files.isDirectory(cacheDir) || isEmpty(cacheDir);
        if (cold) {
            try (SkillIndex built = SkillIndex.openOrBuild(esco, cacheDir)) {
                build = built.openSeconds();
            }
        }
        try (SkillIndex index = SkillIndex.openOrBuild(esco, cacheDir)) {
            double load = index.openSeconds();
            SkillMatcher splitter = new SkillMatcher(index, MatcherConfig.defaults());
            List<String> units = new ArrayList<>();
            for (String t : texts) {
                units.addAll(splitter.units(t));
            }
            if (units.isEmpty()) {
                throw new CoreException("no text units to benchmark");
            }
            // warm-up: one whole pass in each mode, so the measured passes run compiled code (with 64 units the JIT was still
            // compiling through them: docs/ranking.md, stop 41)
            throughput(new SkillMatcher(index, MatcherConfig.defaults().withMode(MatcherConfig.Mode.LEXICAL)), units, batchSize);
            throughput(new SkillMatcher(index, MatcherConfig.defaults()), units, batchSize);
            double[] lexical = new double[repeats];
            double[] hybridCold = new double[repeats];
            SkillMatcher hybrid = null;
            for (int r = 0; r < repeats; r++) {
                lexical[r] = throughput(new SkillMatcher(index, MatcherConfig.defaults().withMode(MatcherConfig.Mode.LEXICAL)), units, batchSize);
                hybrid = new SkillMatcher(index, MatcherConfig.defaults());
                hybridCold[r] = throughput(hybrid, units, batchSize);
            }
            double hybridWarm = throughput(hybrid, units, batchSize);
            return new MapBenchResult(units.size(), new HashSet<>(units).size(), repeats, median(lexical), median(hybridCold), hybridWarm,
                    build, load, VectorMath.simd());
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static boolean isEmpty(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new CoreException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static double throughput(SkillMatcher matcher, List<String> units, int batchSize) {
        long t = System.nanoTime();
        for (int from = 0; from < units.size(); from += batchSize) {
            matcher.matchAll(units.subList(from, Math.min(units.size(), from + batchSize)));
        }
        return units.size() / ((System.nanoTime() - t) / 1e9);
    }
}
