package org.skillscope.datasets.esco;

/** occupationSkillRelations: an occupation needs a skill, essentially or optionally. */
public record OccupationSkillRelation(String occupationUri, String skillUri, boolean essential, String skillType) {}
