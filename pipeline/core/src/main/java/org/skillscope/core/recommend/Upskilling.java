package org.skillscope.core.recommend;

import org.skillscope.core.esco.EscoGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** {@link #plan(String, Collection, List, int, Double)} with no workload limit. */
    public static UpskillingPlan plan(String targetOccupation, Collection<String> missing, List<CandidateCredential> candidates,
                                      int maxCredentials) {
        return plan(targetOccupation, missing, candidates, maxCredentials, null);
    }

    /**
     * Greedy set cover (the classic ln(n)-approximation of the smallest cover, exact on small cases
     * where one credential dominates): repeatedly take the credential that covers the most
     * still-missing skills; ties go to higher relevance, then lower workload (unknown ECTS last),
     * then id. Stops when nothing adds coverage or {@code maxCredentials} are chosen. With
     * {@code maxEcts}, a credential whose known workload would take the plan's total over it is
     * skipped (an unknown workload is not counted). Each skill left open gets its reason.
     */
    public static UpskillingPlan plan(String targetOccupation, Collection<String> missing, List<CandidateCredential> candidates,
                                      int maxCredentials, Double maxEcts) {
        Set<String> open = new TreeSet<>(missing);
        Map<String, Integer> teaching = new TreeMap<>();
        for (String s : open) teaching.put(s, (int) candidates.stream().filter(c -> c.skills().contains(s)).count());
        List<PlanStep> steps = new ArrayList<>();
        List<CandidateCredential> pool = new ArrayList<>(candidates);
        double ects = 0;
        while (!open.isEmpty() && steps.size() < maxCredentials) {
            CandidateCredential best = null;
            int bestGain = 0;
            for (CandidateCredential c : pool) {
                if (!fits(c, ects, maxEcts)) continue;
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
            if (best.ects() != null) ects += best.ects();
        }
        Map<String, UpskillingPlan.LeftOut> leftOut = new TreeMap<>();
        for (String s : open) {
            final double total = ects;
            boolean taught = teaching.get(s) > 0;
            boolean fitting = pool.stream().anyMatch(c -> c.skills().contains(s) && fits(c, total, maxEcts));
            leftOut.put(s, !taught ? UpskillingPlan.LeftOut.NOT_TAUGHT : fitting ? UpskillingPlan.LeftOut.LIMIT : UpskillingPlan.LeftOut.WORKLOAD);
        }
        return new UpskillingPlan(targetOccupation, new TreeSet<>(missing).stream().toList(), steps, List.copyOf(open), teaching, leftOut);
    }

    private static boolean fits(CandidateCredential c, double total, Double maxEcts) {
        return maxEcts == null || c.ects() == null || total + c.ects() <= maxEcts + 1e-9;
    }

    /** Tie-break between credentials that cover as many missing skills. */
    static final Comparator<CandidateCredential> BETTER = Comparator
            .comparingDouble(CandidateCredential::relevance).reversed()
            .thenComparing(c -> c.ects() == null ? Double.MAX_VALUE : c.ects())
            .thenComparing(CandidateCredential::id);

    /**
     * Occupations reachable from the jobseeker's skills, ranked by
     * {@code score = similarity * ln(1 + vacancies)}: close and asked for, so an occupation the run has no
     * vacancy for scores 0 and comes after every one it has; among those, by similarity.
     * {@code similarity} is the cosine between the jobseeker's skills and the occupation's essential skills,
     * {@code covered / sqrt(|have| * |essential|)}: unlike coverage, a tiny occupation does not win by being tiny.
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
            double similarity = covered / Math.sqrt((double) have.size() * essential.size());
            long n = vacancies.getOrDefault(occ, 0L);
            out.add(new NearbyOccupation(occ, graph.occupationLabel(occ), coverage, similarity, essential.size(), (int) (essential.size() - covered),
                    n, similarity * Math.log1p(n)));
        }
        out.sort(Comparator.comparingDouble(NearbyOccupation::score).reversed()
                .thenComparing(Comparator.comparingDouble(NearbyOccupation::similarity).reversed())
                .thenComparing(NearbyOccupation::occupationUri));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : List.copyOf(out);
    }
}
