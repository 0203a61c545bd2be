package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscope.api.service.EscoContext;
import org.skillscope.core.results.DatabaseAccess;
import org.skillscope.core.results.TestDatabases;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint over real HTTP on loopback, against a hand-made published run in a fresh database per test:
 * an in-memory H2, and a PostgreSQL schema when a test PostgreSQL is given (TestDatabases).
 */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class ApiIntegrationTest {
    private static EscoContext esco;
    @Parameter
    String database;

    @BeforeAll
    static void loadEsco() {
        esco = new EscoContext(EscoSample.path(), null); // the index is built in memory, once for the class
    }

    @AfterAll
    static void closeEsco() {
        esco.close();
    }

    private static void serve(String jdbcUrl, Consumer<Http> test) {
        Javalin app = ApiServer.create(ApiConfig.of(jdbcUrl, 0, EscoSample.path(), null).withMaxBodyBytes(64 * 1024), esco);
        app.start("127.0.0.1", 0);
        try {
            test.accept(new Http(app.port()));
        } finally {
            app.stop();
        }
    }

    private RunFixture run() {
        return RunFixture.publish(esco.graph(), database);
    }

    private static void assertProblem(Http.Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
        JsonNode p = a.json();
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("title").asText().isBlank());
        assertFalse(p.get("detail").asText().isBlank());
        assertTrue(p.get("type").asText().startsWith("/docs#problem-"));
    }

    /** The {@code field} of each element, or each element itself when {@code field} is empty. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field.isEmpty() ? n.asText() : n.get(field).asText()));
        return out;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- system and runs ---------------------------------------------------------------------------

    @Test
    void healthSaysTheDatabaseIsUpAndWhetherARunExists() {
        serve(run().jdbcUrl, http -> {
            JsonNode h = http.get("/health").json();
            assertEquals("ok", h.get("status").asText());
            assertEquals("up", h.get("database").asText());
            assertTrue(h.get("publishedRun").asBoolean());
        });
        serve(RunFixture.empty(database), http -> assertFalse(http.get("/health").json().get("publishedRun").asBoolean()));
    }

    @Test
    void withoutAPublishedRunEveryResultAnswers503() {
        serve(RunFixture.empty(database), http -> {
            for (String path : List.of("/api/runs/latest", "/api/credentials", "/api/gaps", "/api/skills?q=java")) {
                assertProblem(http.get(path), 503);
            }
            assertEquals(0, http.get("/api/runs").json().get("total").asInt());
        });
        // a database nobody migrated: still a clean 503, not a stack trace
        serve(TestDatabases.fresh(database), http -> assertProblem(http.get("/api/runs/latest"), 503));
    }

    @Test
    void latestRunIsTheNewestPublishedWithItsCountsAndEscoVersion() {
        serve(run().jdbcUrl, http -> {
            Http.Answer a = http.get("/api/runs/latest");
            assertEquals(200, a.status());
            JsonNode r = a.json();
            assertEquals("run-2", r.get("runId").asText());
            assertEquals("published", r.get("status").asText());
            assertEquals("1.1.1", r.get("escoVersion").asText());
            assertEquals(200, r.get("counts").get("vacancies").asInt());
            assertEquals(4, r.get("credentials").asInt());
            assertEquals(1, r.get("vacancies").asInt());
            assertEquals(1, r.get("rejected").asInt());
            assertEquals(4, r.get("tables").get("credentials").asInt());
            assertEquals(1, r.get("tables").get("quarantined").asInt());
            // what the figures rest on, at the top where a reader looks first
            assertEquals(200, r.get("datedVacancies").asInt());
            assertEquals(0, r.get("undatedVacancies").asInt());
            assertEquals(120, r.get("mix").get("country").get("DK").asInt());
            assertEquals("source-concentration", r.get("warnings").get(0).get("code").asText());
            assertEquals("2024-07/2024-12", r.get("growthWindows").get(1).asText());
            // a run written before coverage was kept says so with nulls, not with a failure
            assertTrue(http.get("/api/runs/run-1").json().get("warnings").isNull());
            JsonNode list = http.get("/api/runs").json();
            assertEquals(2, list.get("total").asInt()); // run-3 is still running: invisible
            assertEquals(List.of("run-2", "run-1"), texts(list.get("items"), "runId"));
            assertEquals("run-1", http.get("/api/runs/run-1").json().get("runId").asText());
            assertProblem(http.get("/api/runs/run-3"), 404);
            assertProblem(http.get("/api/runs/nope"), 404);
        });
    }

    @Test
    void runParameterSelectsAnOlderRunAndUnknownRunsAre404() {
        serve(run().jdbcUrl, http -> {
            assertEquals(List.of("old-cred"), texts(http.get("/api/credentials?run=run-1").json().get("items"), "credentialId"));
            assertEquals(4, http.get("/api/credentials").json().get("total").asInt());
            assertProblem(http.get("/api/credentials?run=run-3"), 404);
            assertProblem(http.get("/api/credentials?run=" + enc("x' OR '1'='1")), 404);
            assertProblem(http.get("/api/credentials?run=" + "r".repeat(65)), 400);
        });
    }

    // ---- credentials -------------------------------------------------------------------------------

    @Test
    void credentialsAreSortedByRelevanceFilteredAndPaged() {
        serve(run().jdbcUrl, http -> {
            JsonNode all = http.get("/api/credentials").json();
            assertEquals(List.of("cred-web", "cred-db", "cred-solar", RunFixture.BADGE_ID), texts(all.get("items"), "credentialId"));
            assertEquals(List.of(RunFixture.BADGE_ID, "cred-solar", "cred-db", "cred-web"),
                    texts(http.get("/api/credentials?sort=-relevance").json().get("items"), "credentialId"));
            assertEquals(List.of("cred-web", "cred-db"),
                    texts(http.get("/api/credentials?provider=" + enc("nordhavn digital academy")).json().get("items"), "credentialId"));
            assertEquals(List.of("cred-solar"), texts(http.get("/api/credentials?green=true").json().get("items"), "credentialId"));
            assertEquals(List.of("cred-web", "cred-db"), texts(http.get("/api/credentials?digital=true").json().get("items"), "credentialId"));
            assertEquals(List.of("cred-solar"), texts(http.get("/api/credentials?eqf=4").json().get("items"), "credentialId"));
            assertEquals(List.of("cred-db"), texts(http.get("/api/credentials?q=databases").json().get("items"), "credentialId"));
            assertEquals(List.of("cred-web"), texts(http.get("/api/credentials?q=javascript").json().get("items"), "credentialId"));
            assertEquals(List.of("cred-solar"), texts(http.get("/api/credentials?country=es").json().get("items"), "credentialId"));
            JsonNode page2 = http.get("/api/credentials?page=2&size=3").json();
            assertEquals(4, page2.get("total").asInt());
            assertEquals(List.of(RunFixture.BADGE_ID), texts(page2.get("items"), "credentialId"));
            // a LIKE wildcard is a literal character, not "anything"
            assertEquals(0, http.get("/api/credentials?q=" + enc("%")).json().get("total").asInt());
        });
    }

    @Test
    void badListParametersAre400() {
        serve(run().jdbcUrl, http -> {
            assertProblem(http.get("/api/credentials?sort=" + enc("relevance; DROP TABLE credentials")), 400);
            assertProblem(http.get("/api/credentials?size=201"), 400);
            assertProblem(http.get("/api/credentials?size=0"), 400);
            assertProblem(http.get("/api/credentials?page=abc"), 400);
            assertProblem(http.get("/api/credentials?page=-1"), 400);
            assertProblem(http.get("/api/credentials?green=maybe"), 400);
            assertProblem(http.get("/api/credentials?eqf=9"), 400);
            assertProblem(http.get("/api/credentials?q=" + "x".repeat(1001)), 400);
            assertEquals(4, http.get("/api/credentials").json().get("total").asInt()); // nothing was dropped
        });
    }

    @Test
    void oneCredentialHasItsSkillsWithEvidenceAndWhyAndItsOccupations() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            JsonNode c = http.get("/api/credentials/cred-web").json();
            assertEquals("Web Front-End Development", c.get("title").asText());
            assertEquals(72.5, c.get("relevance").asDouble());
            assertEquals(6, c.get("skills").size());
            JsonNode first = c.get("skills").get(0);
            assertEquals(f.w.get(0), first.get("skillUri").asText());
            assertEquals("Write JavaScript", first.get("evidenceOutcome").asText());
            // growth is told with the counts it rests on, and served as an object
            assertTrue(first.get("why").asText().contains("asked for in 50.0 % of vacancies (100 ads), +150 % growth "
                    + "(10 of 100 dated ads in 2024-01/2024-06, 25 of 100 in 2024-07/2024-12)"), first.get("why").asText());
            assertEquals(1.5, first.get("growth").get("rate").asDouble(), 1e-9);
            assertEquals(List.of("rate", "earlierVacancies", "laterVacancies", "earlierPeriod", "laterPeriod", "earlierCount", "laterCount"),
                    fieldNames(first.get("growth")));
            assertEquals(25, first.get("growth").get("laterCount").asInt());
            assertTrue(first.get("growthClear").asBoolean());
            assertTrue(c.get("skills").get(1).get("growth").isNull());
            assertEquals(2, c.get("outcomes").size());
            assertEquals(RunFixture.WEB_DEVELOPER, c.get("occupations").get(0).get("occupationUri").asText());
            assertTrue(c.get("summary").asText().startsWith("relevance 72.5 / 100"));
            // an id that is a URL, percent-encoded in the path
            JsonNode badge = http.get("/api/credentials/" + enc(RunFixture.BADGE_ID)).json();
            assertEquals("Community Badge", badge.get("title").asText());
            assertEquals(0, badge.get("skills").size());
            assertProblem(http.get("/api/credentials/nope"), 404);
            assertProblem(http.get("/api/credentials/" + enc("cred-web' OR '1'='1")), 404);
        });
    }

    // ---- skills and occupations ----------------------------------------------------------------------

    @Test
    void skillSearchFindsEscoLabelsWithDemandAndWithoutQListsDemand() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            JsonNode js = http.get("/api/skills?q=JavaScript").json();
            assertEquals("JavaScript", js.get("items").get(0).get("label").asText());
            JsonNode pv = http.get("/api/skills?q=photovoltaic").json();
            assertTrue(texts(pv.get("items"), "uri").containsAll(List.of(RunFixture.INSTALL_PV, RunFixture.MOUNT_PV)));
            JsonNode top = http.get("/api/skills?size=3").json();
            assertEquals(14, top.get("total").asInt());
            assertEquals(List.of(f.w.get(0), f.w.get(1), f.w.get(2)), texts(top.get("items"), "uri"));
            assertEquals(0, http.get("/api/skills?q=" + enc("zzzz' OR 1=1 --")).json().get("total").asInt());
        });
    }

    @Test
    void oneSkillHasDemandByScopeTrendCredentialsAndOccupations() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            String id = EscoContext.idOf(f.w.get(0));
            JsonNode s = http.get("/api/skills/" + id).json();
            assertEquals(f.w.get(0), s.get("uri").asText());
            assertEquals(4, s.get("demand").size()); // all, country DK, region, sector
            assertEquals(List.of("2024-01", "2024-02", "2024-03"), texts(s.get("trend"), "ym"));
            assertEquals(List.of("cred-web"), texts(s.get("credentials").get("items"), "credentialId"));
            assertTrue(texts(s.get("occupations"), "uri").contains(RunFixture.WEB_DEVELOPER));
            JsonNode pv = http.get("/api/skills/" + EscoContext.idOf(RunFixture.INSTALL_PV)).json();
            assertTrue(pv.get("green").asBoolean());
            assertProblem(http.get("/api/skills/00000000-0000-0000-0000-000000000000"), 404);
        });
    }

    @Test
    void occupationsAreSearchableAndShowEssentialSkillsDemandAndCredentials() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            JsonNode found = http.get("/api/occupations?q=web").json();
            assertEquals("web developer", found.get("items").get(0).get("label").asText());
            assertEquals(120, found.get("items").get(0).get("vacancies").asInt());
            JsonNode o = http.get("/api/occupations/" + EscoContext.idOf(RunFixture.WEB_DEVELOPER)).json();
            assertEquals(21, o.get("essentialSkills").size());
            assertEquals(f.w.get(0), o.get("essentialSkills").get(0).get("uri").asText()); // most asked for first
            assertEquals(2, o.get("demand").size());
            assertEquals(List.of("cred-web", "cred-db"), texts(o.get("credentials"), "credentialId"));
            assertProblem(http.get("/api/occupations/unknown"), 404);
        });
    }

    // ---- policy and providers -------------------------------------------------------------------------

    @Test
    void gapsFilterByScopeAndGreenAndBundlesCarryTheirOccupations() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            JsonNode all = http.get("/api/gaps").json();
            assertEquals(4, all.get("total").asInt());
            assertEquals(List.of(f.w.get(9), f.w.get(10), f.w.get(11), RunFixture.MOUNT_PV), texts(all.get("items"), "skillUri"));
            assertEquals(List.of(RunFixture.MOUNT_PV), texts(http.get("/api/gaps?green=true").json().get("items"), "skillUri"));
            assertEquals(List.of(f.w.get(9)), texts(http.get("/api/gaps?scopeType=country&scope=DK").json().get("items"), "skillUri"));
            // an unknown scope is a 404 that points to the list of scopes, never an empty answer
            Http.Answer unknown = http.get("/api/gaps?scopeType=country&scope=XX");
            assertProblem(unknown, 404);
            assertTrue(unknown.json().get("detail").asText().contains("/api/scopes"), unknown.body());
            assertProblem(http.get("/api/gaps?scopeType=region&scope=" + enc("Nowhere")), 400);
            assertProblem(http.get("/api/gaps?scopeType=region&scope=" + enc("SE / Hovedstaden")), 404);
            // a region is named with its country; spaces around the slash and the code's case do not matter
            for (String region : List.of("DK / Hovedstaden", "dk/Hovedstaden")) {
                assertEquals(200, http.get("/api/gaps?scopeType=region&scope=" + enc(region)).status(), region);
                assertEquals(0.9, http.get("/api/transition?scopeType=region&scope=" + enc(region)).json().get("demand").get("digitalShare").asDouble());
            }
            assertProblem(http.get("/api/gaps?scopeType=planet&scope=Mars"), 400);
            assertProblem(http.get("/api/gaps?scopeType=country"), 400);
            JsonNode b = http.get("/api/gaps/bundles").json();
            assertEquals(1, b.get("total").asInt());
            assertEquals(2, b.get("items").get(0).get("skills").size());
            assertEquals("web developer", b.get("items").get(0).get("occupations").get(0).get("label").asText());
        });
    }

    @Test
    void supplyDemandTransitionAndScopesDescribeTheRun() {
        serve(run().jdbcUrl, http -> {
            JsonNode g = http.get("/api/supply-demand").json().get("groups");
            assertEquals(List.of("ICT skills", "working with computers", "constructing"), texts(g, "skillGroup"));
            JsonNode t = http.get("/api/transition").json();
            assertEquals(0.2, t.get("demand").get("greenShare").asDouble());
            assertEquals(0.25, t.get("supply").get("greenShare").asDouble());
            assertFalse(http.get("/api/transition?scopeType=sector&scope=ICT").json().has("supply"));
            JsonNode scopes = http.get("/api/scopes").json().get("scopes");
            assertEquals(List.of("all", "country", "region", "sector"), texts(scopes, "scopeType"));
            JsonNode q = http.get("/api/quarantine").json();
            assertEquals(1, q.get("total").asInt());
            assertEquals("not a date: 2024-13-45", q.get("items").get(0).get("reason").asText());
            assertEquals(0, http.get("/api/quarantine?page=2&size=1").json().get("items").size());
        });
    }

    @Test
    void providersSeeProposedCredentialsAndTheirWeakestCredentials() {
        serve(run().jdbcUrl, http -> {
            JsonNode p = http.get("/api/providers").json();
            assertEquals(3, p.get("total").asInt());
            assertEquals("Nordhavn Digital Academy", p.get("items").get(0).get("provider").asText());
            assertEquals(2, p.get("items").get(0).get("credentials").asInt());
            // without a provider: the run's bundles overall, for policymakers
            JsonNode global = http.get("/api/providers/recommendations").json();
            assertEquals("all", global.get("proposalsFor").asText());
            assertEquals(1, global.get("proposed").size());
            JsonNode r = http.get("/api/providers/recommendations?provider=" + enc("Nordhavn Digital Academy") + "&weakest=1").json();
            assertEquals("provider", r.get("proposalsFor").asText());
            assertEquals(1, r.get("proposed").size());
            assertEquals(List.of("cred-db"), texts(r.get("weakest"), "credentialId"));
            // both of its credentials were read: the profile's "N of your M scored credentials" counts them
            assertEquals(2, r.get("credentials").asInt());
            assertEquals(2, r.get("scored").asInt());
            assertFalse(global.has("scored"));
            assertTrue(r.get("weakest").get(0).get("why").asText().contains("missing standard elements: learner, quality assurance"));
            assertProblem(http.get("/api/providers/recommendations?provider=Nobody"), 404);
            assertProblem(http.get("/api/providers/recommendations?proposals=500"), 400);
        });
    }

    /** Adds a row to a table of run-2, for a test that needs more than the shared fixture. */
    static void insert(String jdbcUrl, String sql, Object... values) {
        try (java.sql.Connection c = DatabaseAccess.open(jdbcUrl); java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) st.setObject(i + 1, values[i]);
            assertEquals(1, st.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachProviderIsProposedTheGapBundlesNearItsCatalogueWithWhy() {
        RunFixture f = run();
        // a second, green bundle overall: the photovoltaic gap, serving the solar technician
        insert(f.jdbcUrl, "INSERT INTO gap_bundles VALUES ('run-2', 'all', '*', 2, ?, ?, ?, 25, 25, 0.3, TRUE, FALSE)",
                "[\"" + RunFixture.MOUNT_PV + "\"]", "[\"mount photovoltaic panels\"]",
                "[{\"uri\":\"" + RunFixture.SOLAR_TECHNICIAN + "\",\"label\":\"solar energy technician\",\"vacancies\":30}]");
        // the solar course prepares for the solar technician (the fixture's sample ESCO puts neither PV skill in a skill group)
        insert(f.jdbcUrl, "INSERT INTO credential_occupations (run_id, credential_id, occupation_uri, label, coverage, covered, essential, vacancies) "
                + "VALUES ('run-2', 'cred-solar', ?, 'solar energy technician', 0.1, 1, 10, 30)", RunFixture.SOLAR_TECHNICIAN);
        serve(f.jdbcUrl, http -> {
            JsonNode web = http.get("/api/providers/recommendations?provider=" + enc("Nordhavn Digital Academy")).json();
            JsonNode solar = http.get("/api/providers/recommendations?provider=" + enc("Sunfield College")).json();
            // the web school is proposed the web bundle, the solar college the photovoltaic one; neither shares anything with the other's
            assertEquals(List.of(1), ranks(web));
            assertEquals(List.of(2), ranks(solar));
            JsonNode first = web.get("proposed").get(0);
            assertEquals(List.of(f.w.get(9), f.w.get(10)), texts(first.get("skills"), ""));
            assertEquals(List.of("web developer"), texts(first.get("sharedOccupations"), ""));
            assertTrue(first.get("fit").asDouble() > 0.5, first.toString());
            assertTrue(first.get("why").asText().contains("serves occupations your credentials prepare for: web developer"), first.toString());
            JsonNode pv = solar.get("proposed").get(0);
            assertEquals(List.of(RunFixture.MOUNT_PV), texts(pv.get("skills"), ""));
            assertTrue(pv.get("why").asText().contains("serves occupations your credentials prepare for: solar energy technician"), pv.toString());
            assertEquals(1, pv.get("occupations").size());
            // the bundle as /api/gaps/bundles serves it, plus why
            assertEquals(25, pv.get("allTogether").asInt());
            assertTrue(pv.get("green").asBoolean());
        });
    }

    private static List<Integer> ranks(JsonNode recommendations) {
        List<Integer> out = new ArrayList<>();
        recommendations.get("proposed").forEach(b -> out.add(b.get("rankNo").asInt()));
        return out;
    }

    @Test
    void languageVersionsOfOneCourseAreReportedOnceNotAsWeakCredentials() {
        RunFixture f = run();
        // the German version of the web course: its outcomes map to nothing, so alone it would be the weakest
        insert(f.jdbcUrl, "INSERT INTO credentials (run_id, credential_id, title, awarding_body, url, skills, relevance, relevance_percentile, "
                + "green, green_skill_share, digital, digital_skill_share) VALUES ('run-2', 'cred-web-de', 'Web Front-End Development (DE)', "
                + "'Nordhavn Digital Academy', 'https://example.dk/web-de', 0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0)");
        serve(f.jdbcUrl, http -> {
            JsonNode r = http.get("/api/providers/recommendations?provider=" + enc("Nordhavn Digital Academy")).json();
            assertEquals(3, r.get("credentials").asInt());
            assertEquals(2, r.get("courses").asInt());
            assertEquals(List.of("cred-db", "cred-web"), texts(r.get("weakest"), "credentialId"));
            JsonNode web = r.get("weakest").get(1);
            assertEquals(List.of("cred-web-de"), texts(web.get("otherVersions"), "credentialId"));
            assertTrue(web.get("why").asText().endsWith("1 other language version of this course, scored on this one"), web.toString());
            assertEquals(0, r.get("weakest").get(0).get("otherVersions").size());
        });
    }

    // ---- on the fly ------------------------------------------------------------------------------------

    @Test
    void mapReturnsEscoSkillsWithScoreAndEvidence() {
        serve(run().jdbcUrl, http -> {
            Http.Answer a = http.post("/api/map", "{\"text\":\"Mount photovoltaic panels safely.\"}");
            assertEquals(200, a.status(), a.body());
            JsonNode skills = a.json().get("skills");
            assertTrue(texts(skills, "uri").contains(RunFixture.MOUNT_PV), a.body());
            JsonNode s = skills.get(texts(skills, "uri").indexOf(RunFixture.MOUNT_PV));
            assertEquals("mount photovoltaic panels", s.get("label").asText());
            assertTrue(s.get("score").asDouble() > 0);
            assertTrue(s.get("evidence").get("unit").asText().contains("photovoltaic"));
            skills.forEach(x -> assertTrue(x.get("asserted").asBoolean()));
            JsonNode withCandidates = http.post("/api/map", "{\"text\":\"Mount photovoltaic panels safely.\",\"all\":true}").json().get("skills");
            assertTrue(withCandidates.size() >= skills.size());
        });
    }

    /** An English ad with its title: the title repeated as a line states nothing, as in the job; its other lines are read as without. */
    @Test
    void mapWithAnEnglishTitleStatesNothingFromTheTitleRepeatedAndNamesItsOccupation() {
        serve(run().jdbcUrl, http -> {
            String text = "\"text\":\"Care home nurse. Wound dressing and medication rounds.\",\"language\":\"en\"";
            Http.Answer without = http.post("/api/map", "{" + text + "}");
            Http.Answer with = http.post("/api/map", "{" + text + ",\"title\":\"Care Home Nurse\"}");
            assertEquals(200, with.status(), with.body());
            List<String> fromTitleLine = new ArrayList<>();
            without.json().get("skills").forEach(s -> {
                if (s.get("evidence").get("unit").asText().equals("Care home nurse.")) fromTitleLine.add(s.get("uri").asText());
            });
            assertFalse(fromTitleLine.isEmpty(), "the line alone states a skill: " + without.body());
            List<String> stated = texts(with.json().get("skills"), "uri");
            fromTitleLine.forEach(uri -> assertFalse(stated.contains(uri), uri + " in " + with.body()));
            List<String> others = texts(without.json().get("skills"), "uri");
            others.removeAll(fromTitleLine);
            assertFalse(others.isEmpty(), without.body());
            assertTrue(stated.containsAll(others), "the other line's skills stay: " + with.body());
            assertNull(without.json().get("occupation"), without.body());
            // the sample ESCO's 40 occupations hold no nurse: the title's best match, however weak, as the job takes it
            assertNotNull(with.json().get("occupation"), with.body());
            assertTrue(with.json().get("occupation").get("uri").asText().startsWith("http://data.europa.eu/esco/occupation/"), with.body());
        });
    }

    @Test
    void mapSaysItsLanguageAndWhatItCouldNotMapInsteadOfASilentEmptyList() {
        serve(run().jdbcUrl, http -> {
            Http.Answer en = http.post("/api/map", "{\"text\":\"Mount photovoltaic panels safely.\"}");
            assertEquals("en", en.json().get("language").asText(), en.body());
            assertEquals(0, en.json().get("notes").size(), en.body());
            en.json().get("skills").forEach(x -> assertEquals("stated", x.get("source").asText()));
            // Polish without Polish labels loaded: the tool name is read, and the notes say what is not
            Http.Answer pl = http.post("/api/map", "{\"text\":\"Szukamy programisty PHP do pracy w Warszawie.\",\"language\":\"pl\"}");
            assertEquals(200, pl.status(), pl.body());
            assertEquals("pl", pl.json().get("language").asText());
            assertEquals(List.of("PHP"), texts(pl.json().get("skills"), "label"), pl.body());
            assertEquals("stated", pl.json().get("skills").get(0).get("source").asText());
            assertTrue(texts(pl.json().get("notes"), "").stream().anyMatch(n -> n.contains("'pl'")), pl.body());
            // a German nursing sentence, language detected: no skill, and a note saying why
            Http.Answer de = http.post("/api/map", "{\"text\":\"Wir suchen eine erfahrene Pflegefachkraft für die Betreuung unserer Patienten im Krankenhaus.\"}");
            assertEquals("de", de.json().get("language").asText(), de.body());
            assertEquals(0, de.json().get("skills").size(), de.body());
            assertTrue(texts(de.json().get("notes"), "").contains("no skill found"), de.body());
            assertProblem(http.post("/api/map", "{\"text\":\"x\",\"language\":\"polish\"}"), 400);
        });
    }

    @Test
    void mapInfersTheEssentialSkillsOfATitlesOccupationInItsLanguage() throws Exception {
        var esco0 = esco.esco();
        String cook = esco0.occupations().values().stream().filter(o -> o.preferredLabel().equals("cook")).findFirst().orElseThrow().uri();
        java.nio.file.Path melo = Files.createDirectories(Files.createTempDirectory("melo").resolve("pol_q_pl_c_pl"));
        Files.writeString(melo.resolve("corpus_elements.tsv"), "C1_pl_000\tkucharz\nC1_pl_001\tkucharka\n");
        Files.writeString(melo.resolve("concept_mapping.tsv"), "C1_pl_000\t" + cook + "\nC1_pl_001\t" + cook + "\n");
        try (EscoContext withPolish = new EscoContext(EscoSample.path(), null, List.of(melo.getParent()))) {
            Javalin app = ApiServer.create(ApiConfig.of(run().jdbcUrl, 0, EscoSample.path(), null), withPolish);
            app.start("127.0.0.1", 0);
            try {
                Http http = new Http(app.port());
                JsonNode a = http.post("/api/map", "{\"text\":\"Praca w restauracji, zmiany.\",\"language\":\"pl\",\"title\":\"Kucharka\"}").json();
                assertEquals(cook, a.get("occupation").get("uri").asText(), a.toString());
                assertEquals("kucharka", a.get("occupation").get("matchedLabel").asText());
                assertTrue(a.get("skills").size() > 0, a.toString());
                a.get("skills").forEach(x -> assertEquals("inferred", x.get("source").asText()));
                long essential = esco0.occupationSkillRelations().stream().filter(r -> r.occupationUri().equals(cook) && r.essential()
                        && esco0.skills().containsKey(r.skillUri())).count();
                assertEquals(essential, a.get("skills").size());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void badBodiesAreClean4xx() {
        serve(run().jdbcUrl, http -> {
            assertProblem(http.post("/api/map", "{\"text\": \"unterminated"), 400);
            assertProblem(http.post("/api/map", "[1,2,3]"), 400);
            assertProblem(http.post("/api/map", ""), 400);
            assertProblem(http.post("/api/map", "{\"text\":\"   \"}"), 400);
            assertProblem(http.post("/api/map", "{\"text\":{\"nested\":1}}"), 400);
            assertProblem(http.post("/api/map", "{\"text\":\"" + "a".repeat(20_001) + "\"}"), 400);
            String huge = "{\"text\":\"" + "word ".repeat(40_000) + "\"}"; // 200 KB > the 64 KB test limit
            Http.Answer tooLarge = http.post("/api/map", huge);
            assertProblem(tooLarge, 400);
            assertEquals("/docs#problem-body-too-large", tooLarge.json().get("type").asText());
            assertEquals("the request body is " + huge.length() + " bytes, over the limit of 65536 bytes; send a smaller body",
                    tooLarge.json().get("detail").asText());
            // the same without a Content-Length (chunked): still capped
            Http.Answer chunked = http.post("/api/map", HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
            assertProblem(chunked, 400);
            assertEquals("/docs#problem-body-too-large", chunked.json().get("type").asText());
            assertEquals("the request body is over the limit of 65536 bytes; send a smaller body", chunked.json().get("detail").asText());
            assertProblem(http.post("/api/upskilling", "{\"skills\":\"not a list\"}"), 400);
            assertProblem(http.post("/api/upskilling", "{}"), 400);
            assertProblem(http.post("/api/upskilling", "{\"skills\":[\"nope\"]}"), 404);
            assertProblem(http.post("/api/credentials/score", "{\"id\":\"x\",\"title\":\"t\",\"learning_outcomes\":\"o\",\"evil\":\"1\"}"), 400);
            assertProblem(http.post("/api/credentials/score", "{\"id\":\"x\",\"learning_outcomes\":\"o\"}"), 400);
            assertProblem(http.post("/api/credentials/score", "{\"@context\":\"https://example.org\",\"type\":\"Thing\"}"), 400);
            assertProblem(http.get("/api/nothing-here"), 404);
            Http.Answer wrongMethod = http.method("DELETE", "/api/map");
            assertEquals(405, wrongMethod.status(), wrongMethod.body());
            assertTrue(wrongMethod.contentType().startsWith("application/problem+json"));
        });
    }

    /** Every list that takes page and size, with its path (a skill's credentials are paged too). */
    private static List<String> pagedLists(RunFixture f) {
        return List.of("/api/runs", "/api/skills", "/api/skills?q=web", "/api/skills/" + EscoContext.idOf(f.w.get(0)), "/api/occupations",
                "/api/credentials", "/api/gaps", "/api/gaps/bundles", "/api/quarantine", "/api/providers",
                "/api/skills/" + EscoContext.idOf(f.w.get(0)) + "/evidence", "/api/occupations/" + EscoContext.idOf(RunFixture.WEB_DEVELOPER) + "/vacancies",
                "/api/quality/providers");
    }

    private static String param(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    @Test
    void everyPagedListRejectsBadPagesAndSizesWith400() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            for (String list : pagedLists(f)) {
                assertEquals(200, http.get(param(list, "page=1&size=200")).status(), list + ": the largest page is allowed");
                for (String bad : List.of("size=201", "size=0", "size=-5", "size=1000000", "size=99999999999", "size=1e3", "size=",
                        "page=0", "page=-1", "page=abc", "page=99999999999", "page=2147483647", "page=1.5")) {
                    if (bad.equals("size=")) {
                        assertEquals(200, http.get(param(list, bad)).status(), list + ": an empty size is the default");
                        continue;
                    }
                    Http.Answer a = http.get(param(list, bad));
                    assertProblem(a, 400);
                    assertEquals("/docs#problem-bad-request", a.json().get("type").asText(), list + "?" + bad);
                }
            }
        });
    }

    @Test
    void injectionStringsAreInertInEveryParameterAndId() {
        RunFixture f = run();
        List<String> evil = List.of("' OR 1=1 --", "x' OR '1'='1", "\"; DROP TABLE credentials; --", "<script>alert(1)</script>",
                "%' OR run_id LIKE '%", "_", "%", "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd");
        serve(f.jdbcUrl, http -> {
            for (String e : evil) {
                String q = enc(e);
                // search texts: an answer with no hits, as JSON
                for (String path : List.of("/api/skills?q=", "/api/occupations?q=", "/api/credentials?q=", "/api/credentials?provider=",
                        "/api/credentials?country=")) {
                    Http.Answer a = http.get(path + q);
                    assertEquals(200, a.status(), path + e + ": " + a.body());
                    assertTrue(a.contentType().startsWith("application/json"), a.contentType());
                    JsonNode j = a.json();
                    if (j.has("total")) assertEquals(0, j.get("total").asInt(), path + e);
                }
                // scopes: unknown (404) or malformed (400), as a JSON problem
                for (String path : List.of("/api/gaps?scopeType=country&scope=", "/api/gaps/bundles?scopeType=region&scope=",
                        "/api/transition?scopeType=sector&scope=", "/api/supply-demand?scopeType=sector&scope=")) {
                    Http.Answer a = http.get(path + q);
                    assertTrue(a.status() == 404 || a.status() == 400 && path.contains("region"), path + e + ": " + a.status());
                    assertFalse(a.contentType().contains("html"), path + e);
                }
                // ids and names: unknown, never "everything"
                for (String path : List.of("/api/runs/", "/api/skills/", "/api/occupations/", "/api/credentials/", "/api/credentials?run=",
                        "/api/gaps?run=", "/api/providers/recommendations?provider=")) {
                    Http.Answer a = http.get(path + q);
                    assertProblem(a, 404);
                    // the problem is JSON: a <script> in it is data, never markup
                    assertFalse(a.contentType().contains("html"), path + e);
                }
                assertProblem(http.post("/api/upskilling", "{\"skills\":[" + Http.JSON.valueToTree(e) + "]}"), 404);
                assertProblem(http.post("/api/upskilling", "{\"skillsText\":\"web\",\"targetOccupation\":" + Http.JSON.valueToTree(e) + "}"), 404);
                assertProblem(http.post("/api/upskilling", "{\"currentOccupation\":" + Http.JSON.valueToTree(e) + "}"), 404);
                assertProblem(http.get("/api/credentials?sort=" + q), 400);
                assertProblem(http.get("/api/gaps?scopeType=" + q + "&scope=DK"), 400);
            }
            // a text that looks like an attack is still just a text to map
            Http.Answer mapped = http.post("/api/map", "{\"text\":\"<script>alert(1)</script> ' OR 1=1 -- JavaScript\"}");
            assertEquals(200, mapped.status(), mapped.body());
            // nothing was dropped or changed
            assertEquals(4, http.get("/api/credentials").json().get("total").asInt());
            assertEquals(2, http.get("/api/runs").json().get("total").asInt());
            assertEquals(4, http.get("/api/gaps").json().get("total").asInt());
        });
    }

    @Test
    void everyPostEndpointAnswersMalformedEmptyWrongAndHugeBodiesWithA400Problem() {
        String huge = "{\"text\":\"" + "word ".repeat(40_000) + "\"}"; // 200 KB > the 64 KB test limit
        String deep = "[".repeat(5_000) + "]".repeat(5_000); // nesting far beyond Jackson's limit, under the size limit
        serve(run().jdbcUrl, http -> {
            for (String path : List.of("/api/map", "/api/upskilling", "/api/credentials/score")) {
                for (String body : List.of("{", "{\"text\": \"unterminated", "not json", "{'single':'quotes'}", "{\"a\":1,}", "",
                        "   ", "null", "42", "\"a string\"", "[]", deep, "{\"text\":\"x\"} trailing", "{\"text\":\"x\"}{\"text\":\"y\"}")) {
                    Http.Answer a = http.post(path, body);
                    assertProblem(a, 400);
                    assertEquals("/docs#problem-bad-request", a.json().get("type").asText(), path + " " + body.substring(0, Math.min(40, body.length())));
                }
                Http.Answer big = http.post(path, huge);
                assertProblem(big, 400);
                assertEquals("/docs#problem-body-too-large", big.json().get("type").asText(), path);
                Http.Answer chunked = http.post(path, HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
                assertProblem(chunked, 400);
                assertEquals("/docs#problem-body-too-large", chunked.json().get("type").asText(), path);
                // bytes that are not UTF-8
                assertProblem(http.post(path, HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})), 400);
            }
            assertProblem(http.post("/api/upskilling", "{\"skillsText\":\"web\",\"maxCredentials\":99999999999}"), 400);
            assertProblem(http.post("/api/upskilling", "{\"skillsText\":\"web\",\"maxCredentials\":0}"), 400);
            assertProblem(http.post("/api/upskilling", "{\"skills\":[" + "\"x\",".repeat(org.skillscope.api.service.UpskillingService.MAX_SKILLS) + "\"x\"]}"), 400);
            assertProblem(http.post("/api/map", "{\"text\":\"ok\",\"unknown\":1}"), 400);
            assertProblem(http.post("/api/credentials/score", "{\"id\":\"x\",\"title\":\"t\",\"learning_outcomes\":{\"nested\":1}}"), 400);
        });
    }

    @Test
    void unknownIdsAndRunsAre404OnEveryEndpointThatTakesThem() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            for (String path : List.of("/api/runs/run-404", "/api/skills/00000000-0000-0000-0000-000000000000",
                    "/api/skills/" + enc("http://data.europa.eu/esco/skill/nope"), "/api/occupations/00000000-0000-0000-0000-000000000000",
                    "/api/credentials/nope", "/api/credentials/" + enc("https://badges.example.org/achievements/43"),
                    "/api/providers/recommendations?provider=Nobody", "/api/nothing-here", "/api/credentials/cred-web/extra",
                    "/api/skills/00000000-0000-0000-0000-000000000000/evidence", "/api/skills/00000000-0000-0000-0000-000000000000/credentials",
                    "/api/occupations/00000000-0000-0000-0000-000000000000/vacancies",
                    "/api/occupations/00000000-0000-0000-0000-000000000000/credentials")) {
                Http.Answer a = http.get(path);
                assertProblem(a, 404);
                assertEquals("/docs#problem-not-found", a.json().get("type").asText(), path);
            }
            // an unknown ?run= is a 404 on every endpoint that reads a run: all of them, as the OpenAPI document lists them
            int withRun = 0;
            for (var path : iterable(http.get("/openapi.json").json().get("paths").fields())) {
                for (var op : iterable(path.getValue().fields())) {
                    boolean takesRun = false;
                    for (JsonNode p : op.getValue().get("parameters")) takesRun |= p.get("name").asText().equals("run");
                    if (!takesRun) continue;
                    withRun++;
                    String url = path.getKey().replace("{id}", path.getKey().startsWith("/api/skills") ? EscoContext.idOf(f.w.get(0))
                            : path.getKey().startsWith("/api/occupations") ? EscoContext.idOf(RunFixture.WEB_DEVELOPER) : "cred-web") + "?run=run-404";
                    Http.Answer a = op.getKey().equals("get") ? http.get(url)
                            : http.post(url, op.getValue().get("requestBody").get("content").get("application/json").get("example").toString());
                    assertProblem(a, 404);
                    assertTrue(a.json().get("detail").asText().contains("run-404"), url + ": " + a.body());
                }
            }
            assertEquals(23, withRun, "every endpoint that reads a run takes ?run=");
            assertProblem(http.post("/api/upskilling", "{\"skills\":[\"" + f.w.get(0) + "\"],\"targetOccupation\":\"nope\"}"), 404);
            assertProblem(http.post("/api/upskilling", "{\"currentOccupation\":\"00000000-0000-0000-0000-000000000000\"}"), 404);
        });
    }

    /** Jetty refuses some requests before Javalin sees them; Javalin quietly drops a query parameter that does not decode. */
    @Test
    void requestsJettyRefusesBeforeTheApiAreProblemsTooNotHtml() {
        serve(run().jdbcUrl, http -> {
            Http.Answer longUri = http.get("/api/credentials/" + "x".repeat(10_000));
            assertProblem(longUri, 414);
            assertEquals("/docs#problem-uri-too-long", longUri.json().get("type").asText());
            assertProblem(http.get("/api/skills?q=" + "x".repeat(10_000)), 414);
            for (String target : List.of("/api/credentials/%ZZ", "/api/credentials?q=%ZZ", "/api/credentials/%00", "/..%2F..%2Fetc%2Fpasswd")) {
                Http.Answer a = http.raw(target);
                assertProblem(a, 400);
                assertEquals("/docs#problem-bad-request", a.json().get("type").asText(), target);
                assertEquals("nosniff", a.header("X-Content-Type-Options"), target); // Jetty's answers carry the headers too
                assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"), target);
            }
        });
    }

    @Test
    void aPostedCsvRowIsMappedAndScoredAgainstTheRunsDemand() {
        serve(run().jdbcUrl, http -> {
            String row = "{\"id\":\"pv-101\",\"title\":\"Solar installer\",\"awarding_body\":\"Sunfield College\",\"issuer_country\":\"ES\","
                    + "\"learning_outcomes\":[\"Install photovoltaic systems on residential roofs\",\"Mount photovoltaic panels safely\"],"
                    + "\"workload_ects\":4,\"eqf_level\":4}";
            Http.Answer a = http.post("/api/credentials/score", row);
            assertEquals(200, a.status(), a.body());
            JsonNode c = a.json().get("credentials").get(0);
            assertEquals("pv-101", c.get("credentialId").asText());
            List<String> uris = texts(c.get("skills"), "uri");
            assertTrue(uris.contains(RunFixture.MOUNT_PV), a.body());
            assertTrue(c.get("relevance").asDouble() > 0, "teaches skills the run's vacancies ask for");
            assertTrue(c.get("green").get("score").asDouble() > 0, "photovoltaics are in ESCO's green collection");
            assertTrue(c.get("relevancePercentile").asDouble() > 0);
            JsonNode pv = c.get("skills").get(uris.indexOf(RunFixture.MOUNT_PV));
            assertEquals(25, pv.get("vacancies").asInt());
            assertTrue(pv.get("why").asText().startsWith("teaches mount photovoltaic panels, asked for in 12.5 % of vacancies (25 ads), +300 % growth"),
                    pv.get("why").asText());
        });
    }

    @Test
    void postedElmAndOpenBadgesDocumentsAreScoredToo() throws Exception {
        serve(run().jdbcUrl, http -> {
            for (var file : CredentialSample.files().subList(1, 3)) {
                try {
                    Http.Answer a = http.post("/api/credentials/score", Files.readString(file));
                    assertEquals(200, a.status(), file + ": " + a.body());
                    JsonNode c = a.json().get("credentials");
                    assertEquals(1, c.size(), file.toString());
                    assertFalse(c.get(0).get("skills").isEmpty(), file + " maps to ESCO skills");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    @Test
    void upskillingPlansTheFewestCredentialsForTheMissingEssentialSkills() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            String body = "{\"skills\":[\"" + f.w.get(0) + "\",\"" + EscoContext.idOf(f.w.get(1)) + "\",\"" + f.w.get(2) + "\"],"
                    + "\"targetOccupation\":\"" + EscoContext.idOf(RunFixture.WEB_DEVELOPER) + "\"}";
            Http.Answer a = http.post("/api/upskilling", body);
            assertEquals(200, a.status(), a.body());
            JsonNode plan = a.json().get("plan");
            assertEquals(18, plan.get("missing").size());
            assertEquals(List.of("cred-db", "cred-web"), texts(plan.get("credentials"), "credentialId"));
            assertEquals(RunFixture.range(f.w, 4, 8), texts(plan.get("credentials").get(0).get("covers"), "uri"));
            assertEquals(List.of(f.w.get(3)), texts(plan.get("credentials").get(1).get("covers"), "uri"));
            assertEquals(12, plan.get("uncovered").size());
            assertEquals(6 / 18.0, plan.get("coverage").asDouble(), 1e-9);
            assertEquals(11.0, plan.get("totalEcts").asDouble());
        });
    }

    @Test
    void withoutATargetUpskillingSuggestsNearbyOccupationsInDemandAndSaysWhenOneHasNoVacancies() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            String body = "{\"skills\":[\"" + String.join("\",\"", RunFixture.range(f.w, 0, 9)) + "\"]}";
            JsonNode r = http.post("/api/upskilling", body).json();
            assertTrue(r.get("plan").isNull());
            JsonNode first = r.get("suggestions").get(0);
            assertEquals(RunFixture.WEB_DEVELOPER, first.get("uri").asText());
            assertEquals(11, first.get("missing").asInt());
            assertEquals(120, first.get("vacancies").asInt());
            assertEquals(11, first.get("plan").get("missing").size());
            // cosine of 10 skills with 21 essential ones, 10 shared
            assertEquals(10 / Math.sqrt(10 * 21.0), first.get("similarity").asDouble(), 1e-9);
            assertEquals(first.get("similarity").asDouble() * Math.log(121), first.get("score").asDouble(), 1e-9);
            assertEquals("you have 10 of its 21 essential skills; 120 vacancies in this run", first.get("why").asText());
            boolean seenWithout = false;
            for (JsonNode s : r.get("suggestions")) {
                if (s.get("vacancies").asLong() == 0) {
                    seenWithout = true;
                    assertTrue(s.get("why").asText().endsWith("no vacancies for it in this run"), s.toString());
                    assertEquals(0.0, s.get("score").asDouble());
                } else {
                    assertFalse(seenWithout, "occupations without vacancies come last: " + r.get("suggestions"));
                }
            }
        });
    }

    @Test
    void occupationsAreResolvedFromWordsWithTheirScoreAndAlternatives() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            String have = "\"skills\":[\"" + f.w.get(0) + "\"],";
            // an alternative ESCO label, any case: exact, so sure
            JsonNode exact = http.post("/api/upskilling", "{" + have + "\"targetOccupation\":\"Web Programmer\"}").json().get("targetOccupation");
            assertEquals(RunFixture.WEB_DEVELOPER, exact.get("uri").asText());
            assertEquals("web developer", exact.get("label").asText());
            assertEquals(1.0, exact.get("score").asDouble());
            assertEquals("web programmer", exact.get("matchedLabel").asText());
            assertTrue(exact.get("sure").asBoolean());
            assertTrue(exact.get("alternatives").size() <= 5 && exact.get("alternatives").size() > 0, exact.toString());
            // a job title that is no ESCO label: the occupation matcher the job maps vacancy titles with
            Http.Answer a = http.post("/api/upskilling", "{" + have + "\"targetOccupation\":\"solar panel installer\"}");
            assertEquals(200, a.status(), a.body());
            JsonNode solar = a.json().get("targetOccupation");
            assertEquals(RunFixture.SOLAR_TECHNICIAN, solar.get("uri").asText(), solar.toString());
            assertTrue(solar.get("score").asDouble() < 1.0 && solar.get("score").asDouble() >= 0.6, solar.toString());
            assertFalse(a.json().get("plan").get("missing").isEmpty());
            // two occupations share the label "electrician": the one whose preferred label it is wins, the other is an alternative
            JsonNode electrician = http.post("/api/upskilling", "{" + have + "\"targetOccupation\":\"electrician\"}").json().get("targetOccupation");
            assertEquals("electrician", electrician.get("label").asText());
            assertEquals("domestic electrician", electrician.get("alternatives").get(0).get("label").asText());
            assertEquals(1.0, electrician.get("alternatives").get(0).get("score").asDouble());
            // ids and URIs still work
            assertEquals(RunFixture.WEB_DEVELOPER, http.post("/api/upskilling", "{" + have + "\"targetOccupation\":\"" + RunFixture.WEB_DEVELOPER + "\"}")
                    .json().get("targetOccupation").get("uri").asText());
            // words that mean no occupation: a 404 problem carrying the closest ones to pick from
            Http.Answer none = http.post("/api/upskilling", "{" + have + "\"targetOccupation\":\"qwerty uiop\"}");
            assertProblem(none, 404);
            assertTrue(none.json().get("detail").asText().contains("qwerty uiop"), none.body());
            JsonNode suggestions = none.json().get("suggestions");
            assertTrue(suggestions.size() > 0 && suggestions.size() <= 5, none.body());
            assertTrue(suggestions.get(0).get("uri").asText().startsWith(EscoContext.OCCUPATION_PREFIX));
        });
    }

    @Test
    void theCurrentOccupationsSkillsAreOfferedAndCreditedOnlyWhenConfirmed() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            JsonNode offered = http.post("/api/upskilling", "{\"currentOccupation\":\"web developer\",\"targetOccupation\":\"web developer\"}").json();
            assertEquals(RunFixture.WEB_DEVELOPER, offered.get("currentOccupation").get("uri").asText());
            assertEquals(21, offered.get("offeredSkills").size());
            assertEquals(0, offered.get("have").size());
            assertFalse(offered.get("currentSkillsCredited").asBoolean());
            assertEquals(21, offered.get("plan").get("missing").size());
            JsonNode confirmed = http.post("/api/upskilling",
                    "{\"currentOccupation\":\"web developer\",\"targetOccupation\":\"web developer\",\"confirmCurrentSkills\":true}").json();
            assertEquals(21, confirmed.get("have").size());
            assertTrue(confirmed.get("currentSkillsCredited").asBoolean());
            assertEquals(0, confirmed.get("plan").get("missing").size());
            // skills the jobseeker already gave are not offered again
            JsonNode some = http.post("/api/upskilling", "{\"skills\":[\"" + f.w.get(0) + "\"],\"currentOccupation\":\"web developer\"}").json();
            assertEquals(20, some.get("offeredSkills").size());
            assertFalse(texts(some.get("offeredSkills"), "uri").contains(f.w.get(0)));
            // nothing confirmed and no target: no nearby occupations, and a note that says why
            JsonNode nothing = http.post("/api/upskilling", "{\"currentOccupation\":\"web developer\"}").json();
            assertEquals(0, nothing.get("suggestions").size());
            assertTrue(nothing.get("note").asText().contains("confirmCurrentSkills"), nothing.toString());
        });
    }

    @Test
    void eachSkillThePlanLeavesOpenSaysHowManyCredentialsTeachItAndWhy() {
        RunFixture f = run();
        serve(f.jdbcUrl, http -> {
            String have = "{\"skills\":[\"" + f.w.get(0) + "\",\"" + f.w.get(1) + "\",\"" + f.w.get(2) + "\"],\"targetOccupation\":\"web developer\"";
            JsonNode limited = http.post("/api/upskilling", have + ",\"maxCredentials\":1}").json().get("plan");
            assertEquals(List.of("cred-db"), texts(limited.get("credentials"), "credentialId"));
            Map<String, JsonNode> open = byUri(limited.get("uncovered"));
            assertEquals("limit", open.get(f.w.get(3)).get("leftOut").asText());
            assertEquals(1, open.get(f.w.get(3)).get("credentialsTeaching").asInt());
            assertEquals("1 credential teaches it; the plan stops at 1 credentials (maxCredentials)", open.get(f.w.get(3)).get("why").asText());
            assertEquals("not-taught", open.get(f.w.get(9)).get("leftOut").asText());
            assertEquals(0, open.get(f.w.get(9)).get("credentialsTeaching").asInt());
            assertEquals("no credential in the catalogue teaches it", open.get(f.w.get(9)).get("why").asText());
            // W4 and W5 are taught by both credentials
            assertEquals(2, byUri(limited.get("missing")).get(f.w.get(4)).get("credentialsTeaching").asInt());
            // a 5 ECTS budget: cred-db (5) fits, cred-web (6) would go over
            JsonNode budget = http.post("/api/upskilling", have + ",\"maxEcts\":5}").json().get("plan");
            assertEquals(List.of("cred-db"), texts(budget.get("credentials"), "credentialId"));
            assertEquals("workload", byUri(budget.get("uncovered")).get(f.w.get(3)).get("leftOut").asText());
            // totals say for how many credentials they are known
            JsonNode full = http.post("/api/upskilling", have + "}").json().get("plan");
            assertEquals(11.0, full.get("totalEcts").asDouble());
            assertEquals(2, full.get("ectsKnown").asInt());
            assertEquals(2, full.get("credentialCount").asInt());
            assertEquals(5, full.get("eqf").get("min").asInt());
            assertEquals(2, full.get("eqf").get("known").asInt());
            assertProblem(http.post("/api/upskilling", have + ",\"maxEcts\":0}"), 400);
        });
    }

    private static Map<String, JsonNode> byUri(JsonNode array) {
        Map<String, JsonNode> out = new java.util.HashMap<>();
        array.forEach(n -> out.put(n.get("uri").asText(), n));
        return out;
    }

    // ---- documents -----------------------------------------------------------------------------------

    @Test
    void openApiDocsPageAndWebPageAreServed() {
        serve(run().jdbcUrl, http -> {
            JsonNode doc = http.get("/openapi.json").json();
            assertEquals("3.1.0", doc.get("openapi").asText());
            for (String p : List.of("/api/runs/latest", "/api/map", "/health", "/api/credentials/{id}", "/api/upskilling", "/api/gaps")) {
                assertTrue(doc.get("paths").has(p), p);
            }
            assertTrue(doc.get("paths").get("/api/map").has("post"));
            String errors = doc.get("info").get("description").asText();
            assertTrue(errors.contains("bodies over the size limit with type body-too-large") && !errors.contains("413"), errors);
            Http.Answer docs = http.get("/docs");
            assertEquals(200, docs.status());
            assertTrue(docs.contentType().startsWith("text/html"));
            assertTrue(docs.body().contains("openapi.json"));
            Http.Answer page = http.get("/");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("SkillScope"));
        });
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
