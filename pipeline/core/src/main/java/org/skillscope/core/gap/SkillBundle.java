package org.skillscope.core.gap;

import java.util.List;

/**
 * Gap skills that vacancies ask for together: a candidate for one new micro-credential.
 * {@code vacancies} counts the ads asking for at least one of them; {@code allTogether} those asking for all.
 */
public record SkillBundle(String scope, List<String> skillUris, List<String> labels, long vacancies, long allTogether,
                          double score, boolean green, boolean digital) {
    public SkillBundle {
        skillUris = List.copyOf(skillUris);
        labels = List.copyOf(labels);
    }
}
