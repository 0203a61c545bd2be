package org.skillscope.spark;

import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The matchers of one JVM (driver or executor), opened once from the on-disk index the driver built:
 * executors receive only two paths, never the index itself. Keyed by ESCO path and cache folder so
 * two runs with different inputs in one JVM never share a matcher. Each matcher call runs on one
 * core: the executor's task slots are the parallelism (ONNX or ranking threads inside a task would
 * only contend with the other tasks, and local[1] would quietly use two cores).
 */
final class Matchers {
    private static final ConcurrentHashMap<String, Matchers> OPEN = new ConcurrentHashMap<>();

    final Esco esco;
    final SkillIndex index;
    final SkillMatcher skills;
    final OccupationMatcher occupations;
    final org.skillscope.core.match.DocumentSense sense;

    private Matchers(Esco esco, SkillIndex index) {
        this.esco = esco;
        this.index = index;
        this.skills = new SkillMatcher(index);
        this.occupations = new OccupationMatcher(index);
        this.sense = new org.skillscope.core.match.DocumentSense(esco);
    }

    static Matchers get(String escoPath, String cacheDir) {
        return OPEN.computeIfAbsent(escoPath + "|" + cacheDir, k -> {
            Esco esco = EscoLoader.load(Path.of(escoPath));
            return new Matchers(esco, SkillIndex.openOrBuild(esco, Path.of(cacheDir), 1));
        });
    }

    /** Closes and forgets every matcher of this JVM, so the next run opens its index afresh, as a new JVM would. */
    static void releaseAll() {
        OPEN.values().forEach(m -> m.index.close());
        OPEN.clear();
    }

    /** The driver already holds the loaded ESCO: register it so local executors don't load it twice. */
    static Matchers register(String escoPath, String cacheDir, Esco esco) {
        return OPEN.computeIfAbsent(escoPath + "|" + cacheDir, k -> new Matchers(esco, SkillIndex.openOrBuild(esco, Path.of(cacheDir), 1)));
    }
}
