package org.skillscope.datasets.esco;

/** One ESCO label in one language: the concept it names, the text, and whether it is the preferred label. */
public record LocalizedLabel(String uri, String text, boolean preferred) {}
