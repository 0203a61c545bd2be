package org.skillscope.datasets.credential;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The 16 standard elements of Annex I of the 2022 Council Recommendation on micro-credentials,
 * with the column name each has in the SkillScope CSV catalogue format and in findings.
 */
public enum StandardElement {
    LEARNER("learner_id", true, Credential::learnerPseudonym),
    TITLE("title", true, Credential::title),
    ISSUER_COUNTRY("issuer_country", true, Credential::issuerCountry),
    AWARDING_BODY("awarding_body", true, Credential::awardingBody),
    ISSUE_DATE("issue_date", true, Credential::issueDate),
    LEARNING_OUTCOMES("learning_outcomes", true, c -> c.learningOutcomes().isEmpty() ? null : c.learningOutcomes()),
    WORKLOAD_ECTS("workload_ects", true, Credential::workloadEcts),
    EQF_LEVEL("eqf_level", true, Credential::eqfLevel),
    ASSESSMENT_TYPE("assessment_type", true, Credential::assessmentType),
    PARTICIPATION_FORM("participation_form", true, Credential::participationForm),
    QUALITY_ASSURANCE("quality_assurance", true, Credential::qualityAssurance),
    PREREQUISITES("prerequisites", false, Credential::prerequisites),
    SUPERVISION_IDENTITY_VERIFICATION("supervision_identity_verification", false, Credential::supervisionAndIdentityVerification),
    GRADE("grade", false, Credential::grade),
    INTEGRATION_STACKABILITY("integration_stackability", false, Credential::integrationStackability),
    FURTHER_INFORMATION("further_information", false, Credential::furtherInformation);

    private final String column;
    private final boolean mandatory;
    private final Function<Credential, Object> value;

    StandardElement(String column, boolean mandatory, Function<Credential, Object> value) {
        this.column = column;
        this.mandatory = mandatory;
        this.value = value;
    }

    /** Column name in the CSV catalogue format; also the field name used in findings. */
    public String column() {
        return column;
    }

    public boolean mandatory() {
        return mandatory;
    }

    /** Whether {@code c} carries this element (non-null, non-blank, non-empty). */
    public boolean presentIn(Credential c) {
        Object v = value.apply(c);
        return v != null && !(v instanceof String s && s.isBlank());
    }

    /**
     * The mandatory elements a catalogue entry is checked for. The learner identification is left
     * out on purpose: SkillScope reads catalogues (the offer), where no learner exists, and drops or
     * pseudonymises it when present, so its absence is not a quality problem.
     */
    public static List<StandardElement> checkedMandatory() {
        return Arrays.stream(values()).filter(e -> e.mandatory && e != LEARNER).toList();
    }
}
