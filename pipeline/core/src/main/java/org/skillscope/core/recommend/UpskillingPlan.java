package org.skillscope.core.recommend;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer for a jobseeker and one target occupation: the essential skills missing, the credentials
 * that cover them in the order chosen, the missing skills the plan leaves open, how many credentials of
 * the catalogue teach each missing skill and, for each open skill, why the plan left it out.
 */
public record UpskillingPlan(String targetOccupation, List<String> missing, List<PlanStep> steps, List<String> uncovered,
                             Map<String, Integer> teaching, Map<String, LeftOut> leftOut) {
    /** Why a missing skill is not in the plan. */
    public enum LeftOut {
        /** no credential of the catalogue teaches it */
        NOT_TAUGHT,
        /** credentials teach it, but the plan already holds the most credentials asked for */
        LIMIT,
        /** every credential that teaches it would take the plan over the workload asked for */
        WORKLOAD
    }

    public UpskillingPlan {
        missing = List.copyOf(missing);
        steps = List.copyOf(steps);
        uncovered = List.copyOf(uncovered);
        teaching = java.util.Collections.unmodifiableMap(new TreeMap<>(teaching));
        leftOut = java.util.Collections.unmodifiableMap(new TreeMap<>(leftOut));
    }

    /** Share of the missing skills the plan covers (1 when nothing is missing). */
    public double coverage() {
        return missing.isEmpty() ? 1.0 : (double) (missing.size() - uncovered.size()) / missing.size();
    }

    /** Sum of the known workloads; {@link #ectsKnown()} says for how many of the steps it is known. */
    public double totalEcts() {
        return steps.stream().mapToDouble(s -> s.credential().ects() == null ? 0 : s.credential().ects()).sum();
    }

    public int ectsKnown() {
        return (int) steps.stream().filter(s -> s.credential().ects() != null).count();
    }

    public int eqfKnown() {
        return (int) steps.stream().filter(s -> s.credential().eqfLevel() != null).count();
    }

    /** Lowest and highest EQF level among the steps whose level is known; null when none is. */
    public int[] eqfRange() {
        int[] levels = steps.stream().filter(s -> s.credential().eqfLevel() != null).mapToInt(s -> s.credential().eqfLevel()).toArray();
        if (levels.length == 0) return null;
        return new int[] {java.util.Arrays.stream(levels).min().getAsInt(), java.util.Arrays.stream(levels).max().getAsInt()};
    }
}
