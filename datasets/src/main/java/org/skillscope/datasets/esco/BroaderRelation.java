package org.skillscope.datasets.esco;

/** broaderRelations{Skill,Occ}Pillar: {@code conceptUri} sits under {@code broaderUri}. */
public record BroaderRelation(String conceptType, String conceptUri, String broaderType, String broaderUri) {}
