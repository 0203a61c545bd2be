package org.skillscope.datasets.esco;

import java.util.List;

/** One ESCO skill or knowledge concept (skills_en.csv). */
public record EscoSkill(
        String uri,
        String preferredLabel,
        List<String> altLabels,
        List<String> hiddenLabels,
        String description,
        String skillType,   // "skill/competence", "knowledge", or "" when ESCO leaves it empty
        String reuseLevel,  // "transversal", "cross-sector", "sector-specific", "occupation-specific"
        String status) {
    public EscoSkill {
        altLabels = List.copyOf(altLabels);
        hiddenLabels = List.copyOf(hiddenLabels);
    }
}
