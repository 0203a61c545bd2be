package org.skillscope.core.score;

import java.util.List;

/** An occupation a credential prepares for: the share of its essential skills the credential teaches. */
public record PreparedOccupation(String occupationUri, String label, double coverage, int essentialSkills,
                                 List<String> coveredSkills) {
    public PreparedOccupation {
        coveredSkills = List.copyOf(coveredSkills);
    }
}
