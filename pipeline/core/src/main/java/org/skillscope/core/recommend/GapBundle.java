package org.skillscope.core.recommend;

import java.util.List;

/**
 * A bundle of gap skills of the run (table gap_bundles) as a proposal for a new credential: its scope,
 * rank there, skills with labels, the occupations it serves (URIs, labels and their vacancies in the run)
 * and the vacancies asking for it.
 */
public record GapBundle(String scopeType, String scope, int rank, List<String> skills, List<String> labels, List<String> occupations,
                        List<String> occupationLabels, List<Long> occupationVacancies, long vacancies) {
    public GapBundle {
        skills = List.copyOf(skills);
        labels = List.copyOf(labels);
        occupations = List.copyOf(occupations);
        occupationLabels = List.copyOf(occupationLabels);
        occupationVacancies = List.copyOf(occupationVacancies);
        if (occupationLabels.size() != occupations.size() || occupationVacancies.size() != occupations.size()) {
            throw new IllegalArgumentException("one label and one vacancy count per occupation");
        }
    }
}
