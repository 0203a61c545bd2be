package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.StandardElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 16 standard elements of a credential. The results tables keep the ones the scores use; the others
 * (date of issue, quality assurance, prerequisites, ...) are read back from the input file the run read
 * the credential from, only while that file is unchanged (its SHA-256 is the run's), so the page never
 * shows elements of another version of the catalogue.
 */
final class CredentialSources {
    /** Annex I's names of the elements, in its order. */
    private static final Map<StandardElement, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(StandardElement.LEARNER, "identification of the learner");
        NAMES.put(StandardElement.TITLE, "title");
        NAMES.put(StandardElement.ISSUER_COUNTRY, "country/region of the issuer");
        NAMES.put(StandardElement.AWARDING_BODY, "awarding body");
        NAMES.put(StandardElement.ISSUE_DATE, "date of issuing");
        NAMES.put(StandardElement.LEARNING_OUTCOMES, "learning outcomes");
        NAMES.put(StandardElement.WORKLOAD_ECTS, "notional workload (ECTS)");
        NAMES.put(StandardElement.EQF_LEVEL, "level (EQF)");
        NAMES.put(StandardElement.ASSESSMENT_TYPE, "type of assessment");
        NAMES.put(StandardElement.PARTICIPATION_FORM, "form of participation");
        NAMES.put(StandardElement.QUALITY_ASSURANCE, "type of quality assurance");
        NAMES.put(StandardElement.PREREQUISITES, "prerequisites");
        NAMES.put(StandardElement.SUPERVISION_IDENTITY_VERIFICATION, "supervision and identity verification");
        NAMES.put(StandardElement.GRADE, "grade");
        NAMES.put(StandardElement.INTEGRATION_STACKABILITY, "integration/stackability options");
        NAMES.put(StandardElement.FURTHER_INFORMATION, "further information");
    }

    private static final int FILES = 8;
    /** Loaded input files by path and SHA-256, the last {@link #FILES} used. */
    private final Map<String, Map<String, Credential>> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Map<String, Credential>> e) {
            return size() > FILES;
        }
    };

    /** A credential read back, or why it could not be (the file moved or changed since the run). */
    record Found(Credential credential, String note) {}

    /** Credential {@code id} from the input that the run names {@code sourceFile}, given the run's {@code inputs}. */
    Found find(JsonNode inputs, String sourceFile, String id) {
        if (inputs == null || !inputs.isArray() || sourceFile == null) return new Found(null, "the run does not name the credential's input file");
        // the run names a file by its path below the folder its inputs share (RunTables.inputNames): the input whose path ends so
        Path named = Path.of(sourceFile).normalize();
        for (JsonNode input : inputs) {
            Path file = Path.of(input.path("file").asText()).normalize();
            if (!file.endsWith(named)) continue;
            String sha = input.path("sha256").asText();
            if (!Files.isRegularFile(file)) return new Found(null, "the input file " + sourceFile + " is no longer where the run read it");
            if (!sha.equals(readableSha256(file))) return new Found(null, "the input file " + sourceFile + " has changed since the run");
            Map<String, Credential> byId;
            synchronized (loaded) {
                byId = loaded.get(file + "\u0000" + sha);
            }
            if (byId == null) {
                byId = new java.util.HashMap<>();
                for (Credential c : CredentialLoaders.load(file).accepted()) byId.putIfAbsent(c.id(), c);
                synchronized (loaded) {
                    loaded.put(file + "\u0000" + sha, byId);
                }
            }
            Credential c = byId.get(id);
            return c == null ? new Found(null, "no credential '" + id + "' in " + sourceFile + " any more") : new Found(c, null);
        }
        return new Found(null, "the run does not list " + sourceFile + " among its inputs");
    }

    /** A standard element (Annex I): its value as text, a number or a list, null where the credential lacks it. */
    public record Element(int number, String element, String column, boolean mandatory, JsonNode value, boolean present) {}

    /**
     * The 16 elements in Annex I's order: number, name, column, mandatory, value (text; the learner only as
     * "pseudonymised"), present. Without the source credential, the values the results row {@code row} holds.
     */
    static List<Element> elements(Credential c, Map<String, Object> row) {
        List<Element> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<StandardElement, String> e : NAMES.entrySet()) {
            Object value = c != null ? valueOf(c, e.getKey()) : fromRow(row, e.getKey());
            if (value instanceof String t && t.isBlank() || value instanceof JsonNode j && (j.isNull() || j.isArray() && j.isEmpty())) value = null;
            out.add(new Element(++n, e.getValue(), e.getKey().column(), e.getKey().mandatory(), Json.MAPPER.valueToTree(value), value != null));
        }
        return out;
    }

    private static Object valueOf(Credential c, StandardElement e) {
        if (!e.presentIn(c)) return null;
        return switch (e) {
            case LEARNER -> "pseudonymised";
            case TITLE -> c.title();
            case ISSUER_COUNTRY -> c.issuerCountry();
            case AWARDING_BODY -> c.awardingBody();
            case ISSUE_DATE -> c.issueDate().toString();
            case LEARNING_OUTCOMES -> c.outcomeTexts();
            case WORKLOAD_ECTS -> c.workloadEcts();
            case EQF_LEVEL -> c.eqfLevel();
            case ASSESSMENT_TYPE -> c.assessmentType();
            case PARTICIPATION_FORM -> c.participationForm();
            case QUALITY_ASSURANCE -> c.qualityAssurance();
            case PREREQUISITES -> c.prerequisites();
            case SUPERVISION_IDENTITY_VERIFICATION -> c.supervisionAndIdentityVerification();
            case GRADE -> c.grade();
            case INTEGRATION_STACKABILITY -> c.integrationStackability();
            case FURTHER_INFORMATION -> c.furtherInformation();
        };
    }

    private static Object fromRow(Map<String, Object> row, StandardElement e) {
        return switch (e) {
            case TITLE -> row.get("title");
            case ISSUER_COUNTRY -> row.get("issuerCountry");
            case AWARDING_BODY -> row.get("awardingBody");
            case LEARNING_OUTCOMES -> row.get("outcomes");
            case WORKLOAD_ECTS -> row.get("workloadEcts");
            case EQF_LEVEL -> row.get("eqfLevel");
            case ASSESSMENT_TYPE -> row.get("assessmentType");
            case PARTICIPATION_FORM -> row.get("participationForm");
            default -> null; // not kept in the results tables
        };
    }


    /** "" for a file that cannot be read: it then differs from the run's, and the page says the file changed. */
    private static String readableSha256(Path p) {
        try {
            return org.skillscope.datasets.FileDigests.sha256(p);
        } catch (java.io.UncheckedIOException e) {
            return "";
        }
    }
}
