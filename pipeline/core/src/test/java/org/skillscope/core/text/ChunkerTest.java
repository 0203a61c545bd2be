package org.skillscope.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    @Test
    void splitsAtPunctuationAndListConjunctions() {
        assertEquals(List.of("Strong knowledge of HTML", "CSS", "LESS", "SCSS", "Angular", "React"),
                new Chunker(8).chunks("Strong knowledge of HTML and CSS (LESS, SCSS) with Angular or React"));
    }

    @Test
    void aSentenceWithNothingToSplitHasNoChunksAndTheLimitHolds() {
        assertEquals(List.of(), new Chunker(8).chunks("manage budgets"));
        assertEquals(List.of("a1", "b2"), new Chunker(2).chunks("a1, b2, c3, d4"));
    }
}
