package org.skillscope.datasets.credential;

import org.skillscope.datasets.Clip;
import org.skillscope.datasets.credential.internal.Texts;
import org.skillscope.datasets.validation.DataQualitySummary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure checks on credential fields and records. Rejections (the record cannot be used): missing id
 * or title, no learning outcome where the format requires one, EQF outside 1-8, negative or
 * non-numeric ECTS, bad date, a field over {@link #MAX_FIELD_CHARS}, broken encoding. Findings
 * (the record is kept): each missing mandatory standard element.
 *
 * <p>Messages name fields and never repeat a learner identification.
 */
public final class CredentialValidator {
    /** Largest accepted field: 100 KB of text. A learning-outcome cell is a few hundred characters. */
    public static final int MAX_FIELD_CHARS = 100 * 1024;

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");
    private static final Pattern EQF = Pattern.compile("^(?:eqf\\s*(?:level)?|level)?\\s*[-:]?\\s*(-?\\d+)$", Pattern.CASE_INSENSITIVE);

    private CredentialValidator() {}

    /** Why a record is rejected: the field and a reason a provider can act on. */
    public record Problem(String field, String reason) {}

    /** Size and encoding check of one raw text value. */
    public static Optional<Problem> checkField(String field, String value) {
        if (value == null) return Optional.empty();
        if (value.length() > MAX_FIELD_CHARS) {
            return Optional.of(new Problem(field, "field too large: " + value.length() + " characters (limit " + MAX_FIELD_CHARS + ")"));
        }
        int bad = value.indexOf(Texts.REPLACEMENT);
        if (bad >= 0) {
            return Optional.of(new Problem(field, "broken encoding: malformed UTF-8 (U+FFFD at character " + (bad + 1) + ")"));
        }
        return Optional.empty();
    }

    /**
     * All reasons to reject {@code c}, first the most basic. {@code requireOutcomes} is true for the
     * SkillScope CSV format, whose whole point is the outcomes; other formats get a finding instead.
     */
    public static List<Problem> check(Credential c, boolean requireOutcomes) {
        List<Problem> problems = new ArrayList<>();
        if (c.id() == null || c.id().isBlank()) problems.add(new Problem("id", "missing id"));
        if (c.title() == null || c.title().isBlank()) problems.add(new Problem(StandardElement.TITLE.column(), "missing title"));
        if (requireOutcomes && c.learningOutcomes().isEmpty()) {
            problems.add(new Problem(StandardElement.LEARNING_OUTCOMES.column(), "no learning outcomes"));
        }
        if (c.eqfLevel() != null && (c.eqfLevel() < 1 || c.eqfLevel() > 8)) {
            problems.add(new Problem(StandardElement.EQF_LEVEL.column(), "EQF level " + c.eqfLevel() + " outside 1-8"));
        }
        if (c.workloadEcts() != null && (c.workloadEcts() < 0 || c.workloadEcts().isNaN() || c.workloadEcts().isInfinite())) {
            problems.add(new Problem(StandardElement.WORKLOAD_ECTS.column(), "negative or invalid ECTS " + c.workloadEcts()));
        }
        textFields(c).forEach((field, value) -> checkField(field, value).ifPresent(problems::add));
        for (int i = 0; i < c.learningOutcomes().size(); i++) {
            checkField(StandardElement.LEARNING_OUTCOMES.column() + "[" + (i + 1) + "]", c.learningOutcomes().get(i).text())
                    .ifPresent(problems::add);
        }
        return problems;
    }

    /** The checked mandatory elements (see {@link StandardElement#checkedMandatory()}) that {@code c} lacks. */
    public static List<StandardElement> missingMandatory(Credential c) {
        return StandardElement.checkedMandatory().stream().filter(e -> !e.presentIn(c)).toList();
    }

    /** The columns of {@link #missingMandatory}, comma-separated, as the credentials table's {@code missing_elements} holds them. */
    public static String missingMandatoryColumns(Credential c) {
        return String.join(", ", missingMandatory(c).stream().map(StandardElement::column).toList());
    }

    /** Share of credentials missing each checked mandatory element. */
    public static DataQualitySummary summarise(Collection<Credential> credentials) {
        Map<String, Long> missing = new LinkedHashMap<>();
        for (StandardElement e : StandardElement.checkedMandatory()) {
            missing.put(e.column(), credentials.stream().filter(c -> !e.presentIn(c)).count());
        }
        return new DataQualitySummary(credentials.size(), missing);
    }

    /** ISO 8601 date (a date-time keeps its date part); null for blank. */
    public static LocalDate parseDate(String field, String value) {
        String v = Texts.blankToNull(value);
        if (v == null) return null;
        Matcher m = ISO_DATE.matcher(v);
        if (!m.matches()) throw new InvalidFieldException(field, "bad date '" + Clip.counted(v, Texts.QUOTED_CHARS) + "' (expected YYYY-MM-DD)");
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "bad date '" + Clip.counted(v, Texts.QUOTED_CHARS) + "' (" + e.getMessage() + ")");
        }
    }

    /** ECTS credits as a non-negative number; a decimal comma is accepted ("7,5"). Null for blank. */
    public static Double parseEcts(String field, String value) {
        String v = Texts.blankToNull(value);
        if (v == null) return null;
        double d;
        try {
            d = Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "non-numeric ECTS '" + Clip.counted(v, Texts.QUOTED_CHARS) + "'");
        }
        if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) throw new InvalidFieldException(field, "negative or invalid ECTS " + Clip.counted(v, Texts.QUOTED_CHARS));
        return d;
    }

    /** EQF level 1-8, written "6", "EQF 6" or "Level 6". Null for blank. */
    public static Integer parseEqf(String field, String value) {
        String v = Texts.blankToNull(value);
        if (v == null) return null;
        Matcher m = EQF.matcher(v);
        if (!m.matches()) throw new InvalidFieldException(field, "EQF level '" + Clip.counted(v, Texts.QUOTED_CHARS) + "' is not a number 1-8");
        int level;
        try {
            level = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "EQF level '" + Clip.counted(v, Texts.QUOTED_CHARS) + "' is not a number 1-8");
        }
        if (level < 1 || level > 8) throw new InvalidFieldException(field, "EQF level " + level + " outside 1-8");
        return level;
    }

    private static Map<String, String> textFields(Credential c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put(StandardElement.TITLE.column(), c.title());
        m.put(StandardElement.ISSUER_COUNTRY.column(), c.issuerCountry());
        m.put(StandardElement.AWARDING_BODY.column(), c.awardingBody());
        m.put(StandardElement.ASSESSMENT_TYPE.column(), c.assessmentType());
        m.put(StandardElement.PARTICIPATION_FORM.column(), c.participationForm());
        m.put(StandardElement.QUALITY_ASSURANCE.column(), c.qualityAssurance());
        m.put(StandardElement.PREREQUISITES.column(), c.prerequisites());
        m.put(StandardElement.SUPERVISION_IDENTITY_VERIFICATION.column(), c.supervisionAndIdentityVerification());
        m.put(StandardElement.GRADE.column(), c.grade());
        m.put(StandardElement.INTEGRATION_STACKABILITY.column(), c.integrationStackability());
        m.put(StandardElement.FURTHER_INFORMATION.column(), c.furtherInformation());
        m.put("language", c.language());
        m.put("url", c.url());
        return m;
    }
}
