package org.skillscope.core.recommend;

import org.skillscope.core.esco.EscoGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Upskilling for employment services (mission.md, recommendations): the essential skills a jobseeker
 * lacks for a target occupation, the smallest set of credentials covering them, and, when there is
 * no target, the nearby occupations in demand. Pure functions; every ordering has a full tie-break
 * so the same inputs give the same plan.
 */
public final class Upskilling {
    private Upskilling() {}

    /** Essential skills of {@code occupationUri} the jobseeker does not have, sorted. */
    public static List<String> missingEssential(String occupationUri, Set<String> have, EscoGraph graph) {
        List<String> out = new ArrayList<>();
        for (String s : graph.essentialSkills(occupationUri)) if (!have.contains(s)) out.add(s);
        return out;
    }

    /**
     * Greedy set cover (the classic ln(n)-approximation of the smallest cover, exact on small cases
     * where one credential dominates): repeatedly take the credential that covers the most
     * still-missing skills; ties go to higher relevance, then lower workload (unknown ECTS last),
     * then id. Stops when nothing adds coverage or {@code maxCredentials} are chosen.
     */
    public static UpskillingPlan plan(String targetOccupation, Collection<String> missing, List<CandidateCredential> candidates,
                                      int maxCredentials) {
        Set<String> open = new TreeSet<>(missing);
        List<PlanStep> steps = new ArrayList<>();
        List<CandidateCredential> pool = new ArrayList<>(candidates);
        while (!open.isEmpty() && steps.size() < maxCredentials) {
            CandidateCredential best = null;
            int bestGain = 0;
            for (CandidateCredential c : pool) {
                int gain = (int) c.skills().stream().filter(open::contains).count();
                if (gain == 0) continue;
                if (best == null || gain > bestGain || (gain == bestGain && BETTER.compare(c, best) < 0)) {
                    best = c;
                    bestGain = gain;
                }
            }
            if (best == null) break;
            List<String> covers = best.skills().stream().filter(open::contains).sorted().toList();
            open.removeAll(covers);
            steps.add(new PlanStep(best, covers));
            pool.remove(best);
        }
        return new UpskillingPlan(targetOccupation, new TreeSet<>(missing).stream().toList(), steps, List.copyOf(open));
    }

    /** Tie-break between credentials that cover as many missing skills. */
    static final Comparator<CandidateCredential> BETTER = Comparator
            .comparingDouble(CandidateCredential::relevance).reversed()
            .thenComparing(c -> c.ects() == null ? Double.MAX_VALUE : c.ects())
            .thenComparing(CandidateCredential::id);

    /**
     * Occupations reachable from the jobseeker's skills, ranked by
     * {@code score = coverage * (1 + ln(1 + vacancies))}: close (few skills to learn) and asked for.
     * Occupations in {@code exclude} (e.g. the current one) and with no skill in common are left out.
     */
    public static List<NearbyOccupation> nearby(Set<String> have, EscoGraph graph, Map<String, Long> vacancies, Set<String> exclude, int k) {
        Set<String> candidates = new TreeSet<>();
        for (String s : have) candidates.addAll(graph.occupationsNeeding(s));
        List<NearbyOccupation> out = new ArrayList<>();
        for (String occ : candidates) {
            if (exclude.contains(occ)) continue;
            Set<String> essential = graph.essentialSkills(occ);
            if (essential.isEmpty()) continue;
            long covered = essential.stream().filter(have::contains).count();
            if (covered == 0) continue;
            double coverage = (double) covered / essential.size();
            long n = vacancies.getOrDefault(occ, 0L);
            out.add(new NearbyOccupation(occ, graph.occupationLabel(occ), coverage, essential.size(), (int) (essential.size() - covered), n,
                    coverage * (1 + Math.log1p(n))));
        }
        out.sort(Comparator.comparingDouble(NearbyOccupation::score).reversed().thenComparing(NearbyOccupation::occupationUri));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : List.copyOf(out);
    }
}
