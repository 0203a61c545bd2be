package org.skillscope.datasets.esco;

/**
 * One node of the ESCO skills pillar as listed in skillsHierarchy_en.csv: level 0 are the roots
 * (S skills, K knowledge, L language, T transversal), level 1 the pillar groups (S1..S8, K00..K10/K99,
 * L1..L2, T1..T6), levels 2-3 finer groups. {@code parentUri} is empty at level 0.
 * Knowledge (ISCED-F) nodes get the code "K" + their ISCED-F code (e.g. "K06"), because ESCO leaves
 * their code blank (1.1.x) or bare ("06", 1.2.x).
 */
public record SkillHierarchyNode(String uri, int level, String code, String preferredLabel, String parentUri) {}
