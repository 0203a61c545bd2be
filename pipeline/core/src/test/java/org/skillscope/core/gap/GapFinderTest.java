package org.skillscope.core.gap;

import org.junit.jupiter.api.Test;
import org.skillscope.core.demand.Growth;
import org.skillscope.core.demand.GrowthWindows;
import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.esco.TinyEsco;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.skillscope.datasets.esco.EscoCollection.DIGITAL;
import static org.skillscope.datasets.esco.EscoCollection.GREEN;

class GapFinderTest {
    private final EscoGraph graph = new TinyEsco()
            .skill("K8S", "kubernetes", "sector-specific", DIGITAL)
            .skill("DOCKER", "docker", "sector-specific", DIGITAL)
            .skill("WIND", "maintain wind turbines", "occupation-specific", GREEN)
            .skill("TEAM", "work in teams", "transversal")
            .skill("JAVA", "java", "sector-specific", DIGITAL)
            .skill("RARE", "rare", "occupation-specific")
            .occupation("DEVOPS", "devops engineer", List.of("K8S", "DOCKER"), List.of("JAVA"))
            .graph();

    private static SkillDemand d(String uri, long n, double shrunk, Growth growth) {
        return new SkillDemand(uri, n, 100, n / 100.0, shrunk, growth);
    }

    /** k1 of 1,000 dated ads in the earlier window, k2 of 1,000 in the later one. */
    private static Growth grow(long k1, long k2) {
        return Growth.of(new GrowthWindows(YearMonth.of(2025, 1), YearMonth.of(2025, 7), YearMonth.of(2025, 12), 6), 1000, 1000, k1, k2);
    }

    private final Map<String, SkillDemand> demand = Map.of(
            "K8S", d("K8S", 20, 0.20, null), "DOCKER", d("DOCKER", 15, 0.15, null), "JAVA", d("JAVA", 30, 0.30, null),
            "TEAM", d("TEAM", 55, 0.55, null), "WIND", d("WIND", 5, 0.05, grow(40, 72)), "RARE", d("RARE", 2, 0.02, grow(10, 40)));

    @Test
    void gapsAreDemandedSkillsNobodyTeaches() {
        var p = new GapParams(3, 3, 0.2, 5, 2, 0.15);
        List<GapSkill> gaps = GapFinder.gaps("all", demand, Set.of("JAVA"), graph, p);
        // weighted demand: JAVA .24 (taught), K8S .16, DOCKER .12, TEAM .55*.2=.11 (most asked, but transversal),
        // WIND .05*1*1.4=.07 (growing); RARE is under minVacancies
        assertEquals(List.of("K8S", "DOCKER", "WIND"), gaps.stream().map(GapSkill::skillUri).toList());
        assertEquals("growing demand: 40 of 1000 dated ads in 2025-01/2025-06, 72 of 1000 in 2025-07/2025-12 (+80 %)", gaps.get(2).reason());
        assertTrue(gaps.get(2).green());
        assertTrue(gaps.get(0).digital());
        assertEquals(0.16, gaps.get(0).gapScore(), 1e-12);
    }

    @Test
    void aRiseWithinTheNoiseOfAFewAdsIsNotGrowingDemand() {
        var p = new GapParams(3, 1, 0.2, 5, 2, 0.15);
        // 4 -> 9 of 1,000 ads is +125 %, but its interval holds 0: not a gap unless in high demand
        var noisy = Map.of("K8S", d("K8S", 20, 0.20, null), "WIND", d("WIND", 5, 0.05, grow(4, 9)));
        assertEquals(List.of("K8S"), GapFinder.gaps("all", noisy, Set.of(), graph, p).stream().map(GapSkill::skillUri).toList());
        var clear = Map.of("K8S", d("K8S", 20, 0.20, null), "WIND", d("WIND", 5, 0.05, grow(40, 72)));
        assertEquals(List.of("K8S", "WIND"), GapFinder.gaps("all", clear, Set.of(), graph, p).stream().map(GapSkill::skillUri).toList());
    }

    @Test
    void bundlesGroupGapSkillsAskedForTogether() {
        var p = new GapParams(1, 10, 0.2, 5, 2, 0.15);
        List<GapSkill> gaps = GapFinder.gaps("all", demand, Set.of(), graph, p);
        List<Set<String>> vacancies = List.of(
                Set.of("K8S", "DOCKER"), Set.of("K8S", "DOCKER", "JAVA"), Set.of("K8S", "DOCKER"),
                Set.of("TEAM"), Set.of("WIND"), Set.of("K8S"));
        List<SkillBundle> bundles = GapFinder.bundles("all", gaps, vacancies, p, 5);
        assertEquals(1, bundles.size());
        SkillBundle b = bundles.get(0);
        // JAVA is the top gap but co-occurs with K8S only once (< 2): no bundle; K8S seeds, DOCKER joins (3 together)
        assertEquals(List.of("K8S", "DOCKER"), b.skillUris());
        assertEquals(4, b.vacancies());
        assertEquals(3, b.allTogether());
        assertTrue(b.digital());
        assertFalse(b.green());
        assertEquals(List.of("DEVOPS"), GapFinder.occupationsServed(b, graph, 3));
    }

    @Test
    void bundleMembersFromAggregatedCountsEqualBundlesFromOneSetPerVacancy() {
        var p = new GapParams(1, 10, 0.2, 5, 2, 0.15);
        List<GapSkill> gaps = GapFinder.gaps("all", demand, Set.of(), graph, p);
        List<Set<String>> vacancies = List.of(
                Set.of("K8S", "DOCKER"), Set.of("K8S", "DOCKER", "JAVA"), Set.of("K8S", "DOCKER"), Set.of("JAVA", "K8S"),
                Set.of("TEAM"), Set.of("WIND"), Set.of("K8S"), Set.of("JAVA", "K8S"), Set.of("JAVA", "K8S", "DOCKER"));
        List<SkillBundle> fromSets = GapFinder.bundles("all", gaps, vacancies, p, 5);
        // the counts a Spark job aggregates, by hand: per skill and per pair, how many ads ask for them
        CoOccurrence co = new CoOccurrence().addSingle("K8S", 7).addSingle("DOCKER", 4).addSingle("JAVA", 4)
                .addSingle("TEAM", 1).addSingle("WIND", 1)
                .addPair("K8S", "DOCKER", 4).addPair("JAVA", "K8S", 4).addPair("DOCKER", "JAVA", 2);
        List<List<String>> members = GapFinder.bundleMembers(gaps, co, p, 5);
        assertEquals(fromSets.stream().map(SkillBundle::skillUris).toList(), members);
        // JAVA+K8S are together in 4 ads, JAVA+DOCKER in 2 (>= 2 and >= .15 x 4): all three join
        assertEquals(List.of("JAVA", "K8S", "DOCKER"), members.get(0));
        assertEquals(fromSets.get(0), GapFinder.bundle("all", members.get(0), gaps, 7, 2));
        assertEquals(7, fromSets.get(0).vacancies());
        assertEquals(2, fromSets.get(0).allTogether());
        assertThrows(IllegalArgumentException.class, () -> GapFinder.bundle("all", List.of("K8S", "NOPE"), gaps, 1, 1));
    }

    @Test
    void coOccurrenceFromSetsCountsEachSetAsOftenAsVacanciesHaveIt() {
        CoOccurrence co = CoOccurrence.of(Map.of(Set.of("A", "B", "C"), 3L, Set.of("A", "B"), 2L, Set.of("C"), 1L));
        assertEquals(5, co.single("A"));
        assertEquals(4, co.single("C"));
        assertEquals(5, co.pair("B", "A"));
        assertEquals(3, co.pair("A", "C"));
        assertEquals(0, co.pair("A", "Z"));
        assertThrows(IllegalArgumentException.class, () -> co.addPair("A", "A", 1));
    }
}
