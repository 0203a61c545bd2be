package org.skillscope.core.recommend;

import org.junit.jupiter.api.Test;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.esco.TinyEsco;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpskillingRecommendTest {
    /** Web developer needs html, js, git, sql; data analyst needs sql, stats, python; tester needs js, git. */
    private static final EscoGraph GRAPH = new TinyEsco()
            .skill("s:html", "HTML", "sector-specific").skill("s:js", "JavaScript", "sector-specific")
            .skill("s:git", "Git", "cross-sector").skill("s:sql", "SQL", "cross-sector")
            .skill("s:stats", "statistics", "cross-sector").skill("s:py", "Python", "sector-specific")
            .occupation("o:web", "web developer", List.of("s:html", "s:js", "s:git", "s:sql"), List.of())
            .occupation("o:data", "data analyst", List.of("s:sql", "s:stats", "s:py"), List.of())
            .occupation("o:test", "software tester", List.of("s:js", "s:git"), List.of())
            .graph();

    private static CandidateCredential cred(String id, double relevance, Double ects, String... skills) {
        return new CandidateCredential(id, id, Set.of(skills), relevance, ects, 5);
    }

    @Test
    void missingEssentialSkillsAreTheTargetsMinusWhatTheJobseekerHas() {
        assertEquals(List.of("s:js", "s:sql"), Upskilling.missingEssential("o:web", Set.of("s:html", "s:git", "s:py"), GRAPH));
        assertEquals(List.of(), Upskilling.missingEssential("o:test", Set.of("s:js", "s:git"), GRAPH));
    }

    @Test
    void greedyCoverPrefersTheCredentialCoveringMostThenAddsTheRest() {
        List<CandidateCredential> pool = List.of(
                cred("a", 90, 5.0, "s:html"),
                cred("b", 40, 10.0, "s:html", "s:js", "s:git"),
                cred("c", 60, 3.0, "s:sql"),
                cred("d", 99, 1.0, "s:stats"));
        UpskillingPlan plan = Upskilling.plan("o:web", List.of("s:html", "s:js", "s:git", "s:sql"), pool, 5);
        assertEquals(List.of("b", "c"), plan.steps().stream().map(s -> s.credential().id()).toList());
        assertEquals(List.of("s:git", "s:html", "s:js"), plan.steps().get(0).covers());
        assertEquals(List.of("s:sql"), plan.steps().get(1).covers());
        assertEquals(List.of(), plan.uncovered());
        assertEquals(1.0, plan.coverage());
        assertEquals(13.0, plan.totalEcts());
    }

    @Test
    void tiesGoToRelevanceThenLowerWorkloadThenId() {
        List<CandidateCredential> sameRelevance = List.of(cred("x", 50, 6.0, "s:sql"), cred("y", 50, 2.0, "s:sql"),
                cred("z", 50, null, "s:sql"));
        assertEquals("y", Upskilling.plan("o", List.of("s:sql"), sameRelevance, 3).steps().get(0).credential().id());
        List<CandidateCredential> moreRelevant = List.of(cred("x", 50, 6.0, "s:sql"), cred("w", 70, 20.0, "s:sql"));
        assertEquals("w", Upskilling.plan("o", List.of("s:sql"), moreRelevant, 3).steps().get(0).credential().id());
        List<CandidateCredential> sameAll = List.of(cred("n2", 50, 2.0, "s:sql"), cred("n1", 50, 2.0, "s:sql"));
        assertEquals("n1", Upskilling.plan("o", List.of("s:sql"), sameAll, 3).steps().get(0).credential().id());
    }

    @Test
    void skillsNoCredentialTeachesAreReportedAsUncoveredAndTheCapIsHonoured() {
        List<CandidateCredential> pool = List.of(cred("a", 10, 1.0, "s:html"), cred("b", 10, 1.0, "s:js"), cred("c", 10, 1.0, "s:git"));
        UpskillingPlan capped = Upskilling.plan("o:web", List.of("s:html", "s:js", "s:git", "s:sql"), pool, 2);
        assertEquals(2, capped.steps().size());
        assertEquals(List.of("s:git", "s:sql"), capped.uncovered());
        assertEquals(0.5, capped.coverage());
        UpskillingPlan full = Upskilling.plan("o:web", List.of("s:html", "s:js", "s:git", "s:sql"), pool, 10);
        assertEquals(List.of("s:sql"), full.uncovered());
        assertEquals(0.75, full.coverage());
    }

    @Test
    void eachOpenSkillSaysHowManyCredentialsTeachItAndWhyThePlanLeftItOut() {
        List<CandidateCredential> pool = List.of(cred("a", 90, 4.0, "s:html", "s:js"), cred("b", 80, 10.0, "s:git"),
                cred("c", 70, 2.0, "s:git"), cred("d", 60, 3.0, "s:js"));
        List<String> missing = List.of("s:html", "s:js", "s:git", "s:sql");
        UpskillingPlan limited = Upskilling.plan("o:web", missing, pool, 1);
        assertEquals(List.of("a"), limited.steps().stream().map(s -> s.credential().id()).toList());
        assertEquals(Map.of("s:git", UpskillingPlan.LeftOut.LIMIT, "s:sql", UpskillingPlan.LeftOut.NOT_TAUGHT), limited.leftOut());
        assertEquals(Map.of("s:html", 1, "s:js", 2, "s:git", 2, "s:sql", 0), limited.teaching());
        // 5 ECTS: a (4) fits, then neither git course does (4 + 2 > 5)
        UpskillingPlan budget = Upskilling.plan("o:web", missing, pool, 5, 5.0);
        assertEquals(List.of("a"), budget.steps().stream().map(s -> s.credential().id()).toList());
        assertEquals(UpskillingPlan.LeftOut.WORKLOAD, budget.leftOut().get("s:git"));
        assertEquals(4.0, budget.totalEcts());
        // 6 ECTS: the cheaper git course fits
        assertEquals(List.of("a", "c"), Upskilling.plan("o:web", missing, pool, 5, 6.0).steps().stream().map(s -> s.credential().id()).toList());
    }

    @Test
    void totalsSayForHowManyCredentialsWorkloadAndLevelAreKnown() {
        List<CandidateCredential> pool = List.of(new CandidateCredential("a", "a", Set.of("s:html"), 50, 3.3, null),
                new CandidateCredential("b", "b", Set.of("s:js"), 40, null, 4), new CandidateCredential("c", "c", Set.of("s:git"), 30, null, 6));
        UpskillingPlan p = Upskilling.plan("o:web", List.of("s:html", "s:js", "s:git"), pool, 5);
        assertEquals(3.3, p.totalEcts());
        assertEquals(1, p.ectsKnown());
        assertEquals(2, p.eqfKnown());
        assertEquals(List.of(4, 6), List.of(p.eqfRange()[0], p.eqfRange()[1]));
    }

    @Test
    void nearbyOccupationsRankBySimilarityAndDemandAndThoseWithoutVacanciesComeLast() {
        Set<String> have = Set.of("s:js", "s:git", "s:sql");
        // tester: 2 of 2, cosine 2/sqrt(6)=0.82, 0 ads -> 0; web: 3 of 4, 3/sqrt(12)=0.87, 100 ads -> 4.0; data: 1 of 3, 1/3, 10 ads -> 0.80
        List<NearbyOccupation> n = Upskilling.nearby(have, GRAPH, Map.of("o:web", 100L, "o:data", 10L), Set.of(), 5);
        assertEquals(List.of("o:web", "o:data", "o:test"), n.stream().map(NearbyOccupation::occupationUri).toList());
        assertEquals(3 / Math.sqrt(12) * Math.log(101), n.get(0).score(), 1e-9);
        assertEquals(0.75, n.get(0).coverage(), 1e-9);
        assertEquals(1, n.get(0).missing());
        assertEquals(0.0, n.get(2).score());
        assertEquals(2 / Math.sqrt(6), n.get(2).similarity(), 1e-9);
        List<NearbyOccupation> excluded = Upskilling.nearby(have, GRAPH, Map.of("o:web", 100L), Set.of("o:web"), 1);
        assertEquals(List.of("o:test"), excluded.stream().map(NearbyOccupation::occupationUri).toList());
    }

    @Test
    void withoutVacanciesAnywhereTheMostSimilarOccupationComesFirst() {
        List<NearbyOccupation> n = Upskilling.nearby(Set.of("s:sql", "s:stats"), GRAPH, Map.of(), Set.of(), 5);
        assertEquals(List.of("o:data", "o:web"), n.stream().map(NearbyOccupation::occupationUri).toList());
    }
}
