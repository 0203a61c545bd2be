package org.skillscope.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.LearningOutcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A credential with its ESCO skills, written back as a European Learning Model document or an Open Badges 3.0
 * object: a pure function of the credential, its source document (if it was read from one), its skills and the
 * threshold.
 *
 * <ul>
 *   <li>A credential read from the format asked for is written back as the same document with the skills added to
 *       the outcome (ELM) or achievement (OB3) that states them; nothing else changes, except what identifies the
 *       learner (see {@link Learner}) and a {@code proof}, which no longer holds once the document changed.</li>
 *   <li>Any other credential (CSV catalogue, course export, or the other format) is built from its standard
 *       elements: an ELM {@code LearningAchievementSpecification}, or an OB3 {@code Achievement}.</li>
 *   <li>Only asserted skills at or above {@code minConfidence} are written, each on the outcome whose text holds its
 *       evidence; skills the source declared stay as the source wrote them (marked declared where SkillScope writes
 *       them itself).</li>
 * </ul>
 */
public final class CredentialExport {
    /** ESCO's skills concept scheme, the {@code inScheme} of every ESCO skill concept. */
    public static final String ESCO_SKILLS_SCHEME = "http://data.europa.eu/esco/concept-scheme/skills";

    private CredentialExport() {}

    /** A skill placed on outcome {@code outcome} (an index into the credential's learning outcomes). */
    record Placed(ExportSkill skill, int outcome) {}

    public static ExportedCredential export(Credential c, JsonNode source, List<ExportSkill> skills, ExportFormat format,
                                            double minConfidence, String escoVersion) {
        List<Placed> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<ExportSkill> ordered = new ArrayList<>(skills);
        // the surest first, then by URI: the same skills come out in the same order on every run
        ordered.sort(Comparator.comparing(ExportSkill::confidence).reversed().thenComparing(ExportSkill::uri));
        for (ExportSkill s : ordered) {
            if (!s.declared() && !(s.confidence() >= minConfidence)) continue;
            int i = outcomeOf(c.learningOutcomes(), s);
            if (i < 0) unplaced.add(s.uri());
            else placed.add(new Placed(s, i));
        }
        boolean roundTrip = source != null && source.isObject() && format.id().equals(c.sourceFormat());
        return switch (format) {
            case ELM -> roundTrip ? ElmDocuments.enrich(c, source, placed, unplaced, escoVersion)
                    : ElmDocuments.specification(c, placed, unplaced, escoVersion);
            case OB3 -> roundTrip ? Ob3Documents.enrich(c, source, placed, unplaced, escoVersion)
                    : Ob3Documents.achievement(c, placed, unplaced, escoVersion);
        };
    }

    /**
     * The outcome that states a skill: for a declared skill, the outcome that declares it; for an asserted one, the
     * outcome whose text is, or holds, its evidence unit (units are sentences cut from the outcome texts). -1 if none.
     */
    static int outcomeOf(List<LearningOutcome> outcomes, ExportSkill s) {
        if (s.declared()) {
            for (int i = 0; i < outcomes.size(); i++) if (outcomes.get(i).declaredEscoSkills().contains(s.uri())) return i;
        }
        String unit = normal(s.evidence());
        if (unit.isEmpty()) return -1;
        for (int i = 0; i < outcomes.size(); i++) if (normal(outcomes.get(i).text()).equals(unit)) return i;
        for (int i = 0; i < outcomes.size(); i++) if (normal(outcomes.get(i).text()).contains(unit)) return i;
        return -1;
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A short decimal for notes and descriptions: 0.873 -> "0.87". */
    static String confidence(double c) {
        return String.format(Locale.ROOT, "%.2f", c);
    }

    /** The ESCO skill's UUID, the last segment of its URI. */
    static String escoCode(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
