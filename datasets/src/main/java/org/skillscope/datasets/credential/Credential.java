package org.skillscope.datasets.credential;

import java.time.LocalDate;
import java.util.List;

/**
 * A micro-credential (or course) described by the standard elements of Annex I of the 2022
 * Council Recommendation: 11 mandatory elements, then the 5 optional ones, then provenance.
 *
 * <p>The learner identification is personal data: it is never held in clear. Loaders replace it by
 * {@link LearnerPseudonym#of} (a salted hash) or leave it null for catalogue entries without a learner.
 * Absent elements are null (or empty lists); validation reports them as findings.
 */
public record Credential(
        String id,
        // --- mandatory elements ---
        String learnerPseudonym,          // 1. identification of the learner (salted SHA-256, never clear)
        String title,                     // 2. title of the micro-credential
        String issuerCountry,             // 3. country/region of the issuer (ISO 3166 alpha-2 where known)
        String awardingBody,              // 4. awarding body
        LocalDate issueDate,              // 5. date of issuing
        List<LearningOutcome> learningOutcomes, // 6. learning outcomes
        Double workloadEcts,              // 7. notional workload, in ECTS
        Integer eqfLevel,                 // 8. level (EQF 1-8), if applicable
        String assessmentType,            // 9. type of assessment
        String participationForm,         // 10. form of participation (online, onsite, blended, ...)
        String qualityAssurance,          // 11. type of quality assurance
        // --- optional elements ---
        String prerequisites,             // 12. prerequisites needed to enrol
        String supervisionAndIdentityVerification, // 13. supervision and identity verification during assessment
        String grade,                     // 14. grade achieved
        String integrationStackability,   // 15. integration/stackability options
        String furtherInformation,        // 16. further information
        // --- provenance ---
        String language,                  // ISO 639-1 where known
        String url,
        String sourceFormat,              // csv, elm, ob3, coursera, edx
        String sourceFile,
        long sourceLine) {

    public Credential {
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
    }

    /** The outcome texts, in order. */
    public List<String> outcomeTexts() {
        return learningOutcomes.stream().map(LearningOutcome::text).toList();
    }
}
