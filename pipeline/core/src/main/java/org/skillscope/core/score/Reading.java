package org.skillscope.core.score;

/**
 * Whether the run could read what a credential teaches. A credential it could not read is not scored: its relevance
 * and green and digital alignment are unknown, not 0, and it counts in no supply figure (as a vacancy in a language
 * the matcher does not cover counts in no demand figure). One it read and found no skill in is scored, at 0.
 */
public enum Reading {
    /** Its outcomes were mapped, or it declares ESCO skills. */
    READ,
    /** It states no learning outcome (a catalogue entry with none, or only an advertisement) and declares no skill. */
    NO_OUTCOMES,
    /** Its outcomes are in a language the matcher does not cover, and it declares no skill. */
    LANGUAGE;

    /**
     * @param languageCovered whether the matcher reads the language of the credential's outcomes
     * @param knownSkill      whether a declared URI is a skill of the loaded ESCO (a retired or mistyped one teaches nothing)
     */
    public static Reading of(org.skillscope.datasets.credential.Credential c, boolean languageCovered,
                             java.util.function.Predicate<String> knownSkill) {
        boolean declares = c.learningOutcomes().stream().anyMatch(o -> o.declaredEscoSkills().stream().anyMatch(knownSkill));
        return of(!c.learningOutcomes().isEmpty(), languageCovered, declares);
    }

    public static Reading of(boolean hasOutcomes, boolean languageCovered, boolean declaresSkills) {
        if (declaresSkills) return READ;
        if (!hasOutcomes) return NO_OUTCOMES;
        return languageCovered ? READ : LANGUAGE;
    }

    public boolean read() {
        return this == READ;
    }
}
