package org.skillscope.core.demand;

/**
 * How many vacancies of a scope ask for a skill: in all, and in the earlier and later growth windows;
 * {@code inferred} of them ask for it only through their occupation (an ad in a language without skill
 * labels: the occupation's essential skills), not by stating it.
 */
public record SkillCount(String skillUri, long vacancies, long early, long late, long inferred) {
    public SkillCount(String skillUri, long vacancies, long early, long late) {
        this(skillUri, vacancies, early, late, 0);
    }
}
