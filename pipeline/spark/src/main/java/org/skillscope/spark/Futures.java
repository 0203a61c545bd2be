package org.skillscope.spark;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work on another thread (the intake's batches, the export files). */
final class Futures {
    private Futures() {}

    /** The result of work on another thread (the intake's batches, the export files), its failure rethrown as is when unchecked. */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + f, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

}
