package org.skillscope.datasets.vacancy;

import java.io.Serializable;
import java.util.Map;

/**
 * One vacancy record as read from a file, before validation: the physical line it starts on, its
 * cells (column -> text) and its text. {@code error} is a structural problem (wrong column count,
 * invalid JSON...) that rejects it. Serializable so that validation can run elsewhere (Spark tasks).
 */
public record RawRecord(long line, Map<String, String> values, String raw, String errorField, String error)
        implements Serializable {}
