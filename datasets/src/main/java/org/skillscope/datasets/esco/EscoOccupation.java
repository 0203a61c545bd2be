package org.skillscope.datasets.esco;

import java.util.List;

/** One ESCO occupation (occupations_en.csv). {@code code} is the ESCO code, e.g. "2654.1.7". */
public record EscoOccupation(
        String uri,
        String code,
        String iscoGroup,
        String preferredLabel,
        List<String> altLabels,
        List<String> hiddenLabels,
        String description) {
    public EscoOccupation {
        altLabels = List.copyOf(altLabels);
        hiddenLabels = List.copyOf(hiddenLabels);
    }
}
