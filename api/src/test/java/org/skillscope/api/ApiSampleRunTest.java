package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.api.service.EscoContext;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;
import org.skillscope.spark.RunSummary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API over a run the real Spark job published from the bundled sample (not hand-made rows):
 * every read endpoint answers, and what it serves agrees with the job's own summary.
 */
class ApiSampleRunTest {
    private static PublishedRunServer server;
    private static RunSummary summary;
    private static EscoContext esco;
    private static Http http;

    @BeforeAll
    static void publishSampleRunAndServe() throws Exception {
        server = PublishedRunServer.publish(EscoSample.path(), CredentialSample.files(), VacancySample.files(),
                Files.createTempDirectory("skillscope-api-sample").resolve("out"), Path.of("target", "index-cache"));
        summary = server.summary;
        esco = server.esco;
        http = server.http;
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static JsonNode ok(String path) {
        return server.ok(path);
    }

    @Test
    void latestRunIsTheJobsRunWithTheJobsCounts() {
        JsonNode run = ok("/api/runs/latest");
        assertEquals(summary.runId(), run.get("runId").asText());
        assertEquals("1.1.1", run.get("escoVersion").asText());
        assertEquals(summary.credentials(), run.get("credentials").asLong());
        assertEquals(summary.vacancies(), run.get("vacancies").asLong());
        assertEquals(summary.rejected(), run.get("rejected").asLong());
        assertEquals(summary.counts().get("gaps"), run.get("counts").get("gaps").asInt());
        assertEquals(summary.credentials(), ok("/api/credentials").get("total").asLong());
    }

    @Test
    void everyCredentialOfTheRunHasADetailWhoseSkillsMatchTheList() {
        JsonNode list = ok("/api/credentials?size=200");
        assertEquals(summary.credentials(), list.get("items").size());
        double previous = Double.MAX_VALUE;
        for (JsonNode c : list.get("items")) {
            assertTrue(c.get("relevance").asDouble() <= previous, "sorted by relevance");
            previous = c.get("relevance").asDouble();
            JsonNode d = ok("/api/credentials/" + URLEncoder.encode(c.get("credentialId").asText(), StandardCharsets.UTF_8));
            assertEquals(c.get("skills").asInt(), d.get("skills").size(), c.get("credentialId").asText());
            d.get("skills").forEach(s -> assertFalse(s.get("why").asText().isBlank()));
        }
    }

    @Test
    void skillsOccupationsGapsAndPolicyViewsAnswerOnARealRun() {
        JsonNode top = ok("/api/skills?size=5");
        assertTrue(top.get("total").asLong() > 0, "the sample's vacancies ask for skills");
        String skillId = top.get("items").get(0).get("id").asText();
        JsonNode skill = ok("/api/skills/" + skillId);
        assertEquals(top.get("items").get(0).get("vacancies").asLong(), skill.get("demand").get(0).get("vacancies").asLong());
        JsonNode occ = ok("/api/occupations?size=1");
        ok("/api/occupations/" + occ.get("items").get(0).get("id").asText());
        JsonNode gaps = ok("/api/gaps");
        assertTrue(gaps.get("total").asLong() > 0, "the sample has skills in demand that no credential teaches");
        ok("/api/gaps/bundles");
        assertFalse(ok("/api/supply-demand").get("groups").isEmpty());
        assertTrue(ok("/api/transition").has("demand"));
        for (JsonNode s : ok("/api/scopes").get("scopes")) {
            if (s.get("scopeType").asText().equals("all")) continue;
            ok("/api/gaps?scopeType=" + s.get("scopeType").asText() + "&scope=" + URLEncoder.encode(s.get("scope").asText(), StandardCharsets.UTF_8));
        }
        JsonNode providers = ok("/api/providers");
        String provider = providers.get("items").get(0).get("provider").asText();
        JsonNode rec = ok("/api/providers/recommendations?provider=" + URLEncoder.encode(provider, StandardCharsets.UTF_8));
        assertFalse(rec.get("weakest").isEmpty());
        assertEquals(summary.rejected(), ok("/api/quarantine?size=200").get("items").size());
    }

    /** The API maps a posted credential as the job does: the same skills and relevance ({@link ScoreAgreement}). */
    @Test
    void aPostedCredentialDocumentScoresAsTheJobScoredTheSameDocument() throws Exception {
        for (Path file : CredentialSample.files().subList(1, 3)) { // the sample's ELM and Open Badges documents
            Http.Answer a = http.post("/api/credentials/score", Files.readString(file));
            assertEquals(200, a.status(), file + ": " + a.body());
            JsonNode posted = a.json().get("credentials").get(0);
            JsonNode published = ok("/api/credentials/" + URLEncoder.encode(posted.get("credentialId").asText(), StandardCharsets.UTF_8));
            java.util.Set<String> postedSkills = new java.util.TreeSet<>();
            posted.get("skills").forEach(s -> postedSkills.add(s.get("uri").asText()));
            assertFalse(postedSkills.isEmpty(), file.toString());
            ScoreAgreement.assertSame(published, posted, file.toString());
        }
    }

    @Test
    void upskillingWithoutATargetSuggestsOccupationsTheRunHasDemandFor() {
        JsonNode occ = ok("/api/occupations?size=1").get("items").get(0); // most asked-for occupation
        Http.Answer a = http.post("/api/upskilling", "{\"skillsText\":\"Mount photovoltaic panels safely.\"}");
        assertEquals(200, a.status(), a.body());
        assertFalse(a.json().get("have").isEmpty(), a.body());
        assertFalse(a.json().get("suggestions").isEmpty(), a.body());
        String same = "\"currentOccupation\":\"" + occ.get("id").asText() + "\",\"targetOccupation\":\"" + occ.get("id").asText() + "\"";
        // the current occupation's essential skills are offered, and count once confirmed
        JsonNode offered = http.post("/api/upskilling", "{" + same + "}").json();
        assertEquals(offered.get("offeredSkills").size(), offered.get("plan").get("missing").size(), offered.toString());
        JsonNode confirmed = http.post("/api/upskilling", "{" + same + ",\"confirmCurrentSkills\":true}").json();
        assertEquals(0, confirmed.get("plan").get("missing").size(), "the current occupation's essential skills are all there");
    }
}
