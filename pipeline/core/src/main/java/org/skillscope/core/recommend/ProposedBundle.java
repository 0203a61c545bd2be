package org.skillscope.core.recommend;

import java.util.List;

/**
 * A gap bundle proposed to one provider: {@code fit} (0..1) is how close it is to the catalogue;
 * {@code sharedGroups}, {@code sharedFields} and
 * {@code sharedOccupations} what it has in common with the catalogue (labels, most telling first), and
 * {@code why} that in words.
 */
public record ProposedBundle(GapBundle bundle, double fit, List<String> sharedGroups, List<String> sharedFields,
                             List<String> sharedOccupations, String why) {
    public ProposedBundle {
        sharedGroups = List.copyOf(sharedGroups);
        sharedFields = List.copyOf(sharedFields);
        sharedOccupations = List.copyOf(sharedOccupations);
    }
}
