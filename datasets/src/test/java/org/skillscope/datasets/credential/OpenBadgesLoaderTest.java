package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OpenBadgesLoaderTest {
    private static final String SALT = "test-salt";

    private static Path sample() {
        try {
            return Path.of(OpenBadgesLoaderTest.class.getResource(CredentialSample.RESOURCE_DIR + CredentialSample.OB3_JSON).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mapsTheSampleBadgeWithItsEscoAlignments() {
        LoadResult<Credential> r = new OpenBadgesLoader(SALT).load(sample());
        assertEquals(1, r.accepted().size());
        Credential c = r.accepted().get(0);
        assertEquals("Firewall and Network Security Practitioner", c.title());
        assertEquals("DK", c.issuerCountry());
        assertEquals("Nordhavn Digital Academy", c.awardingBody());
        assertEquals(LocalDate.of(2025, 3, 20), c.issueDate());
        assertEquals(5, c.eqfLevel());
        assertNull(c.workloadEcts(), "creditsAvailable has no unit: not taken as ECTS");
        assertEquals("en", c.language());
        assertEquals(LearnerPseudonym.of("urn:uuid:sample-learner-7c41", SALT), c.learnerPseudonym());
        assertEquals(6, c.learningOutcomes().size());
        assertEquals(4, c.learningOutcomes().stream().mapToLong(lo -> lo.declaredEscoSkills().size()).sum());
        assertEquals("implement a firewall: Download, install and update a network security system designed to prevent unauthorized access to a private network.",
                c.outcomeTexts().get(0));
        assertEquals(List.of("http://data.europa.eu/esco/skill/e5b5053e-0ef6-4c4e-a3f2-42f955f4322c"),
                c.learningOutcomes().get(0).declaredEscoSkills());
        assertEquals(List.of("workload_ects", "assessment_type", "participation_form", "quality_assurance"),
                r.findings().stream().map(f -> f.field()).toList());
    }

    @Test
    void decodesACompactJwsWithoutVerifyingIt(@TempDir Path dir) throws IOException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(Files.readAllBytes(sample()));
        Path jwt = dir.resolve("badge.jwt");
        Files.writeString(jwt, header + "." + payload + ".c2lnbmF0dXJl\n");
        LoadResult<Credential> r = CredentialLoaders.load(jwt, SALT);
        assertEquals(1, r.accepted().size());
        assertEquals("Firewall and Network Security Practitioner", r.accepted().get(0).title());
        assertEquals("ob3", r.accepted().get(0).sourceFormat());
        assertTrue(r.findings().stream().anyMatch(f -> f.field().equals("signature") && f.message().contains("not verified")));
    }

    @Test
    void rejectsAJwsThatHasNoPayload() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        LoadResult<Credential> r = new OpenBadgesLoader(SALT).load("h.jwt", header);
        assertEquals(1, r.read());
        assertEquals("payload", r.rejected().get(0).field());
        assertTrue(r.rejected().get(0).reason().contains("only a JWS protected header"));
    }

    @Test
    void loadsABareAchievementWithoutLearner() {
        String json = """
                {"@context": ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "https://example.org/achievements/sql", "type": ["Achievement"], "name": "SQL basics",
                 "description": "# About\\nWrite SQL queries to filter data.",
                 "criteria": {"narrative": "- Pass the test\\n- Submit a project"},
                 "alignment": [{"type": ["Alignment"], "targetName": "use query languages",
                   "targetCode": "https://data.europa.eu/esco/skill/0ba0e5ac-8e49-4bcf-8f1b-7cf9ab1d1f7b"},
                   {"type": ["Alignment"], "targetName": "ICT specialist",
                   "targetUrl": "http://data.europa.eu/esco/occupation/00000000-aaaa-bbbb-cccc-000000000000"}]}
                """;
        LoadResult<Credential> r = new OpenBadgesLoader(SALT).load("a.json", json);
        assertEquals(1, r.accepted().size());
        Credential c = r.accepted().get(0);
        assertNull(c.learnerPseudonym());
        assertEquals(List.of("use query languages", "ICT specialist", "Write SQL queries to filter data.", "Pass the test", "Submit a project"),
                c.outcomeTexts());
        assertEquals(List.of("http://data.europa.eu/esco/skill/0ba0e5ac-8e49-4bcf-8f1b-7cf9ab1d1f7b"),
                c.learningOutcomes().get(0).declaredEscoSkills());
        assertTrue(c.learningOutcomes().get(1).declaredEscoSkills().isEmpty());
        assertEquals(1, r.findings().stream().filter(f -> f.field().equals("alignment")).count());
    }
}
