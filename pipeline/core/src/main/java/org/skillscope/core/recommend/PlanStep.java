package org.skillscope.core.recommend;

import java.util.List;

/** One credential of a plan and the missing skills it newly covers (sorted URIs). */
public record PlanStep(CandidateCredential credential, List<String> covers) {
    public PlanStep {
        covers = List.copyOf(covers);
    }
}
