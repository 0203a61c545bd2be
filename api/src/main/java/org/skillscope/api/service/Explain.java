package org.skillscope.api.service;

import org.skillscope.core.demand.Growth;

import java.util.Locale;

/** Sentences a person can read for a score and its parts (mission.md: explainability). */
public final class Explain {
    private Explain() {}

    public static String skill(String label, long vacancies, double share, Growth growth, double specificity, double contribution) {
        StringBuilder sb = new StringBuilder("teaches ").append(label);
        if (vacancies == 0) {
            sb.append(", not asked for in the vacancies of this run");
        } else {
            sb.append(String.format(Locale.ROOT, ", asked for in %.1f %% of vacancies (%d ads)", 100 * share, vacancies));
            // a change within the noise of a few ads is not news: only a clear one is told
            if (growth != null && growth.clear()) {
                sb.append(growth.rate() == null ? ", newly asked for" : String.format(Locale.ROOT, ", %+.0f %% growth", 100 * growth.rate()))
                        .append(String.format(Locale.ROOT, " (%d of %d dated ads in %s, %d of %d in %s)", growth.earlierCount(),
                                growth.earlierVacancies(), growth.earlierPeriod(), growth.laterCount(), growth.laterVacancies(), growth.laterPeriod()));
            }
        }
        if (specificity < 0.5) sb.append(", a generic skill (weight ").append(String.format(Locale.ROOT, "%.1f", specificity)).append(')');
        sb.append(String.format(Locale.ROOT, ": contributes %.3f", contribution));
        return sb.toString();
    }

    public static String credential(double relevance, double percentile, int skills) {
        return String.format(Locale.ROOT, "relevance %.1f / 100, better than %.0f %% of the credentials in this run, from %d mapped skill%s",
                relevance, percentile, skills, skills == 1 ? "" : "s");
    }

    /** A published credential: scored, or why the run could not read it (null scores). */
    public static String credential(Double relevance, Double percentile, int skills, String missingElements, String language) {
        if (relevance != null && percentile != null) return credential(relevance.doubleValue(), percentile.doubleValue(), skills);
        return missingElements != null && missingElements.contains("learning_outcomes")
                ? "not scored: it states no learning outcome SkillScope reads (no outcome list, \"what you'll learn\" bullets or skill "
                + "tags; a description's advertising prose is not read), so what it teaches is unknown"
                : "not scored: its learning outcomes are in a language the matcher does not cover" + (language == null ? "" : " (" + language + ")")
                + " and it declares no ESCO skill, so what it teaches is unknown";
    }
}
