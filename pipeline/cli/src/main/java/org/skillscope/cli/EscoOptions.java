package org.skillscope.cli;


import org.skillscope.core.index.SkillIndex;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The ESCO download and index cache shared by the commands that match text. */
final class EscoOptions {
    @Option(names = "--esco", paramLabel = "PATH",
            description = "ESCO download (default: ../shared/data/esco/v1.1.1 when present, else the bundled sample).")
    Path esco;

    @Option(names = "--cache", paramLabel = "DIR", description = "Skill index cache (default: ~/.cache/skillscope or $SKILLSCOPE_CACHE).")
    Path cache;

    /** ESCO labels in other languages; only the commands that read other languages use them. */
    @picocli.CommandLine.Mixin
    EscoLanguagesOption languages = new EscoLanguagesOption();

    Path escoPath() {
        Path p = esco != null ? esco : InputSet.defaults(false).esco();
        DataPaths.requireExists(p, "--esco");
        return p;
    }

    Esco load() {
        return EscoLoader.load(escoPath());
    }

    Path cacheDir() {
        return cache != null ? cache : Defaults.cacheDir();
    }

    /** Opens the index from the cache, building it first when the cache has none for this ESCO and model. */
    SkillIndex index(Esco loaded) {
        long t0 = System.nanoTime();
        SkillIndex index = SkillIndex.openOrBuild(loaded, cacheDir());
        System.err.printf("skill index for ESCO %s ready in %.1f s (cache %s)%n", loaded.version(), (System.nanoTime() - t0) / 1e9, cacheDir());
        return index;
    }
}
