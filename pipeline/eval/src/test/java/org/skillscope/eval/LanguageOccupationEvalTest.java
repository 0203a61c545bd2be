package org.skillscope.eval;

import org.junit.jupiter.api.Test;
import org.skillscope.core.lang.TitleIndex;
import org.skillscope.core.lang.TitleParams;
import org.skillscope.datasets.esco.LocalizedLabel;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LanguageOccupationEvalTest {
    private static final List<LocalizedLabel> PL = List.of(new LocalizedLabel("cook", "kucharz", true),
            new LocalizedLabel("nurse", "pielęgniarka", true), new LocalizedLabel("driver", "kierowca", true));

    @Test
    void reciprocalRankPerQueryAveraged() {
        GoldSet gold = new GoldSet(List.of(new GoldQuery("kucharz", Set.of("cook")), new GoldQuery("zzz", Set.of("nurse"))), 2, 0, List.of());
        OccupationEvalResult r = LanguageOccupationEval.score(new TitleIndex("pl", PL, TitleParams.DEFAULTS), gold);
        assertEquals(0.5, r.mrr(), 1e-12, "first right at rank 1, second never found");
        assertEquals(50.0, r.acc1(), 1e-12);
    }

    @Test
    void eachLanguageGetsTheCandidateBestOnTheOthersNeverItsOwnBest() {
        // words only finds nothing for inflected forms; n-grams do: on every language but the held-out one
        GoldSet inflected = new GoldSet(List.of(new GoldQuery("kucharza", Set.of("cook")), new GoldQuery("kierowcy", Set.of("driver"))), 2, 0, List.of());
        GoldSet exact = new GoldSet(List.of(new GoldQuery("kucharz", Set.of("cook"))), 1, 0, List.of());
        TitleParams words = new TitleParams(1, 3, 4, 20), grams = new TitleParams(0, 3, 4, 20);
        List<LanguageOccupationEval.LanguageSet> sets = List.of(new LanguageOccupationEval.LanguageSet("a", PL, inflected),
                new LanguageOccupationEval.LanguageSet("b", PL, inflected), new LanguageOccupationEval.LanguageSet("c", PL, exact));
        List<LanguageOccupationEval.HeldOut> out = LanguageOccupationEval.leaveOneLanguageOut(sets, List.of(words, grams), x -> {});
        assertEquals(grams, out.get(2).chosen(), "chosen on a and b, where only n-grams find the inflected titles");
        assertEquals(1.0, out.get(2).mrr(), 1e-12);
        assertNotEquals(0.0, out.get(0).mrr());
    }
}
