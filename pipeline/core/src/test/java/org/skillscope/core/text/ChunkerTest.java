package org.skillscope.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private static List<String> texts(Chunker c, String sentence) {
        return c.phrases(sentence).stream().map(Chunker.Phrase::text).toList();
    }

    @Test
    void splitsAtPunctuationAndListConjunctions() {
        assertEquals(List.of("Strong knowledge of HTML", "CSS", "LESS", "SCSS", "Angular", "React"),
                texts(new Chunker(8), "Strong knowledge of HTML and CSS (LESS, SCSS) with Angular or React"));
    }

    @Test
    void aSentenceWithNothingToSplitHasNoChunksAndTheLimitHolds() {
        assertEquals(List.of(), texts(new Chunker(8), "manage budgets"));
        assertEquals(List.of("a1", "b2"), texts(new Chunker(2), "a1, b2, c3, d4"));
    }

    @Test
    void phrasesKnowWhereTheyStandAndRepeatsCountOnce() {
        String s = "  Java, SQL and Java (Spring)";
        List<Chunker.Phrase> ps = new Chunker(8).phrases(s);
        assertEquals(List.of("Java", "SQL", "Spring"), ps.stream().map(Chunker.Phrase::text).toList());
        for (Chunker.Phrase p : ps) {
            assertEquals(p.text(), s.substring(p.start(), p.end()));
        }
        assertEquals(2, ps.get(0).start());
        assertEquals(List.of(), new Chunker(0).phrases(s));
    }
}
