package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.LoadResult;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ElmCredentialLoaderTest {
    private static final String SALT = "test-salt";

    private static Path resource(String name) {
        try {
            return Path.of(ElmCredentialLoaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mapsTheSampleCredentialToTheStandardElements() {
        LoadResult<Credential> r = new ElmCredentialLoader(SALT).load(resource(CredentialSample.RESOURCE_DIR + CredentialSample.ELM_JSONLD));
        assertEquals(1, r.accepted().size());
        Credential c = r.accepted().get(0);
        assertEquals("urn:credential:6b1f0c52-7a3e-4d7e-9d2a-2f4c1e8a9b10", c.id());
        assertEquals(LearnerPseudonym.of("urn:epass:person:sample-learner-1", SALT), c.learnerPseudonym());
        assertEquals("Photovoltaic System Maintenance and Inspection", c.title());
        assertEquals("ES", c.issuerCountry());
        assertEquals("Instituto Técnico de Energías Renovables", c.awardingBody());
        assertEquals(LocalDate.of(2025, 2, 14), c.issueDate());
        assertEquals(3.0, c.workloadEcts());
        assertEquals(4, c.eqfLevel());
        assertEquals("Practical maintenance test on a live training installation and written exam", c.assessmentType());
        assertEquals("Blended", c.participationForm());
        assertEquals("Quality assured under the Andalusian VET quality framework (EQAVET-aligned internal review)", c.qualityAssurance());
        assertTrue(c.prerequisites().startsWith("Solar Photovoltaic Installation micro-credential"));
        assertEquals("Supervised with ID verification", c.supervisionAndIdentityVerification());
        assertEquals("Apto (pass)", c.grade());
        assertEquals("stand-alone (not a partial qualification)", c.integrationStackability());
        assertTrue(c.furtherInformation().contains("volume of learning PT75H"));
        assertEquals("en", c.language());
        assertEquals("elm", c.sourceFormat());
        assertEquals(4, c.learningOutcomes().size());
        assertEquals(List.of(1, 1, 1, 2), c.learningOutcomes().stream().map(lo -> lo.declaredEscoSkills().size()).toList());
        assertEquals("http://data.europa.eu/esco/skill/33784b61-bd86-4451-8a89-741ada5f8475",
                c.learningOutcomes().get(0).declaredEscoSkills().get(0));
        assertTrue(r.findings().isEmpty(), () -> r.findings().toString());
    }

    @Test
    void loadsALearningOpportunityResolvingOutcomeReferences() {
        LoadResult<Credential> r = new ElmCredentialLoader(SALT).load(resource("/credential/good/learning-opportunity.elm.jsonld"));
        assertEquals(1, r.accepted().size());
        Credential c = r.accepted().get(0);
        assertNull(c.learnerPseudonym());
        assertEquals("Heat Pump Installation and Commissioning", c.title());
        assertEquals("Instituto Técnico de Energías Renovables", c.awardingBody());
        assertEquals("ES", c.issuerCountry());
        assertEquals(5.0, c.workloadEcts());
        assertEquals(4, c.eqfLevel());
        assertEquals(List.of("Instalar bombas de calor",
                "Commission a heat pump system: Measure the coefficient of performance after installation."), c.outcomeTexts());
        // https is normalised to ESCO's canonical http form; the concept-scheme URI is not a skill
        assertEquals(List.of("http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f"),
                c.learningOutcomes().get(0).declaredEscoSkills());
        assertEquals(1, r.findings().stream().filter(f -> f.field().equals("relatedESCOSkill")).count());
    }

    @Test
    void rejectsAContextDocumentAndAnOpenBadge() {
        ElmCredentialLoader loader = new ElmCredentialLoader(SALT);
        LoadResult<Credential> context = loader.load("ctx.jsonld", "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}");
        assertEquals("JSON-LD context document, not a credential", context.rejected().get(0).reason());
        LoadResult<Credential> badge = loader.load("b.json", "{\"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"]}");
        assertEquals(1, badge.rejected().size());
        assertTrue(badge.rejected().get(0).reason().startsWith("not a European Learning Model credential"));
    }

    @Test
    void rejectsAnOutOfRangeEqfLevel() {
        String json = "{\"type\": \"LearningOpportunity\", \"id\": \"lo-1\", \"title\": {\"en\": \"T\"},"
                + " \"learningAchievementSpecification\": {\"eqfLevel\": {\"id\": \"http://data.europa.eu/snb/eqf/9\"}}}";
        LoadResult<Credential> r = new ElmCredentialLoader(SALT).load("lo.jsonld", json);
        assertEquals(1, r.read());
        assertEquals("eqf_level", r.rejected().get(0).field());
        assertEquals("EQF level 9 outside 1-8", r.rejected().get(0).reason());
    }

    @Test
    void anEqfLevelBeyondAnyNumberIsARejectNotACrash() {
        // found by fuzzing (LoadersFuzzTestInputs/elm/crash-df316e33...): Integer.parseInt threw
        String json = "{\"type\": \"LearningOpportunity\", \"id\": \"lo-1\", \"title\": {\"en\": \"T\"},"
                + " \"learningAchievementSpecification\": {\"eqfLevel\": {\"id\": \"http://data.europa.eu/snb/eqf/66666666666666666666666666666666\"}}}";
        LoadResult<Credential> r = new ElmCredentialLoader(SALT).load("lo.jsonld", json);
        assertEquals(1, r.read());
        assertEquals("eqf_level", r.rejected().get(0).field());
        assertTrue(r.rejected().get(0).reason().startsWith("EQF level not understood"), r.rejected().get(0).reason());
    }
}
