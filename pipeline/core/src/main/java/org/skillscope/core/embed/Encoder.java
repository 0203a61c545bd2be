package org.skillscope.core.embed;

import java.util.List;
import org.skillscope.core.text.Chunker;

/** Texts → L2-normalised vectors, in input order. Implementations must be thread-safe. */
public interface Encoder extends AutoCloseable {
    float[][] embed(List<String> texts);

    /**
     * Per text: [0] its vector, then one per phrase of it, in order. This default embeds the phrases
     * as texts of their own; an encoder may pool them from the text's own pass instead.
     */
    default float[][][] embedWithPhrases(List<String> texts, List<List<Chunker.Phrase>> phrases) {
        List<String> all = new java.util.ArrayList<>(texts);
        phrases.forEach(ps -> ps.forEach(p -> all.add(p.text())));
        float[][] v = embed(all);
        float[][][] out = new float[texts.size()][][];
        int next = texts.size();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = new float[1 + phrases.get(i).size()][];
            out[i][0] = v[i];
            for (int p = 1; p < out[i].length; p++) {
                out[i][p] = v[next++];
            }
        }
        return out;
    }

    int dim();

    /** Identifies the model in cache keys: a change of model must invalidate stored vectors. */
    String modelId();

    @Override
    void close();
}
