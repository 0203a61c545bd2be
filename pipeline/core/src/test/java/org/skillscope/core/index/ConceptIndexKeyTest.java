package org.skillscope.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptIndexKeyTest {
    private final List<Concept> base = List.of(new Concept("u1", "SQL", List.of("structured query language"), List.of(), "a query language"));

    @Test
    void theCacheKeyFollowsContentVersionAndModel() {
        String k = ConceptIndex.key("skills", "1.1.1", base, "m1");
        assertEquals(k, ConceptIndex.key("skills", "1.1.1",
                List.of(new Concept("u1", "SQL", List.of("structured query language"), List.of(), "a query language")), "m1"));
        assertNotEquals(k, ConceptIndex.key("skills", "1.1.2", base, "m1"));
        assertNotEquals(k, ConceptIndex.key("skills", "1.1.1", base, "m2"));
        assertNotEquals(k, ConceptIndex.key("skills", "1.1.1",
                List.of(new Concept("u1", "SQL", List.of("SQL language"), List.of(), "a query language")), "m1"));
    }

    @Test
    void labelsArePreferredFirstWithoutBlanksOrDuplicates() {
        Concept c = new Concept("u", " SQL ", List.of("SQL", "", "sequel"), List.of("sql!"), null);
        assertEquals(List.of(new Concept.LabelRef("SQL", Concept.LabelKind.PREFERRED), new Concept.LabelRef("sequel", Concept.LabelKind.ALTERNATIVE),
                new Concept.LabelRef("sql!", Concept.LabelKind.HIDDEN)), c.labels());
        assertEquals("", c.description());
    }
}
