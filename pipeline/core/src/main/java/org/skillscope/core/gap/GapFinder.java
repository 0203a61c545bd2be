package org.skillscope.core.gap;

import org.skillscope.core.demand.Growth;
import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.score.RelevanceScorer;
import org.skillscope.core.score.Specificity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Skills gaps and co-occurring gap bundles (docs/scoring.md). Pure. */
public final class GapFinder {
    private GapFinder() {}

    /** Weighted demand: shrunk share x specificity x growth factor (the same weight relevance uses). */
    public static double weightedDemand(SkillDemand d, double specificity) {
        return d.shrunkShare() * specificity * RelevanceScorer.growthFactor(d.growth());
    }

    /**
     * Skills of a scope in high demand (top N by weighted demand) or growing demand (a statistically clear rise of at least minGrowth)
     * with at least minVacancies ads, that are not in {@code taught}; highest gap score first.
     */
    public static List<GapSkill> gaps(String scope, Map<String, SkillDemand> demand, Set<String> taught,
                                      EscoGraph graph, GapParams p) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (SkillDemand d : demand.values()) {
            if (d.vacancies() < p.minVacancies()) continue;
            ranked.add(Map.entry(d.skillUri(), weightedDemand(d, Specificity.of(graph.reuseLevel(d.skillUri())))));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<GapSkill> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            String uri = ranked.get(i).getKey();
            if (taught.contains(uri)) continue;
            SkillDemand d = demand.get(uri);
            boolean high = i < p.topDemand();
            boolean growing = d.growth() != null && d.growth().growing(p.minGrowth());
            if (!high && !growing) continue;
            out.add(new GapSkill(scope, uri, graph.skillLabel(uri), d.vacancies(), d.share(), d.shrunkShare(), d.growth(),
                    Specificity.of(graph.reuseLevel(uri)), ranked.get(i).getValue(), graph.isGreen(uri), graph.isDigital(uri),
                    (high ? "high demand (rank " + (i + 1) + ")" : "") + (high && growing ? " and " : "") + (growing ? growing(d.growth()) : "")));
        }
        return out;
    }

    /** "growing demand: 12 of 227 dated ads in 2025-07/2025-09, 80 of 964 in 2025-10/2025-12 (+57 %)". */
    static String growing(Growth g) {
        return String.format(java.util.Locale.ROOT, "growing demand: %d of %d dated ads in %s, %d of %d in %s%s", g.earlierCount(),
                g.earlierVacancies(), g.earlierPeriod(), g.laterCount(), g.laterVacancies(), g.laterPeriod(),
                g.rate() == null ? "" : String.format(java.util.Locale.ROOT, " (%+.0f %%)", 100 * g.rate()));
    }

    /**
     * Greedy bundles: seed with the best unused gap skill, then add the gap skill that co-occurs most
     * with all members (every pair at least minCoOccurrence times, P(member|candidate) >= minConditional),
     * up to maxBundleSize. {@code vacancySkillSets} holds, per vacancy in scope, its asserted skills
     * (only gap skills matter; others are ignored).
     */
    public static List<SkillBundle> bundles(String scope, List<GapSkill> gaps, Collection<Set<String>> vacancySkillSets,
                                            GapParams p, int maxBundles) {
        Set<String> gapUris = new HashSet<>();
        gaps.forEach(g -> gapUris.add(g.skillUri()));
        Map<Set<String>, Long> sets = new HashMap<>();
        for (Set<String> s : vacancySkillSets) {
            Set<String> kept = new HashSet<>(s);
            kept.retainAll(gapUris);
            if (!kept.isEmpty()) sets.merge(kept, 1L, Long::sum);
        }
        List<SkillBundle> out = new ArrayList<>();
        for (List<String> members : bundleMembers(gaps, CoOccurrence.of(sets), p, maxBundles)) {
            long any = 0, all = 0;
            for (Map.Entry<Set<String>, Long> e : sets.entrySet()) {
                long hit = members.stream().filter(e.getKey()::contains).count();
                if (hit > 0) any += e.getValue();
                if (hit == members.size()) all += e.getValue();
            }
            out.add(bundle(scope, members, gaps, any, all));
        }
        return out;
    }

    /**
     * The members of each bundle, from counts alone (bounded by gap skills squared, not by vacancies), so
     * a caller with millions of vacancies aggregates the counts and then totals only the chosen bundles.
     * {@code co} counts, over the vacancies in scope, this scope's gap skills and their pairs.
     */
    public static List<List<String>> bundleMembers(List<GapSkill> gaps, CoOccurrence co, GapParams p, int maxBundles) {
        Set<String> used = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (GapSkill seed : gaps) {
            if (out.size() >= maxBundles) break;
            if (used.contains(seed.skillUri())) continue;
            List<String> members = new ArrayList<>(List.of(seed.skillUri()));
            while (members.size() < p.maxBundleSize()) {
                String best = null;
                long bestCount = 0;
                for (GapSkill cand : gaps) {
                    String c = cand.skillUri();
                    if (members.contains(c) || used.contains(c)) continue;
                    long minPair = Long.MAX_VALUE;
                    boolean ok = true;
                    for (String m : members) {
                        long pair = co.pair(c, m);
                        minPair = Math.min(minPair, pair);
                        if (pair < p.minCoOccurrence() || pair < p.minConditional() * co.single(c)) {
                            ok = false;
                            break;
                        }
                    }
                    // ties: gap order (already best first) decides, so the result is deterministic
                    if (ok && minPair > bestCount) {
                        best = c;
                        bestCount = minPair;
                    }
                }
                if (best == null) break;
                members.add(best);
            }
            if (members.size() < 2) continue;
            used.addAll(members);
            out.add(List.copyOf(members));
        }
        return out;
    }

    /** A bundle of gap skills, given how many vacancies in scope ask for any of them and for all of them. */
    public static SkillBundle bundle(String scope, List<String> members, List<GapSkill> gaps, long any, long all) {
        Map<String, GapSkill> byUri = new TreeMap<>();
        gaps.forEach(g -> byUri.put(g.skillUri(), g));
        List<GapSkill> m = members.stream().map(u -> {
            GapSkill g = byUri.get(u);
            if (g == null) throw new IllegalArgumentException("not a gap skill of " + scope + ": " + u);
            return g;
        }).toList();
        return new SkillBundle(scope, members, m.stream().map(GapSkill::label).toList(), any, all,
                m.stream().mapToDouble(GapSkill::gapScore).sum(), m.stream().anyMatch(GapSkill::green), m.stream().anyMatch(GapSkill::digital));
    }

    /** Occupations a bundle serves: those needing most of its skills (essential counts double), best first. */
    public static List<String> occupationsServed(SkillBundle b, EscoGraph graph, int topK) {
        Map<String, Integer> score = new TreeMap<>();
        for (String s : b.skillUris()) {
            for (String occ : graph.occupationsNeeding(s)) {
                score.merge(occ, graph.essentialSkills(occ).contains(s) ? 2 : 1, Integer::sum);
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topK).map(Map.Entry::getKey).toList();
    }
}
