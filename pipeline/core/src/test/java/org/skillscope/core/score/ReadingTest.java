package org.skillscope.core.score;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.LearningOutcome;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReadingTest {
    private static final java.util.function.Predicate<String> ESCO = uri -> uri.startsWith("http://data.europa.eu/esco/skill/");
    private static Credential credential(List<LearningOutcome> outcomes) {
        return new Credential("c1", null, "A course", null, "Body", null, outcomes, null, null, null, "online", null, null, null, null,
                null, null, null, null, "coursera", "f.csv", 2);
    }

    @Test
    void aCredentialIsReadByItsOutcomesInACoveredLanguageOrBySkillsItDeclares() {
        Credential none = credential(List.of());
        Credential written = credential(List.of(LearningOutcome.of("Escribir consultas SQL")));
        Credential declared = credential(List.of(new LearningOutcome("Programmeren in Java",
                List.of("http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389"))));
        assertEquals(Reading.NO_OUTCOMES, Reading.of(none, true, ESCO));
        assertEquals(Reading.READ, Reading.of(written, true, ESCO));
        assertEquals(Reading.LANGUAGE, Reading.of(written, false, ESCO));
        // its declared skills are what it teaches, whatever the matcher reads
        assertEquals(Reading.READ, Reading.of(declared, false, ESCO));
        assertFalse(Reading.of(none, true, ESCO).read());
        assertTrue(Reading.of(declared, false, ESCO).read());
        // a declared URI the loaded ESCO does not hold (retired, mistyped) teaches nothing it can read
        assertEquals(Reading.LANGUAGE, Reading.of(declared, false, uri -> false));
    }
}
