package org.skillscope.core.recommend;

import java.util.List;

/**
 * A gap bundle proposed to one provider: {@code fit} (0..1) is how close it is to the catalogue,
 * {@code score} the rank (fit x ln(1 + vacancies)), {@code sharedGroups} and {@code sharedOccupations}
 * what it has in common with the catalogue (labels), and {@code why} that in words.
 */
public record ProposedBundle(GapBundle bundle, double fit, double score, List<String> sharedGroups, List<String> sharedOccupations, String why) {
    public ProposedBundle {
        sharedGroups = List.copyOf(sharedGroups);
        sharedOccupations = List.copyOf(sharedOccupations);
    }
}
