package org.skillscope.core.embed;

import java.util.List;

/** Texts → L2-normalised vectors, in input order. Implementations must be thread-safe. */
public interface Encoder extends AutoCloseable {
    float[][] embed(List<String> texts);

    int dim();

    /** Identifies the model in cache keys: a change of model must invalidate stored vectors. */
    String modelId();

    @Override
    void close();
}
