package org.skillscope.datasets.credential;

import java.util.List;

/**
 * One learning outcome statement. {@code declaredEscoSkills} are ESCO skill URIs the source
 * already gave (ELM relatedESCOSkill, Open Badges alignment), kept as evidence and for evaluation.
 */
public record LearningOutcome(String text, List<String> declaredEscoSkills) {
    public LearningOutcome {
        declaredEscoSkills = List.copyOf(declaredEscoSkills);
    }

    public static LearningOutcome of(String text) {
        return new LearningOutcome(text, List.of());
    }
}
