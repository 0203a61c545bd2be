package org.skillscope.datasets.validation;

/**
 * A data-quality finding on an accepted record that does not reject it
 * (e.g. a missing mandatory standard element, which is itself information for providers).
 */
public record Finding(String file, long line, String recordId, String field, String message) {}
