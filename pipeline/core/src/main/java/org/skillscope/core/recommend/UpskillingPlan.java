package org.skillscope.core.recommend;

import java.util.List;

/**
 * The answer for a jobseeker and one target occupation: the essential skills missing, the credentials
 * that cover them in the order chosen, and the missing skills no credential in the catalogue teaches.
 */
public record UpskillingPlan(String targetOccupation, List<String> missing, List<PlanStep> steps, List<String> uncovered) {
    public UpskillingPlan {
        missing = List.copyOf(missing);
        steps = List.copyOf(steps);
        uncovered = List.copyOf(uncovered);
    }

    /** Share of the missing skills the plan covers (1 when nothing is missing). */
    public double coverage() {
        return missing.isEmpty() ? 1.0 : (double) (missing.size() - uncovered.size()) / missing.size();
    }

    public double totalEcts() {
        return steps.stream().mapToDouble(s -> s.credential().ects() == null ? 0 : s.credential().ects()).sum();
    }
}
