package org.skillscope.datasets.esco;

/** One node of the ESCO skill hierarchy (skillGroups_en.csv), e.g. S1 "communication, collaboration and creativity". */
public record SkillGroup(String uri, String code, String preferredLabel) {}
