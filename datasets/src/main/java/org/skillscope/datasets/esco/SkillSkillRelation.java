package org.skillscope.datasets.esco;

/** skillSkillRelations: one skill relates to another ("essential" or "optional"). */
public record SkillSkillRelation(String originalSkillUri, String relationType, String relatedSkillUri) {}
