package org.skillscope.core.lang;

import java.util.Locale;

/**
 * How a title is compared with labels in its language: cosine of TF-IDF vectors of stemmed words
 * (weight {@code wordWeight}) plus cosine of TF-IDF vectors of character n-grams of each word
 * ({@code minGram}..{@code maxGram}, the rest of the weight). Words of a language without a Lucene
 * stemmer are cut to {@code prefix} characters. {@link #DEFAULTS} were chosen by leaving one MELO
 * language out at a time (see {@code TitleParamsSelection} and docs/languages.md), never on the
 * language evaluated.
 */
public record TitleParams(double wordWeight, int minGram, int maxGram, int prefix) {
    public static final TitleParams DEFAULTS = new TitleParams(0.25, 3, 4, 4);

    public TitleParams {
        if (wordWeight < 0 || wordWeight > 1) throw new IllegalArgumentException("wordWeight must be in [0, 1]");
        if (minGram < 1 || maxGram < minGram) throw new IllegalArgumentException("need 1 <= minGram <= maxGram");
        if (prefix < 1) throw new IllegalArgumentException("prefix must be >= 1");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "words %.2f, %d-%d-grams, prefix %d", wordWeight, minGram, maxGram, prefix);
    }
}
