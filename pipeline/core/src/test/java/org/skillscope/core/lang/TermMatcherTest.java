package org.skillscope.core.lang;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.EscoSample;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermMatcherTest {
    private static Esco esco;
    private static TermMatcher terms;

    @BeforeAll
    static void load() {
        esco = EscoLoader.load(EscoSample.path());
        terms = new TermMatcher(esco);
    }

    private static List<String> labels(String text) {
        return terms.find(text).stream().map(t -> esco.skills().get(t.skillUri()).preferredLabel()).toList();
    }

    @Test
    void toolNamesAreFoundAsWrittenInAnyLanguage() {
        assertEquals(List.of("PHP", "JavaScript"), labels("Szukamy programisty: PHP, JavaScript (min. 3 lata)."));
        assertEquals(List.of("C#"), labels("Kenntnisse in C# und .NET erwünscht"));
    }

    @Test
    void ordinaryWordsAndOtherCasesAreNot() {
        assertTrue(labels("php i javascript").isEmpty(), "case matters: a word is not a product name");
        assertTrue(labels("Prowadzenie sklepu, obsługa klienta").isEmpty());
        assertFalse(TermMatcher.isTerm("use ICT systems"), "an English phrase is not a term");
        assertTrue(TermMatcher.isTerm("Apache Maven"));
    }

    @Test
    void eachSkillOnce() {
        assertEquals(List.of("PHP"), labels("PHP, PHP i jeszcze raz PHP"));
    }
}
