package org.skillscope.core.index;

import java.nio.file.Path;
import org.skillscope.core.embed.EmbeddingModelSpec;
import org.skillscope.core.embed.Encoder;
import org.skillscope.core.embed.OnnxEncoder;
import org.skillscope.datasets.esco.Esco;

/**
 * The searchable form of one ESCO version: skills and occupations, each a {@link ConceptIndex},
 * plus the encoder that embeds queries with the same model. Owns the encoder and the Lucene readers.
 */
public final class SkillIndex implements AutoCloseable {
    private final Esco esco;
    private final Encoder encoder;
    private final ConceptIndex skills;
    private final ConceptIndex occupations;
    private final double openSeconds;
    private final int threads;

    private SkillIndex(Esco esco, Encoder encoder, ConceptIndex skills, ConceptIndex occupations, double openSeconds, int threads) {
        this.esco = esco;
        this.encoder = encoder;
        this.skills = skills;
        this.occupations = occupations;
        this.openSeconds = openSeconds;
        this.threads = threads;
    }

    /**
     * Opens the index of this ESCO from {@code cacheDir}, building and storing it first if no
     * complete index with the same key (ESCO version, content fingerprint, model, format) is there.
     * {@code cacheDir == null}: build in memory only (small taxonomies, tests).
     */
    public static SkillIndex openOrBuild(Esco esco, Path cacheDir, EmbeddingModelSpec model, int threads) {
        long t0 = System.nanoTime();
        Encoder encoder = OnnxEncoder.load(model, threads, OnnxEncoder.DEFAULT_BATCH);
        return openOrBuild(esco, cacheDir, encoder, t0, threads);
    }

    /** Matching on all the machine's cores (the CLI, the API). */
    public static SkillIndex openOrBuild(Esco esco, Path cacheDir) {
        return openOrBuild(esco, cacheDir, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads cores one matcher call may use; 1 where the caller runs many calls side by side
     *                (a Spark executor: its task slots are the parallelism, more threads only contend)
     */
    public static SkillIndex openOrBuild(Esco esco, Path cacheDir, int threads) {
        return openOrBuild(esco, cacheDir, EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, threads);
    }

    /** With a caller-supplied encoder (e.g. shared between indexes); the index takes ownership of it. */
    public static SkillIndex openOrBuild(Esco esco, Path cacheDir, Encoder encoder) {
        return openOrBuild(esco, cacheDir, encoder, System.nanoTime(), Runtime.getRuntime().availableProcessors());
    }

    private static SkillIndex openOrBuild(Esco esco, Path cacheDir, Encoder encoder, long t0, int threads) {
        ConceptIndex skills = ConceptIndex.openOrBuild("skills", esco.version(), Concept.skills(esco), encoder, cacheDir);
        ConceptIndex occupations = ConceptIndex.openOrBuild("occupations", esco.version(), Concept.occupations(esco), encoder, cacheDir);
        return new SkillIndex(esco, encoder, skills, occupations, (System.nanoTime() - t0) / 1e9, Math.max(1, threads));
    }

    public Esco esco() { return esco; }
    public Encoder encoder() { return encoder; }
    public ConceptIndex skills() { return skills; }
    public ConceptIndex occupations() { return occupations; }
    /** Wall time of {@code openOrBuild}: a build when the cache was cold, a load when warm. */
    public double openSeconds() { return openSeconds; }
    /** Cores one matcher call may use (see {@link #openOrBuild(Esco, Path, int)}). */
    public int threads() { return threads; }

    @Override
    public void close() {
        skills.close();
        occupations.close();
        encoder.close();
    }
}
