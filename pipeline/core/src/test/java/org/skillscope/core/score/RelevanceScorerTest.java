package org.skillscope.core.score;

import org.junit.jupiter.api.Test;
import org.skillscope.core.demand.Growth;
import org.skillscope.core.demand.GrowthWindows;
import org.skillscope.core.demand.SkillDemand;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RelevanceScorerTest {
    private static final Map<String, String> REUSE = Map.of("A", "occupation-specific", "B", "transversal", "C", "sector-specific");

    private static SkillDemand demand(String uri, double shrunk, Growth growth) {
        return new SkillDemand(uri, 10, 100, shrunk, shrunk, growth);
    }

    @Test
    void scoreIsTheChanceAVacancyAsksForSomethingTaught() {
        var demand = Map.of("A", demand("A", 0.10, null), "B", demand("B", 0.50, null));
        var taught = List.of(new TaughtSkill("A", "a", 1.0, "e"), new TaughtSkill("B", "b", 0.8, "e"));
        RelevanceScore r = RelevanceScorer.score(taught, demand, REUSE::get);
        // c_A = 1 * 1.0 * 0.10 = 0.10; c_B = 0.8 * 0.2 * 0.50 = 0.08; 100 * (1 - 0.9 * 0.92)
        assertEquals(17.2, r.score(), 1e-9);
        assertEquals("A", r.breakdown().get(0).skillUri());
        assertEquals(0.08, r.breakdown().get(1).contribution(), 1e-12);
    }

    @Test
    void genericSkillsScoreBelowSpecificOnesAtTheSameDemand() {
        var demand = Map.of("A", demand("A", 0.3, null), "B", demand("B", 0.3, null));
        double specific = RelevanceScorer.score(List.of(new TaughtSkill("A", "a", 1, "")), demand, REUSE::get).score();
        double generic = RelevanceScorer.score(List.of(new TaughtSkill("B", "b", 1, "")), demand, REUSE::get).score();
        assertEquals(30.0, specific, 1e-9);
        assertEquals(6.0, generic, 1e-9);
    }

    @Test
    void growthRaisesAndDeclineLowersWithinBounds() {
        var w = new GrowthWindows(YearMonth.of(2025, 1), YearMonth.of(2025, 7), YearMonth.of(2025, 12), 6);
        assertEquals(1.0, RelevanceScorer.growthFactor(null));
        assertEquals(1.1, RelevanceScorer.growthFactor(Growth.of(w, 1000, 1000, 200, 240)), 1e-12); // +20 %, clear
        assertEquals(1.5, RelevanceScorer.growthFactor(Growth.of(w, 1000, 1000, 10, 60)), 1e-12);   // +500 %, capped
        assertEquals(1.5, RelevanceScorer.growthFactor(Growth.of(w, 1000, 1000, 0, 30)), 1e-12);    // from nothing
        assertEquals(0.75, RelevanceScorer.growthFactor(Growth.of(w, 1000, 1000, 100, 10)), 1e-12); // -90 %, floored
        // +150 % on 2 -> 5 ads is noise: no effect
        assertEquals(1.0, RelevanceScorer.growthFactor(Growth.of(w, 1000, 1000, 2, 5)), 1e-12);
    }

    @Test
    void undemandedAndRepeatedSkillsAddNothing() {
        var demand = Map.of("A", demand("A", 0.10, null));
        var once = RelevanceScorer.score(List.of(new TaughtSkill("A", "a", 0.5, "")), demand, REUSE::get);
        var repeated = RelevanceScorer.score(List.of(new TaughtSkill("A", "a", 0.5, ""), new TaughtSkill("A", "a", 1.0, ""),
                new TaughtSkill("C", "c", 1.0, "")), demand, REUSE::get);
        assertEquals(5.0, once.score(), 1e-9);
        assertEquals(10.0, repeated.score(), 1e-9); // A counted once at confidence 1.0; C has no demand
        assertEquals(2, repeated.breakdown().size());
        assertEquals(0.0, repeated.breakdown().get(1).contribution());
    }

    @Test
    void percentileUsesMidRanksForTies() {
        double[] all = {10, 20, 20, 30};
        assertEquals(50.0, RelevanceScorer.percentile(20, all), 1e-12);
        assertEquals(12.5, RelevanceScorer.percentile(10, all), 1e-12);
        assertEquals(87.5, RelevanceScorer.percentile(30, all), 1e-12);
    }
}
