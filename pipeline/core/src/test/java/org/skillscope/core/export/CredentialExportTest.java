package org.skillscope.core.export;

import static org.skillscope.core.export.JsonContains.assertContains;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.credential.LearningOutcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Exports of the bundled sample's three credential files, without Spark or a database: the round trip keeps every
 * field of an ELM or Open Badges source, the skills land on the outcome that states them, only those above the
 * threshold, and the learner's id never appears in clear. (Validation against the standards: api's
 * CredentialExportStandardsTest, which needs ../shared/data/standards.)
 */
class CredentialExportTest {
    private static final String SALT = "export-test-salt";
    private static final String RUN_ESCO = "1.1.1";
    // ESCO-shaped skill URIs none of the sample credentials declares (the export does not look them up)
    private static final String INSPECT = "http://data.europa.eu/esco/skill/8a5c2b41-f5ac-4b39-a54f-cde3e2ab1a77";
    private static final String INVERTER = "http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000001";
    private static final String LOW = "http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000002";

    private static Path sample(String name) {
        List<Path> files = CredentialSample.files();
        return files.get(CredentialSample.FILE_NAMES.indexOf(name));
    }

    private static Credential only(Path file) {
        List<Credential> cs = CredentialLoaders.load(file, SALT).accepted();
        assertEquals(1, cs.size(), file + " holds one credential");
        return cs.get(0);
    }

    @Test
    void elmRoundTripKeepsEveryFieldAndAddsEachSkillToTheOutcomeThatStatesIt() {
        Path file = sample(CredentialSample.ELM_JSONLD);
        Credential c = only(file);
        JsonNode source = CredentialLoaders.document(file, c.sourceLine()).orElseThrow();
        LearningOutcome third = c.learningOutcomes().get(2);            // "Replace and configure a faulty inverter"
        LearningOutcome second = c.learningOutcomes().get(1);
        String declared = second.declaredEscoSkills().get(0);
        List<ExportSkill> skills = List.of(
                new ExportSkill(INVERTER, "configure an inverter", 0.81, false, third.text()),
                // a unit cut from the second outcome's text, as the matcher cuts them
                new ExportSkill(INSPECT, "test insulation resistance", 0.66, false, "including insulation resistance and string voltages"),
                new ExportSkill(LOW, "below the threshold", 0.40, false, third.text()),
                new ExportSkill(declared, "test electrical equipment", 1.0, true, second.text()));

        ExportedCredential e = CredentialExport.export(c, source, skills, ExportFormat.ELM, 0.5, RUN_ESCO);

        assertTrue(e.roundTrip());
        assertEquals(2, e.assertedWritten());
        assertEquals(1, e.declaredWritten());
        assertEquals(List.of(), e.unplaced());
        assertContains(expectedAfterExport(source), e.document(), "$");
        List<JsonNode> outcomes = org.skillscope.datasets.credential.ElmCredentialLoader.outcomeNodes(e.document());
        assertEquals(List.of(), relatedAdded(source, e.document(), 0));
        assertEquals(List.of(INSPECT), relatedAdded(source, e.document(), 1));
        assertEquals(List.of(INVERTER), relatedAdded(source, e.document(), 2));
        assertEquals(List.of(), relatedAdded(source, e.document(), 3));
        // the issuer's declaration stays once, as it was
        assertEquals(1, count(outcomes.get(1).get("relatedESCOSkill"), declared));
        JsonNode note = outcomes.get(2).get("additionalNote");
        assertTrue(note.path("noteLiteral").path("en").asText().contains("configure an inverter (confidence 0.81)"), note.toString());
        assertTrue(note.path("noteLiteral").path("en").asText().endsWith("The others were related by the issuer."), note.toString());
        assertFalse(e.document().toString().contains(LOW), "a skill below the threshold is not written");
        assertLearnerPseudonymised(source, e.document(), c);
    }

    @Test
    void ob3RoundTripAddsAnEscoAlignmentAndKeepsTheOriginalOnes() {
        Path file = sample(CredentialSample.OB3_JSON);
        Credential c = only(file);
        JsonNode source = CredentialLoaders.document(file, c.sourceLine()).orElseThrow();
        String firstOutcome = c.learningOutcomes().get(0).text();
        String declared = c.learningOutcomes().stream().flatMap(o -> o.declaredEscoSkills().stream()).findFirst().orElseThrow();
        List<ExportSkill> skills = List.of(new ExportSkill(INSPECT, "monitor system performance", 0.9, false, firstOutcome),
                new ExportSkill(declared, "implement a firewall", 1.0, true, firstOutcome));

        ExportedCredential e = CredentialExport.export(c, source, skills, ExportFormat.OB3, 0, RUN_ESCO);

        assertTrue(e.roundTrip());
        assertEquals(1, e.assertedWritten());
        assertEquals(1, e.declaredWritten());
        assertContains(expectedAfterExport(source), e.document(), "$");
        JsonNode alignments = e.document().path("credentialSubject").path("achievement").path("alignment");
        assertEquals(source.path("credentialSubject").path("achievement").path("alignment").size() + 1, alignments.size());
        JsonNode added = alignments.get(alignments.size() - 1);
        assertEquals(INSPECT, added.get("targetUrl").asText());
        assertEquals("ext:ESCOSkill", added.get("targetType").asText());
        assertEquals("ESCO v1.1.1", added.get("targetFramework").asText());
        assertEquals("8a5c2b41-f5ac-4b39-a54f-cde3e2ab1a77", added.get("targetCode").asText());
        assertTrue(added.get("targetDescription").asText().startsWith("Asserted by SkillScope from the outcome \"" + firstOutcome + "\""));
        assertLearnerPseudonymised(source, e.document(), c);
    }

    @Test
    void aCatalogueRowBecomesALearningAchievementSpecificationWithItsStandardElements() {
        Credential c = CredentialLoaders.load(sample(CredentialSample.CATALOGUE_CSV), SALT).accepted().get(0);
        LearningOutcome git = c.learningOutcomes().get(2);
        List<ExportSkill> skills = List.of(new ExportSkill(INSPECT, "use Git", 0.9, false, git.text()),
                new ExportSkill(INVERTER, "stated nowhere", 0.9, false, "a sentence no outcome holds"));

        ExportedCredential e = CredentialExport.export(c, null, skills, ExportFormat.ELM, 0.5, RUN_ESCO);
        ObjectNode d = e.document();

        assertFalse(e.roundTrip());
        assertEquals("LearningAchievementSpecification", d.get("type").asText());
        assertEquals(c.title(), d.path("title").path("en").asText());
        assertEquals(c.learningOutcomes().size(), d.get("learningOutcome").size());
        assertEquals(INSPECT, d.get("learningOutcome").get(2).path("relatedESCOSkill").path("id").asText());
        assertEquals(List.of(INVERTER), e.unplaced(), "a skill whose evidence no outcome holds is left out, and said so");
        String note = d.get("learningOutcome").get(2).path("additionalNote").path("noteLiteral").path("en").asText();
        assertEquals("ESCO v1.1.1 skills added by SkillScope, asserted from this outcome's text: use Git (confidence 0.90).", note);
        assertEquals("6", d.path("creditPoint").path("point").asText());
        assertEquals("http://data.europa.eu/snb/eqf/5", d.path("eqfLevel").path("id").asText());
        assertEquals("http://publications.europa.eu/resource/authority/language/ENG", d.path("language").path("id").asText());
        assertEquals("http://publications.europa.eu/resource/authority/country/DNK",
                d.path("awardingOpportunity").path("awardingBody").path("location").path("address").path("countryCode").path("id").asText());
        assertEquals(c.assessmentType(), d.path("provenBy").path("title").path("en").asText());
        assertTrue(d.get("additionalNote").toString().contains("Quality assurance: " + c.qualityAssurance()));
        assertEquals(c.url(), d.path("homepage").path("contentURL").asText());
    }

    @Test
    void aCatalogueRowBecomesAnOpenBadgesAchievement() {
        Credential c = CredentialLoaders.load(sample(CredentialSample.CATALOGUE_CSV), SALT).accepted().get(0);
        List<ExportSkill> skills = List.of(new ExportSkill(INSPECT, "use Git", 0.9, false, c.learningOutcomes().get(2).text()));

        ObjectNode a = CredentialExport.export(c, null, skills, ExportFormat.OB3, 0, RUN_ESCO).document();

        assertEquals("Achievement", a.get("type").get(0).asText());
        assertEquals("urn:skillscope:credential:nda-web-frontend", a.get("id").asText());
        List<String> types = new ArrayList<>();
        a.get("alignment").forEach(x -> types.add(x.get("targetType").asText()));
        assertEquals(List.of("ext:EQF", "ext:ESCOSkill"), types);
        for (LearningOutcome o : c.learningOutcomes()) assertTrue(a.path("criteria").path("narrative").asText().contains("- " + o.text()));
        assertEquals(6.0, a.get("ECTS").asDouble());
    }

    @Test
    void anElmSourceAskedForAsOpenBadgesIsBuiltAndKeepsItsDeclaredSkillsMarkedDeclared() {
        Path file = sample(CredentialSample.ELM_JSONLD);
        Credential c = only(file);
        LearningOutcome first = c.learningOutcomes().get(0);
        String declared = first.declaredEscoSkills().get(0);
        List<ExportSkill> skills = List.of(new ExportSkill(declared, "maintain photovoltaic systems", 1.0, true, first.text()));

        ExportedCredential e = CredentialExport.export(c, CredentialLoaders.document(file, 1).orElseThrow(), skills, ExportFormat.OB3, 0.9, RUN_ESCO);

        assertFalse(e.roundTrip());
        JsonNode al = e.document().get("alignment");
        JsonNode esco = al.get(al.size() - 1);
        assertEquals(declared, esco.get("targetUrl").asText());
        assertTrue(esco.get("targetDescription").asText().startsWith("Declared by the issuer"), esco.toString());
        assertFalse(e.document().toString().contains("sample-learner"), "a built achievement names no learner");
    }

    @Test
    void fileNamesAreSafeAndDistinct() {
        assertEquals("nda-web-frontend", Ids.safe("nda-web-frontend"));
        String a = Ids.safe("https://badges.example.org/achievements/42");
        String b = Ids.safe("https://badges.example.org/achievements/42?");
        assertTrue(a.matches("[A-Za-z0-9._-]+"), a);
        assertNotEquals(a, b);
        assertFalse(Ids.safe("../../etc/passwd").contains("/"));
        assertFalse(Ids.safe("../../etc/passwd").startsWith("."));
    }

    @Test
    void aFormatOtherThanElmOrOb3IsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("pdf"));
        assertEquals("format must be elm or ob3, got 'pdf'", e.getMessage());
        assertEquals(ExportFormat.OB3, ExportFormat.parse(" OB3 "));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The source as an export must keep it: all of it, but the learner's identifying fields and a proof. */
    private static JsonNode expectedAfterExport(JsonNode source) {
        ObjectNode d = source.deepCopy();
        d.remove("proof");
        JsonNode s = d.get("credentialSubject");
        if (s instanceof ObjectNode subject) {
            subject.remove("id");
            subject.remove(Learner.PERSONAL);
        }
        return d;
    }

    private static void assertLearnerPseudonymised(JsonNode source, JsonNode exported, Credential c) {
        String clear = source.path("credentialSubject").path("id").asText();
        assertFalse(clear.isEmpty());
        assertFalse(exported.toString().contains(clear), "the learner id in clear is not written: " + clear);
        assertEquals(Learner.URN + c.learnerPseudonym(), exported.path("credentialSubject").path("id").asText());
    }

    /** ESCO URIs related to outcome i in the export and not in the source. */
    private static List<String> relatedAdded(JsonNode source, JsonNode exported, int i) {
        Set<String> before = uris(org.skillscope.datasets.credential.ElmCredentialLoader.outcomeNodes(source).get(i).get("relatedESCOSkill"));
        List<String> added = new ArrayList<>();
        for (String u : uris(org.skillscope.datasets.credential.ElmCredentialLoader.outcomeNodes(exported).get(i).get("relatedESCOSkill"))) {
            if (!before.contains(u)) added.add(u);
        }
        return added;
    }

    private static Set<String> uris(JsonNode related) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (related == null) return out;
        for (JsonNode r : related.isArray() ? related : List.of(related)) out.add(r.isTextual() ? r.asText() : r.path("id").asText());
        return out;
    }

    private static int count(JsonNode related, String uri) {
        int n = 0;
        for (JsonNode r : related.isArray() ? related : List.of(related)) if (uri.equals(r.path("id").asText())) n++;
        return n;
    }
}
