package org.skillscope.core.demand;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.*;

class GrowthTest {
    private static final GrowthWindows W = new GrowthWindows(YearMonth.of(2025, 7), YearMonth.of(2025, 10), YearMonth.of(2025, 12), 3);

    @Test
    void wilsonIntervalMatchesThePublishedExample() {
        // Newcombe (1998), table I: 81/263 -> 0.2553 .. 0.3662
        double[] w = Growth.wilson(81, 263);
        assertEquals(0.2553, w[0], 1e-4);
        assertEquals(0.3662, w[1], 1e-4);
    }

    @Test
    void differenceIntervalMatchesNewcombesExample() {
        // Newcombe (1998), table II, example (a): 56/70 vs 48/80, difference 0.2, method 10: 0.0524 .. 0.3339
        double[] ci = Growth.differenceInterval(48, 80, 56, 70);
        assertEquals(0.0524, ci[0], 1e-4);
        assertEquals(0.3339, ci[1], 1e-4);
    }

    @Test
    void aFewAdsMoreIsNotAClearRise() {
        // 3 of 227 -> 6 of 964 looks like -34 %; 2 of 227 -> 8 of 964 like +6 %: neither is clear
        Growth down = Growth.of(W, 227, 964, 3, 6);
        assertEquals(6.0 / 964 / (3.0 / 227) - 1, down.rate(), 1e-12);
        assertFalse(down.clear());
        assertFalse(Growth.of(W, 227, 964, 2, 8).growing(0.2));
        // 5 % -> 15 % on hundreds of ads is
        Growth up = Growth.of(W, 400, 400, 20, 60);
        assertTrue(up.clear());
        assertTrue(up.growing(0.2));
        assertFalse(up.growing(3.0));
        // a clear fall is clear, and not growing
        Growth fall = Growth.of(W, 400, 400, 60, 20);
        assertTrue(fall.clear());
        assertFalse(fall.growing(0.2));
    }

    @Test
    void noEarlierDemandHasNoRateButItsCounts() {
        Growth g = Growth.of(W, 300, 300, 0, 30);
        assertNull(g.rate());
        assertEquals(30, g.laterCount());
        assertTrue(g.clear());
        assertTrue(g.growing(0.2));
        assertFalse(Growth.of(W, 300, 300, 0, 1).growing(0.2));
    }
}
