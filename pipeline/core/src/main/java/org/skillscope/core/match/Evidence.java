package org.skillscope.core.match;

/** Why a skill was matched: the text unit it came from and the ESCO label that matched it. */
public record Evidence(String unit, String matchedLabel) {}
