package org.skillscope.datasets.vacancy;

/** Guesses the language of a text. Implementations must be deterministic. */
@FunctionalInterface
public interface LanguageDetector {
    /** ISO 639-1 code, or {@code null} when the text gives no usable signal. */
    String detect(String text);
}
