package org.skillscope.core.demand;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class DemandCalculatorTest {

    @Test
    void smallScopeIsShrunkTowardsTheOverallRate() {
        // 3 of 12 ads (25 %) in a small region, overall rate 10 %, prior strength 50: (3 + 5) / 62
        assertEquals(8.0 / 62, DemandCalculator.shrink(3, 12, 0.10, 50), 1e-12);
        // a large scope barely moves: 250 of 1000 -> (250 + 5) / 1050
        assertEquals(255.0 / 1050, DemandCalculator.shrink(250, 1000, 0.10, 50), 1e-12);
        assertEquals(0.25, DemandCalculator.shrink(3, 12, 0.10, 0), 1e-12);
    }

    @Test
    void growthComparesShrunkRatesOfTheTwoHalves() {
        ScopeTotals totals = new ScopeTotals("all", 200, 100, 100, 6, 6);
        var d = DemandCalculator.compute(totals, List.of(new SkillCount("s", 30, 10, 20)), Map.of("s", 0.15), DemandParams.DEFAULTS);
        // early (10 + 7.5) / 150, late (20 + 7.5) / 150 -> growth 27.5 / 17.5 - 1
        assertEquals(27.5 / 17.5 - 1, d.get("s").growth(), 1e-12);
        assertEquals(0.15, d.get("s").share(), 1e-12);
        assertEquals((30 + 7.5) / 250, d.get("s").shrunkShare(), 1e-12);
    }

    @Test
    void growthIgnoresTheRateOfUndatedVacancies() {
        // 10 % in both halves, but the overall rate (dominated by undated ads) is 50 %: no growth
        ScopeTotals totals = new ScopeTotals("all", 3000, 40, 1000, 6, 6);
        var d = DemandCalculator.compute(totals, List.of(new SkillCount("s", 1500, 4, 100)), Map.of("s", 0.5), DemandParams.DEFAULTS);
        assertEquals(0.0, d.get("s").growth(), 1e-12);
        // and a real rise shows: 5 % early, 10 % late, pooled (2 + 100) / 1040
        var up = DemandCalculator.compute(totals, List.of(new SkillCount("s", 1500, 2, 100)), Map.of("s", 0.5), DemandParams.DEFAULTS);
        double pooled = 102.0 / 1040;
        assertEquals((100 + 50 * pooled) / 1050 / ((2 + 50 * pooled) / 90) - 1, up.get("s").growth(), 1e-12);
    }

    @Test
    void growthIsUnknownWithTooFewMonthsOrVacancies() {
        var p = DemandParams.DEFAULTS;
        var fewMonths = DemandCalculator.compute(new ScopeTotals("a", 200, 100, 100, 2, 2), List.of(new SkillCount("s", 30, 10, 20)), Map.of(), p);
        assertNull(fewMonths.get("s").growth());
        var fewAds = DemandCalculator.compute(new ScopeTotals("a", 40, 20, 20, 6, 6), List.of(new SkillCount("s", 30, 10, 20)), Map.of(), p);
        assertNull(fewAds.get("s").growth());
    }

    @Test
    void oddPeriodsLeaveTheMiddleMonthOut() {
        var months = new TreeSet<YearMonth>();
        for (int m = 1; m <= 5; m++) months.add(YearMonth.of(2025, m));
        var split = DemandCalculator.split(months);
        assertTrue(split.isEarly(YearMonth.of(2025, 2)));
        assertFalse(split.isEarly(YearMonth.of(2025, 3)));
        assertFalse(split.isLate(YearMonth.of(2025, 3)));
        assertTrue(split.isLate(YearMonth.of(2025, 4)));
        assertEquals(2, split.early().size());
        assertEquals(2, split.late().size());
    }
}
