package org.skillscope.datasets.esco;

/** One ISCO-08 group (ISCOGroups_en.csv), used as the "sector" axis of occupations. */
public record IscoGroup(String uri, String code, String preferredLabel) {}
