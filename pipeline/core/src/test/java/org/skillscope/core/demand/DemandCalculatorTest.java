package org.skillscope.core.demand;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class DemandCalculatorTest {
    private static final GrowthWindows H2_2025 = new GrowthWindows(YearMonth.of(2025, 1), YearMonth.of(2025, 7), YearMonth.of(2025, 12), 6);

    @Test
    void smallScopeIsShrunkTowardsTheOverallRate() {
        // 3 of 12 ads (25 %) in a small region, overall rate 10 %, prior strength 50: (3 + 5) / 62
        assertEquals(8.0 / 62, DemandCalculator.shrink(3, 12, 0.10, 50), 1e-12);
        // a large scope barely moves: 250 of 1000 -> (250 + 5) / 1050
        assertEquals(255.0 / 1050, DemandCalculator.shrink(250, 1000, 0.10, 50), 1e-12);
        assertEquals(0.25, DemandCalculator.shrink(3, 12, 0.10, 0), 1e-12);
    }

    @Test
    void growthComparesTheRawSharesOfDatedAdsInEachWindowAndCarriesItsCounts() {
        ScopeTotals totals = new ScopeTotals("all", 500, 400, 200, 200);
        var d = DemandCalculator.compute(totals, List.of(new SkillCount("s", 75, 20, 40)), Map.of("s", 0.15), H2_2025, DemandParams.DEFAULTS);
        Growth g = d.get("s").growth();
        assertEquals(1.0, g.rate(), 1e-12); // 10 % -> 20 %
        assertEquals(List.of(200L, 200L, 20L, 40L), List.of(g.earlierVacancies(), g.laterVacancies(), g.earlierCount(), g.laterCount()));
        assertEquals("2025-01/2025-06", g.earlierPeriod());
        assertEquals("2025-07/2025-12", g.laterPeriod());
        assertTrue(g.clear());
        assertEquals(0.15, d.get("s").share(), 1e-12);
        assertEquals((75 + 7.5) / 550, d.get("s").shrunkShare(), 1e-12);
    }

    @Test
    void anInferredOnlyVacancyCountsAtTheInferredWeightInSharesButFullyInTheCount() {
        ScopeTotals totals = new ScopeTotals("all", 100, 0, 0, 0);
        // 30 ads ask for it: 10 state it, 20 only imply it by their occupation
        var d = DemandCalculator.compute(totals, List.of(new SkillCount("s", 30, 0, 0, 20)), Map.of(), null, DemandParams.DEFAULTS);
        double weighted = 10 + DemandCalculator.INFERRED_WEIGHT * 20;
        assertEquals(30, d.get("s").vacancies());
        assertEquals(20, d.get("s").inferredVacancies());
        assertEquals(weighted / 100, d.get("s").share(), 1e-12);
        assertTrue(d.get("s").share() < 0.30, "inferred demand counts less than stated demand");
        assertEquals(weighted / 100, DemandCalculator.shares(List.of(new SkillCount("s", 30, 0, 0, 20)), 100).get("s"), 1e-12);
    }

    @Test
    void undatedAdsDoNotMoveGrowth() {
        // 10 % in both windows, while the undated ads (most of the scope) ask for it in half the cases
        ScopeTotals totals = new ScopeTotals("all", 3000, 400, 200, 200);
        var d = DemandCalculator.compute(totals, List.of(new SkillCount("s", 1340, 20, 20)), Map.of("s", 0.5), H2_2025, DemandParams.DEFAULTS);
        assertEquals(0.0, d.get("s").growth().rate(), 1e-12);
        assertFalse(d.get("s").growth().clear());
    }

    @Test
    void growthIsNullWithoutWindowsOrWithTooFewDatedAdsInEitherWindow() {
        var p = DemandParams.DEFAULTS;
        var count = List.of(new SkillCount("s", 30, 10, 20));
        assertNull(DemandCalculator.compute(new ScopeTotals("a", 400, 400, 200, 200), count, Map.of(), null, p).get("s").growth());
        // 43 dated ads early against 1,191 late (the real data's first and second half): no figure
        assertNull(DemandCalculator.compute(new ScopeTotals("a", 3732, 1234, 43, 1191), count, Map.of(), H2_2025, p).get("s").growth());
        assertNotNull(DemandCalculator.compute(new ScopeTotals("a", 400, 400, 200, 200), count, Map.of(), H2_2025, p).get("s").growth());
        var lower = new DemandParams(50, 3, 40, 0.25);
        assertNotNull(DemandCalculator.compute(new ScopeTotals("a", 3732, 1234, 43, 1191), count, Map.of(), H2_2025, lower).get("s").growth());
    }

    @Test
    void growthIsWithheldWhenTheWindowsMixOfCountriesAndSourcesDiffers() {
        // the real data's windows: Romania is 93 of 227 dated ads early and 2 of 964 late, Estonia 0 and 85
        Map<String, Long> early = Map.of("RO|eures", 93L, "CY|eures", 53L, "PT|eures", 26L, "LV|eures", 20L, "PL|eures", 35L);
        Map<String, Long> late = Map.of("RO|eures", 2L, "CY|eures", 136L, "PT|eures", 85L, "LV|eures", 147L, "PL|eures", 185L,
                "EE|eures", 85L, "HR|eures", 149L, "LT|eures", 88L, "HU|eures", 48L, "BG|eures", 39L);
        double shift = ScopeTotals.mixShift(early, late);
        assertTrue(shift > 0.5, "shift " + shift);
        var count = List.of(new SkillCount("s", 30, 10, 20));
        assertNull(DemandCalculator.compute(new ScopeTotals("a", 1191, 1191, 227, 964, shift), count, Map.of(), H2_2025, DemandParams.DEFAULTS)
                .get("s").growth());
        // the same mix in both windows: 0, and growth is given
        assertEquals(0.0, ScopeTotals.mixShift(Map.of("a", 10L, "b", 30L), Map.of("a", 100L, "b", 300L)), 1e-12);
        assertEquals(1.0, ScopeTotals.mixShift(Map.of("a", 10L), Map.of("b", 10L)), 1e-12);
        assertNotNull(DemandCalculator.compute(new ScopeTotals("a", 400, 400, 200, 200, 0.1), count, Map.of(), H2_2025, DemandParams.DEFAULTS)
                .get("s").growth());
    }

    @Test
    void windowsAreTheLongestEqualPairEndingAtTheLastDatedMonthThatHoldEnoughAds() {
        // the real EURES months of 2025: few ads before the autumn
        long[] perMonth = {6, 5, 9, 6, 7, 10, 12, 38, 177, 169, 361, 434};
        TreeMap<YearMonth, Long> dated = new TreeMap<>();
        for (int m = 1; m <= 12; m++) dated.put(YearMonth.of(2025, m), perMonth[m - 1]);
        GrowthWindows w = GrowthWindows.choose(dated, 3, 100);
        assertEquals(3, w.months()); // halves hold 43 / 1191; 5 and 4 months hold 44 / 1179 and 67 / 1141
        assertEquals("2025-07/2025-09", w.earlierPeriod());
        assertEquals("2025-10/2025-12", w.laterPeriod());
        assertTrue(w.isEarlier(YearMonth.of(2025, 7)) && w.isLater(YearMonth.of(2025, 10)));
        assertFalse(w.isEarlier(YearMonth.of(2025, 6)) || w.isLater(YearMonth.of(2025, 9)) || w.isLater(null));
        // evenly spread: two halves
        TreeMap<YearMonth, Long> even = new TreeMap<>();
        for (int m = 1; m <= 12; m++) even.put(YearMonth.of(2025, m), 50L);
        assertEquals(6, GrowthWindows.choose(even, 3, 100).months());
        // too few anywhere, or a period shorter than two minimum windows: none
        assertNull(GrowthWindows.choose(even, 3, 1000));
        TreeMap<YearMonth, Long> short4 = new TreeMap<>(Map.of(YearMonth.of(2025, 1), 500L, YearMonth.of(2025, 4), 500L));
        assertNull(GrowthWindows.choose(short4, 3, 100));
        assertNull(GrowthWindows.choose(new TreeMap<>(), 3, 100));
    }
}
