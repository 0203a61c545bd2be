package org.skillscope.core.score;

import org.skillscope.core.esco.EscoGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The occupations a set of skills prepares for, by essential-skill coverage. Pure. */
public final class OccupationCoverage {
    private OccupationCoverage() {}

    /**
     * Occupations with coverage >= {@code minCoverage} and at least {@code minCovered} essential skills
     * covered, best first (coverage, then more covered skills, then URI), at most {@code topK}.
     * Only occupations reachable from the skills are scanned.
     */
    public static List<PreparedOccupation> prepare(Set<String> skills, EscoGraph graph,
                                                   double minCoverage, int minCovered, int topK) {
        Set<String> candidates = new TreeSet<>();
        for (String s : skills) candidates.addAll(graph.occupationsNeeding(s));
        List<PreparedOccupation> out = new ArrayList<>();
        for (String occ : candidates) {
            Set<String> essential = graph.essentialSkills(occ);
            if (essential.isEmpty()) continue;
            List<String> covered = essential.stream().filter(skills::contains).toList();
            double coverage = (double) covered.size() / essential.size();
            if (covered.size() >= minCovered && coverage >= minCoverage) {
                out.add(new PreparedOccupation(occ, graph.occupationLabel(occ), coverage, essential.size(), covered));
            }
        }
        out.sort(Comparator.comparingDouble(PreparedOccupation::coverage).reversed()
                .thenComparing(Comparator.comparingInt((PreparedOccupation o) -> o.coveredSkills().size()).reversed())
                .thenComparing(PreparedOccupation::occupationUri));
        return out.size() > topK ? List.copyOf(out.subList(0, topK)) : List.copyOf(out);
    }
}
