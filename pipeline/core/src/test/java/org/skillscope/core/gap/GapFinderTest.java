package org.skillscope.core.gap;

import org.junit.jupiter.api.Test;
import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.esco.TinyEsco;

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

    private static SkillDemand d(String uri, long n, double shrunk, Double growth) {
        return new SkillDemand(uri, n, 100, n / 100.0, shrunk, growth);
    }

    private final Map<String, SkillDemand> demand = Map.of(
            "K8S", d("K8S", 20, 0.20, null), "DOCKER", d("DOCKER", 15, 0.15, null), "JAVA", d("JAVA", 30, 0.30, null),
            "TEAM", d("TEAM", 55, 0.55, null), "WIND", d("WIND", 5, 0.05, 0.8), "RARE", d("RARE", 2, 0.02, 3.0));

    @Test
    void gapsAreDemandedSkillsNobodyTeaches() {
        var p = new GapParams(3, 3, 0.2, 5, 2, 0.15);
        List<GapSkill> gaps = GapFinder.gaps("all", demand, Set.of("JAVA"), graph, p);
        // weighted demand: JAVA .24 (taught), K8S .16, DOCKER .12, TEAM .55*.2=.11 (most asked, but transversal),
        // WIND .05*1*1.4=.07 (growing); RARE is under minVacancies
        assertEquals(List.of("K8S", "DOCKER", "WIND"), gaps.stream().map(GapSkill::skillUri).toList());
        assertEquals("growing demand", gaps.get(2).reason());
        assertTrue(gaps.get(2).green());
        assertTrue(gaps.get(0).digital());
        assertEquals(0.16, gaps.get(0).gapScore(), 1e-12);
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
    void bundlesFromCountedSkillSetsEqualBundlesFromOneSetPerVacancy() {
        var p = new GapParams(1, 10, 0.2, 5, 2, 0.15);
        List<GapSkill> gaps = GapFinder.gaps("all", demand, Set.of(), graph, p);
        List<Set<String>> vacancies = List.of(
                Set.of("K8S", "DOCKER"), Set.of("K8S", "DOCKER", "JAVA"), Set.of("K8S", "DOCKER"), Set.of("JAVA", "K8S"),
                Set.of("TEAM"), Set.of("WIND"), Set.of("K8S"), Set.of("JAVA", "K8S"), Set.of("JAVA", "K8S", "DOCKER"));
        Map<Set<String>, Long> counted = Map.of(Set.of("K8S", "DOCKER"), 2L, Set.of("K8S", "DOCKER", "JAVA"), 2L,
                Set.of("JAVA", "K8S"), 2L, Set.of("TEAM"), 1L, Set.of("WIND"), 1L, Set.of("K8S"), 1L);
        List<SkillBundle> one = GapFinder.bundles("all", gaps, vacancies, p, 5);
        assertEquals(one, GapFinder.bundles("all", gaps, counted, p, 5));
        // the counts are the vacancies', not the distinct sets': JAVA+K8S are together in 4 ads, K8S in 7
        assertEquals(List.of("JAVA", "K8S", "DOCKER"), one.get(0).skillUris());
        assertEquals(7, one.get(0).vacancies());
        assertEquals(2, one.get(0).allTogether());
    }
}
