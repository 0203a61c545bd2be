package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.DataQualitySummary;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CredentialValidatorTest {

    private static Credential credential(String id, String title, List<LearningOutcome> outcomes, Double ects, Integer eqf, String qa) {
        return new Credential(id, null, title, "DE", "Body", LocalDate.of(2024, 1, 1), outcomes, ects, eqf, "exam", "online", qa,
                null, null, null, null, null, "en", null, "csv", "f.csv", 2);
    }

    @Test
    void parsesDatesEctsAndEqfAsProvidersWriteThem() {
        assertEquals(LocalDate.of(2024, 2, 29), CredentialValidator.parseDate("issue_date", "2024-02-29"));
        assertEquals(LocalDate.of(2023, 6, 28), CredentialValidator.parseDate("issue_date", "2023-06-28T14:30:00Z"));
        assertNull(CredentialValidator.parseDate("issue_date", "  "));
        assertEquals(7.5, CredentialValidator.parseEcts("workload_ects", "7,5"));
        assertEquals(0.0, CredentialValidator.parseEcts("workload_ects", "0"));
        assertEquals(6, CredentialValidator.parseEqf("eqf_level", "EQF 6"));
        assertEquals(3, CredentialValidator.parseEqf("eqf_level", "Level 3"));
    }

    @Test
    void refusesValuesOutsideTheirDomain() {
        assertEquals("bad date '28/06/2023' (expected YYYY-MM-DD)",
                assertThrows(InvalidFieldException.class, () -> CredentialValidator.parseDate("issue_date", "28/06/2023")).reason());
        assertThrows(InvalidFieldException.class, () -> CredentialValidator.parseDate("issue_date", "2023-02-30"));
        assertEquals("negative or invalid ECTS -1", assertThrows(InvalidFieldException.class,
                () -> CredentialValidator.parseEcts("workload_ects", "-1")).reason());
        assertEquals("EQF level 0 outside 1-8", assertThrows(InvalidFieldException.class,
                () -> CredentialValidator.parseEqf("eqf_level", "0")).reason());
        assertEquals("EQF level 'advanced' is not a number 1-8", assertThrows(InvalidFieldException.class,
                () -> CredentialValidator.parseEqf("eqf_level", "advanced")).reason());
    }

    @Test
    void checkFieldFlagsSizeAndBrokenEncoding() {
        assertTrue(CredentialValidator.checkField("title", "x".repeat(CredentialValidator.MAX_FIELD_CHARS)).isEmpty());
        assertEquals("field too large: 102401 characters (limit 102400)",
                CredentialValidator.checkField("title", "x".repeat(CredentialValidator.MAX_FIELD_CHARS + 1)).orElseThrow().reason());
        assertEquals("broken encoding: malformed UTF-8 (U+FFFD at character 5)",
                CredentialValidator.checkField("title", "Gest\uFFFDon").orElseThrow().reason());
    }

    @Test
    void checkListsEveryProblemOfARecord() {
        Credential c = credential(" ", null, List.of(LearningOutcome.of("ok\uFFFD")), -1.0, 9, "QA");
        assertEquals(List.of("id", "title", "eqf_level", "workload_ects", "learning_outcomes[1]"),
                CredentialValidator.check(c, true).stream().map(CredentialValidator.Problem::field).toList());
        Credential noOutcomes = credential("a", "T", List.of(), 1.0, 4, "QA");
        assertEquals(1, CredentialValidator.check(noOutcomes, true).size());
        assertEquals(0, CredentialValidator.check(noOutcomes, false).size());
    }

    @Test
    void summaryGivesTheShareMissingEachMandatoryElement() {
        List<Credential> cs = List.of(
                credential("a", "A", List.of(LearningOutcome.of("x")), 1.0, 4, "QA"),
                credential("b", "B", List.of(LearningOutcome.of("x")), null, 4, null),
                credential("c", "C", List.of(), null, null, null),
                credential("d", "D", List.of(LearningOutcome.of("x")), 2.0, 5, " "));
        DataQualitySummary s = CredentialValidator.summarise(cs);
        assertEquals(4, s.records());
        assertEquals(List.of("title", "issuer_country", "awarding_body", "issue_date", "learning_outcomes", "workload_ects",
                "eqf_level", "assessment_type", "participation_form", "quality_assurance"), List.copyOf(s.missing().keySet()));
        assertEquals(0.75, s.shareMissing("quality_assurance"));
        assertEquals(0.5, s.shareMissing("workload_ects"));
        assertEquals(0.25, s.shareMissing("eqf_level"));
        assertEquals(0.25, s.shareMissing("learning_outcomes"));
        assertEquals(0.0, s.shareMissing("title"));
        assertTrue(s.describe().contains("quality_assurance    missing      3 ( 75.0 %)"), s.describe());
        assertEquals(List.of(StandardElement.LEARNING_OUTCOMES, StandardElement.WORKLOAD_ECTS, StandardElement.EQF_LEVEL,
                StandardElement.QUALITY_ASSURANCE), CredentialValidator.missingMandatory(cs.get(2)));
    }
}
