package org.skillscope.spark;

import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.LanguageLabelLoader;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.lang.TitleParams;

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
        this.sense = skills.sense();
    }

    static Matchers get(String escoPath, String cacheDir) {
        return OPEN.computeIfAbsent(escoPath + "|" + cacheDir, k -> {
            Esco esco = EscoLoader.load(Path.of(escoPath));
            return new Matchers(esco, SkillIndex.openOrBuild(esco, Path.of(cacheDir), 1));
        });
    }

    private static final ConcurrentHashMap<String, Multilingual> LANGUAGES = new ConcurrentHashMap<>();

    /**
     * The matcher for vacancies in other languages, from the label files at {@code labelPaths} (joined by
     * {@link #PATHS}, as the executors receive them); built once per JVM, each language's index on first use.
     */
    static Multilingual languages(String escoPath, String cacheDir, String labelPaths) {
        return LANGUAGES.computeIfAbsent(escoPath + "|" + labelPaths, k -> new Multilingual(get(escoPath, cacheDir).esco,
                LanguageLabelLoader.load(paths(labelPaths)), TitleParams.DEFAULTS));
    }

    /** The driver holds ESCO already: the matcher for other languages from it (null when no label paths are given). */
    static Multilingual registerLanguages(String escoPath, String labelPaths, Esco esco) {
        if (labelPaths.isEmpty()) return null;
        return LANGUAGES.computeIfAbsent(escoPath + "|" + labelPaths, k -> new Multilingual(esco, LanguageLabelLoader.load(paths(labelPaths)),
                TitleParams.DEFAULTS));
    }

    /** Separates the label paths in the one string the executors get. */
    static final String PATHS = java.io.File.pathSeparator;

    static String joined(java.util.List<Path> paths) {
        return String.join(PATHS, paths.stream().map(p -> p.toAbsolutePath().toString()).toList());
    }

    static java.util.List<Path> paths(String joined) {
        return joined.isEmpty() ? java.util.List.of() : java.util.Arrays.stream(joined.split(java.util.regex.Pattern.quote(PATHS))).map(Path::of).toList();
    }

    /** Closes and forgets every matcher of this JVM, so the next run opens its index afresh, as a new JVM would. */
    static void releaseAll() {
        OPEN.values().forEach(m -> m.index.close());
        OPEN.clear();
        LANGUAGES.clear();
    }

    /** The driver already holds the loaded ESCO: register it so local executors don't load it twice. */
    static Matchers register(String escoPath, String cacheDir, Esco esco) {
        return OPEN.computeIfAbsent(escoPath + "|" + cacheDir, k -> new Matchers(esco, SkillIndex.openOrBuild(esco, Path.of(cacheDir), 1)));
    }
}
