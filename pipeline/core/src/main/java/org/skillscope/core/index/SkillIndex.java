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

    private SkillIndex(Esco esco, Encoder encoder, ConceptIndex skills, ConceptIndex occupations, double openSeconds) {
        this.esco = esco;
        this.encoder = encoder;
        this.skills = skills;
        this.occupations = occupations;
        this.openSeconds = openSeconds;
    }

    /**
     * Opens the index of this ESCO from {@code cacheDir}, building and storing it first if no
     * complete index with the same key (ESCO version, content fingerprint, model, format) is there.
     * {@code cacheDir == null}: build in memory only (small taxonomies, tests).
     */
    public static SkillIndex openOrBuild(Esco esco, Path cacheDir, EmbeddingModelSpec model) {
        long t0 = System.nanoTime();
        Encoder encoder = OnnxEncoder.load(model);
        return openOrBuild(esco, cacheDir, encoder, t0);
    }

    public static SkillIndex openOrBuild(Esco esco, Path cacheDir) {
        return openOrBuild(esco, cacheDir, EmbeddingModelSpec.ALL_MINILM_L6_V2_Q);
    }

    /** With a caller-supplied encoder (e.g. shared between indexes); the index takes ownership of it. */
    public static SkillIndex openOrBuild(Esco esco, Path cacheDir, Encoder encoder) {
        return openOrBuild(esco, cacheDir, encoder, System.nanoTime());
    }

    private static SkillIndex openOrBuild(Esco esco, Path cacheDir, Encoder encoder, long t0) {
        ConceptIndex skills = ConceptIndex.openOrBuild("skills", esco.version(), Concept.skills(esco), encoder, cacheDir);
        ConceptIndex occupations = ConceptIndex.openOrBuild("occupations", esco.version(), Concept.occupations(esco), encoder, cacheDir);
        return new SkillIndex(esco, encoder, skills, occupations, (System.nanoTime() - t0) / 1e9);
    }

    public Esco esco() { return esco; }
    public Encoder encoder() { return encoder; }
    public ConceptIndex skills() { return skills; }
    public ConceptIndex occupations() { return occupations; }
    /** Wall time of {@code openOrBuild}: a build when the cache was cold, a load when warm. */
    public double openSeconds() { return openSeconds; }

    @Override
    public void close() {
        skills.close();
        occupations.close();
        encoder.close();
    }
}
