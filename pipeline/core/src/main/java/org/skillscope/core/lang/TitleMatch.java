package org.skillscope.core.lang;

/** An ESCO concept for a title: its URI, the score (0-1, a cosine mix) and the label in the title's language that matched best. */
public record TitleMatch(String uri, double score, String matchedLabel) {}
