package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

    @Test
    void rPrecisionDividesByTheSmallerOfKAndTheGoldSize() {
        // gold {b, e, x}: two hits in the top 5, min(5, 3) = 3
        assertEquals(2.0 / 3, Metrics.rPrecisionAt(RANKED, Set.of("b", "e", "x"), 5), 1e-12);
        // gold of 7 with hits at ranks 1, 3, 9: top 5 has 2 of min(5, 7) = 5
        Set<String> big = Set.of("a", "c", "i", "x1", "x2", "x3", "x4");
        assertEquals(2.0 / 5, Metrics.rPrecisionAt(RANKED, big, 5), 1e-12);
        assertEquals(3.0 / 7, Metrics.rPrecisionAt(RANKED, big, 10), 1e-12);
        assertEquals(1.0, Metrics.rPrecisionAt(RANKED, Set.of("d"), 5), 1e-12);
        assertEquals(0.0, Metrics.rPrecisionAt(RANKED, Set.of("k"), 10), 1e-12);
    }

    @Test
    void reciprocalRankIsOneOverTheFirstGoldRankOrZero() {
        assertEquals(1.0 / 3, Metrics.reciprocalRank(RANKED, Set.of("c", "h")), 1e-12);
        assertEquals(1.0, Metrics.reciprocalRank(RANKED, Set.of("a")), 1e-12);
        assertEquals(0.0, Metrics.reciprocalRank(RANKED, Set.of("zz")), 1e-12);
    }

    @Test
    void hitAtKCountsAnyGoldInTheTopK() {
        assertEquals(1.0, Metrics.hitAt(RANKED, Set.of("e"), 5));
        assertEquals(0.0, Metrics.hitAt(RANKED, Set.of("f"), 5));
    }

    @Test
    void emptyGoldIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.rPrecisionAt(RANKED, Set.of(), 5));
    }
}
