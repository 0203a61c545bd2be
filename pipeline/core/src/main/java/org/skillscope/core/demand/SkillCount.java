package org.skillscope.core.demand;

/** How many vacancies of a scope ask for a skill: in all, and in the earlier and later growth windows. */
public record SkillCount(String skillUri, long vacancies, long early, long late) {}
