package org.skillscope.core.recommend;

import java.util.Set;
import java.util.TreeSet;

/**
 * A credential the planner may propose: the skills it teaches (asserted or declared), its
 * labour-market relevance (0-100), workload in ECTS and EQF level (either may be unknown).
 */
public record CandidateCredential(String id, String title, Set<String> skills, double relevance, Double ects, Integer eqfLevel) {
    public CandidateCredential {
        skills = java.util.Collections.unmodifiableSet(new TreeSet<>(skills));
    }
}
