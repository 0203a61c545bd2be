package org.skillscope.core.lang;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.esco.LocalizedLabel;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleIndexTest {
    private static final String NURSE = "esco:nurse", COOK = "esco:cook", SELLER = "esco:shop-assistant", DRIVER = "esco:driver";

    private static List<LocalizedLabel> polish() {
        return List.of(new LocalizedLabel(NURSE, "pielęgniarka", true), new LocalizedLabel(NURSE, "pielęgniarz", false),
                new LocalizedLabel(COOK, "kucharz", true), new LocalizedLabel(COOK, "kucharka", false),
                new LocalizedLabel(SELLER, "sprzedawca", true), new LocalizedLabel(SELLER, "sprzedawczyni", false),
                new LocalizedLabel(DRIVER, "kierowca samochodu ciężarowego", true));
    }

    @Test
    void inflectedAndUnaccentedTitlesFindTheirOccupation() {
        TitleIndex pl = new TitleIndex("pl", polish(), TitleParams.DEFAULTS);
        assertEquals(NURSE, pl.rank("Pielęgniarki", 1).get(0).uri());
        assertEquals(NURSE, pl.rank("pielegniarka oddzialowa", 1).get(0).uri(), "accents folded in the n-grams");
        assertEquals(DRIVER, pl.rank("Kierowca kat. C+E", 1).get(0).uri());
        assertEquals(COOK, pl.rank("Kucharz / kucharka", 3).get(0).uri());
        assertEquals("kucharz", pl.rank("kucharz", 1).get(0).matchedLabel());
        assertEquals(1.0, pl.rank("kucharz", 1).get(0).score(), 1e-6, "the label itself scores full");
    }

    @Test
    void aStemmedLanguageMatchesOtherWordFormsAndGenderMarksAreNoise() {
        TitleIndex de = new TitleIndex("de", List.of(new LocalizedLabel(NURSE, "Krankenpfleger", true),
                new LocalizedLabel(COOK, "Koch", true), new LocalizedLabel(SELLER, "Verkäufer", true)), TitleParams.DEFAULTS);
        assertEquals(SELLER, de.rank("Verkäuferin", 1).get(0).uri());
        assertEquals(de.rank("Krankenpfleger", 1).get(0).score(), de.rank("Krankenpfleger (m/w/d)", 1).get(0).score(), 1e-6);
        TitleIndex stemOnly = new TitleIndex("de", List.of(new LocalizedLabel(COOK, "Köche", true)), new TitleParams(1, 3, 5, 5));
        assertEquals(COOK, stemOnly.rank("Koch", 1).get(0).uri(), "German stemming folds the umlaut plural");
    }

    @Test
    void rankOfAgreesWithTheRanking() {
        TitleIndex pl = new TitleIndex("pl", polish(), TitleParams.DEFAULTS);
        for (String q : List.of("sprzedawca", "kucharz zmianowy", "kierowca", "pielęgniarka", "xyz")) {
            List<TitleMatch> all = pl.rank(q, Integer.MAX_VALUE);
            for (String uri : List.of(NURSE, COOK, SELLER, DRIVER)) {
                int expected = 0;
                for (int i = 0; i < all.size(); i++) if (all.get(i).uri().equals(uri)) expected = i + 1;
                assertEquals(expected, pl.rankOf(q, Set.of(uri)), q + " / " + uri);
            }
        }
    }

    @Test
    void aTitleWithNothingInCommonGetsNothing() {
        TitleIndex pl = new TitleIndex("pl", polish(), TitleParams.DEFAULTS);
        assertTrue(pl.rank("§§§", 5).isEmpty());
        assertTrue(pl.rank("", 5).isEmpty());
    }
}
