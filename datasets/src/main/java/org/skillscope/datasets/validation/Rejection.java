package org.skillscope.datasets.validation;

/**
 * One rejected input record: where it was (file, 1-based line of the record's first line, field)
 * and why. {@code raw} keeps the record's text (cut to a few KB) so nothing is lost.
 */
public record Rejection(String file, long line, String field, String reason, String raw) {
    public String describe() {
        return file + ":" + line + (field == null || field.isEmpty() ? "" : " [" + field + "]") + ": " + reason;
    }
}
