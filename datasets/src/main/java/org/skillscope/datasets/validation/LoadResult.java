package org.skillscope.datasets.validation;

import org.skillscope.datasets.Clip;

import java.util.ArrayList;
import java.util.List;

/**
 * What a loader made of one input file. Invariant: read == accepted.size() + rejected.size().
 */
public record LoadResult<T>(String file, List<T> accepted, List<Rejection> rejected, List<Finding> findings) {
    public LoadResult {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        findings = List.copyOf(findings);
    }

    public long read() {
        return (long) accepted.size() + rejected.size();
    }

    /** Mutable collector used by loaders while reading one file. */
    public static final class Builder<T> {
        private final String file;
        private final List<T> accepted = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        public Builder(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }

        public void accept(T record) {
            accepted.add(record);
        }

        public void reject(long line, String field, String reason, String raw) {
            rejected.add(new Rejection(file, line, field, reason, raw == null ? "" : Clip.counted(raw, Quarantine.MAX_RAW_CHARS)));
        }

        public void finding(long line, String recordId, String field, String message) {
            findings.add(new Finding(file, line, recordId, field, message));
        }

        public int acceptedCount() {
            return accepted.size();
        }

        public LoadResult<T> build() {
            return new LoadResult<>(file, accepted, rejected, findings);
        }
    }
}
