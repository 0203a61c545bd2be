package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.api.service.EscoContext;
import org.skillscope.datasets.esco.EscoOccupation;
import org.skillscope.datasets.esco.EscoSkill;
import org.skillscope.spark.RunSummary;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The API over a run the real Spark job published from real public data (../shared/data, system
 * property {@code skillscope.data}): the full ESCO v1.1.1, a small real slice so it stays fast (the
 * first 150 English EURES vacancies, the first 60 Coursera courses) and real ELM and Open Badges
 * credentials. Every endpoint is called over HTTP and what it serves is checked against the inputs,
 * read by hand where a figure is given. Skipped when the shared data folder is absent.
 *
 * <p>The skill index of the full ESCO is opened from {@code skillscope.indexCache}; the first build
 * there takes a few minutes, later runs of this class well under three.
 */
class ApiRealDataRunTest {
    static final String SKILL = EscoContext.SKILL_PREFIX;
    static final String OCCUPATION = EscoContext.OCCUPATION_PREFIX;
    static final int VACANCIES = 150;
    static final int COURSES = 60;
    static final String VACANCY_SLICE = "eures-en-first150.csv";
    static final String COURSE_SLICE = "coursera-first60.csv";
    /** The official ELM sample of a micro-credential following Annex I, with 4 relatedESCOSkill URIs. */
    static final String ELM_FILE = "credentials/elm-v3-official/Sample-MC-Annex1-unsigned.jsonld";
    static final String ELM_ID = "urn:credential:3ef0ac26-9a1f-41c6-871b-2b82e670907b";
    static final Set<String> ELM_SKILLS = Set.of(SKILL + "80f308e6-0e09-404a-80cd-ec5f50f6f304", SKILL + "326809fc-238d-40c2-881e-40042f7f2f0d",
            SKILL + "ccdf3597-5c80-410f-896d-e1bdfa223de9", SKILL + "5fd5c985-eaaa-47aa-8314-62359c54505a");
    /** MyNextID's micro-credential as an Open Badges 3.0 achievement, with 2 ESCO alignments. */
    static final String OB3_FILE = "credentials/mynextid-microcredential/open-badge-mc-example.json";
    static final String OB3_ID = "urn:uuid:00a0d11e-3749-4ee3-9b44-230c1774d387";
    static final Set<String> OB3_SKILLS = Set.of(SKILL + "81a2db2c-7e55-44d0-9cd9-74c25147d7cd", SKILL + "f10142ce-d522-49c3-9fd1-054fb63529d4");
    /** The countries of the first 150 records of european_jobs_2.csv (104 HR, 46 BG). */
    static final Set<String> SLICE_COUNTRIES = Set.of("BG", "HR");

    private static Path data;
    private static PublishedRunServer server;
    private static RunSummary summary;
    private static EscoContext esco;
    private static Http http;

    @BeforeAll
    static void publishARealRunAndServe() throws IOException {
        String prop = System.getProperty("skillscope.data");
        data = prop == null ? null : Path.of(prop);
        assumeTrue(data != null && Files.isDirectory(data.resolve("esco/v1.1.1")) && Files.isDirectory(data.resolve("vacancies/eures-2025")),
                "shared data folder (system property skillscope.data) absent: skipped");
        Path work = Files.createDirectories(Path.of("target", "real-run"));
        Path vacancies = RealSlice.head(data.resolve("vacancies/eures-2025/european_jobs_2.csv"), VACANCIES, work.resolve(VACANCY_SLICE));
        Path courses = RealSlice.head(data.resolve("courses/coursera-1000/coursera_courses.csv"), COURSES, work.resolve(COURSE_SLICE));
        List<Path> credentials = List.of(courses, data.resolve(ELM_FILE), data.resolve(OB3_FILE),
                data.resolve("credentials/1edtech-ob3-spec/fullOpenBadge.extracted.json"),
                data.resolve("credentials/educredentials-ob3/theed_microcredential_full_ho.json"));
        Path cache = Path.of(System.getProperty("skillscope.indexCache", "target/index-cache"));
        Path escoPath = data.resolve("esco/v1.1.1");
        server = PublishedRunServer.publish(escoPath, credentials, List.of(vacancies), work.resolve("out"), cache);
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

    private static JsonNode okPost(String path, String body) {
        Http.Answer a = http.post(path, body);
        assertEquals(200, a.status(), path + ": " + a.body());
        return a.json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }

    private static String json(Object o) {
        return Http.JSON.valueToTree(o).toString();
    }

    private static String skillUri(String preferredLabel) {
        return esco.esco().skills().values().stream().filter(s -> s.preferredLabel().equals(preferredLabel)).map(EscoSkill::uri)
                .findFirst().orElseThrow(() -> new AssertionError("no ESCO skill '" + preferredLabel + "'"));
    }

    private static String occupationUri(String preferredLabel) {
        return esco.esco().occupations().values().stream().filter(o -> o.preferredLabel().equals(preferredLabel)).map(EscoOccupation::uri)
                .findFirst().orElseThrow(() -> new AssertionError("no ESCO occupation '" + preferredLabel + "'"));
    }

    /** Quarantined records of one input file. */
    private static long quarantined(String file) {
        long n = 0;
        for (JsonNode q : ok("/api/quarantine?size=200").get("items")) if (q.get("file").asText().endsWith(file)) n++;
        return n;
    }

    // ---- the run ----------------------------------------------------------------------------------

    @Test
    void theLatestRunIsTheRealJobsRunOnEsco111AndItsCountsReconcileWithTheSlice() {
        JsonNode run = ok("/api/runs/latest");
        assertEquals(summary.runId(), run.get("runId").asText());
        assertEquals("published", run.get("status").asText());
        assertEquals("1.1.1", run.get("escoVersion").asText());
        assertEquals(summary.credentials(), run.get("credentials").asLong());
        assertEquals(summary.vacancies(), run.get("vacancies").asLong());
        assertEquals(summary.rejected(), run.get("rejected").asLong());
        // read = accepted + rejected, per input: every one of the 150 ads and 60 courses is accounted for
        assertEquals(VACANCIES, run.get("vacancies").asLong() + quarantined(VACANCY_SLICE), "the 150 real vacancies");
        JsonNode all = ok("/api/credentials?size=200");
        assertEquals(summary.credentials(), all.get("total").asLong());
        long courses = 0;
        for (JsonNode c : all.get("items")) if (c.get("sourceFormat").asText().equals("coursera")) courses++;
        assertEquals(COURSES, courses + quarantined(COURSE_SLICE), "the 60 real courses");
        JsonNode quarantine = ok("/api/quarantine?size=200");
        assertEquals(run.get("rejected").asLong(), quarantine.get("total").asLong());
        assertTrue(quarantine.get("total").asLong() <= 200, "quarantined() reads one page: " + quarantine.get("total"));
        JsonNode runs = ok("/api/runs");
        assertEquals(1, runs.get("total").asInt());
        assertEquals(summary.runId(), runs.get("items").get(0).get("runId").asText());
        JsonNode one = ok("/api/runs/" + enc(summary.runId()));
        assertEquals(run.get("counts"), one.get("counts"));
        JsonNode h = ok("/health");
        assertEquals("up", h.get("database").asText());
        assertTrue(h.get("publishedRun").asBoolean());
    }

    /** Every operation of the OpenAPI document, called with real ids of this run: a 200 JSON answer, no endpoint left out. */
    @Test
    void everyEndpointOfTheOpenApiDocumentAnswersOnTheRealRun() {
        String skill = ok("/api/skills?size=1").get("items").get(0).get("id").asText();
        String occupation = ok("/api/occupations?size=1").get("items").get(0).get("id").asText();
        Set<String> called = new TreeSet<>();
        for (var path : iterable(ok("/openapi.json").get("paths").fields())) {
            for (var op : iterable(path.getValue().fields())) {
                String p = path.getKey();
                String url = p.replace("{runId}", enc(summary.runId())).replace("{id}",
                        p.startsWith("/api/skills") ? skill : p.startsWith("/api/occupations") ? occupation : enc(ELM_ID));
                JsonNode answer = op.getKey().equals("get") ? ok(url)
                        : okPost(url, op.getValue().get("requestBody").get("content").get("application/json").get("example").toString());
                assertFalse(answer.isEmpty(), url);
                called.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p);
            }
        }
        assertEquals(28, called.size(), "the route table's 28 operations: " + called);
        for (String page : List.of("/docs", "/")) {
            Http.Answer a = http.get(page);
            assertEquals(200, a.status(), page);
            assertTrue(a.contentType().startsWith("text/html"), page);
        }
    }

    // ---- credentials ------------------------------------------------------------------------------

    @Test
    void theRealElmMicroCredentialCarriesItsFourDeclaredEscoSkillsWithEvidence() {
        assertTrue(esco.esco().skills().keySet().containsAll(ELM_SKILLS), "the four relatedESCOSkill URIs are ESCO 1.1.1 skills");
        JsonNode c = ok("/api/credentials/" + enc(ELM_ID));
        assertEquals(ELM_ID, c.get("credentialId").asText());
        assertEquals("elm", c.get("sourceFormat").asText());
        assertTrue(c.get("sourceFile").asText().endsWith("Sample-MC-Annex1-unsigned.jsonld"), c.get("sourceFile").asText());
        Set<String> declared = new HashSet<>();
        for (JsonNode s : c.get("skills")) {
            assertTrue(s.get("skillUri").asText().startsWith(SKILL), s.toString());
            assertFalse(s.get("why").asText().isBlank());
            if (s.get("declared").asBoolean()) declared.add(s.get("skillUri").asText());
        }
        assertEquals(ELM_SKILLS, declared);
        JsonNode ob = ok("/api/credentials/" + enc(OB3_ID));
        assertEquals("ob3", ob.get("sourceFormat").asText());
        Set<String> aligned = new HashSet<>();
        for (JsonNode s : ob.get("skills")) if (s.get("declared").asBoolean()) aligned.add(s.get("skillUri").asText());
        assertEquals(OB3_SKILLS, aligned);
    }

    @Test
    void realCoursesAreSortedByRelevanceFilterableAndTheirSkillsAreEscoSkills() {
        JsonNode list = ok("/api/credentials?size=200");
        assertTrue(list.get("total").asInt() <= 200, "the slice's courses fit one page");
        double previous = Double.MAX_VALUE;
        int withSkills = 0, unscored = 0;
        for (JsonNode c : list.get("items")) {
            if (c.get("relevance").isNull()) {
                // a course the run could not read (its description only advertises) has no score: after every scored one
                if (unscored++ == 0) {
                    String why = ok("/api/credentials/" + enc(c.get("credentialId").asText())).get("summary").asText();
                    assertTrue(why.startsWith("not scored: "), why);
                }
                continue;
            }
            assertEquals(0, unscored, "sorted by relevance, unscored last");
            assertTrue(c.get("relevance").asDouble() <= previous, "sorted by relevance");
            previous = c.get("relevance").asDouble();
            if (c.get("skills").asInt() > 0) withSkills++;
        }
        assertTrue(unscored > 0, "the slice holds courses whose description only advertises");
        assertTrue(withSkills >= list.get("items").size() / 2, "most real courses map to ESCO skills: " + withSkills);
        JsonNode top = ok("/api/credentials/" + enc(list.get("items").get(0).get("credentialId").asText()));
        assertFalse(top.get("skills").isEmpty());
        top.get("skills").forEach(s -> assertTrue(s.get("skillUri").asText().startsWith(SKILL), s.toString()));
        assertTrue(top.get("summary").asText().startsWith("relevance "), top.get("summary").asText());
        // the first course of the real catalogue: (ISC)² SSCP by ISC2
        JsonNode isc2 = ok("/api/credentials?provider=isc2");
        assertTrue(isc2.get("total").asInt() >= 1);
        isc2.get("items").forEach(c -> assertEquals("ISC2", c.get("awardingBody").asText()));
        JsonNode security = ok("/api/credentials?q=security");
        assertTrue(security.get("total").asInt() >= 1);
        assertTrue(texts(security.get("items"), "title").stream().anyMatch(t -> t.contains("Security")), security.toString());
        // digital or not: of the scored courses; an unscored one is neither
        assertEquals(list.get("total").asInt(), ok("/api/credentials?digital=true").get("total").asInt()
                + ok("/api/credentials?digital=false").get("total").asInt() + unscored);
    }

    // ---- skills and occupations -------------------------------------------------------------------

    @Test
    void skillsInDemandComeFromTheRealVacanciesWithDemandTrendAndEscoSearch() {
        JsonNode top = ok("/api/skills?size=10");
        assertTrue(top.get("total").asLong() >= 10, "150 real ads ask for many skills");
        long previous = Long.MAX_VALUE;
        for (JsonNode s : top.get("items")) {
            assertTrue(s.get("uri").asText().startsWith(SKILL), s.toString());
            assertTrue(s.get("vacancies").asLong() <= previous && s.get("vacancies").asLong() > 0);
            previous = s.get("vacancies").asLong();
        }
        JsonNode first = top.get("items").get(0);
        JsonNode skill = ok("/api/skills/" + first.get("id").asText());
        assertEquals(first.get("uri").asText(), skill.get("uri").asText());
        JsonNode all = null;
        Set<String> countries = new TreeSet<>();
        for (JsonNode d : skill.get("demand")) {
            if (d.get("scopeType").asText().equals("all")) all = d;
            if (d.get("scopeType").asText().equals("country")) countries.add(d.get("scope").asText());
        }
        assertNotNull(all, skill.toString());
        assertEquals(first.get("vacancies").asLong(), all.get("vacancies").asLong());
        assertTrue(SLICE_COUNTRIES.containsAll(countries) && !countries.isEmpty(), countries.toString());
        assertFalse(skill.get("trend").isEmpty(), "the EURES ads are dated");
        skill.get("trend").forEach(t -> assertTrue(t.get("ym").asText().startsWith("2025-"), t.toString()));
        // search over all 13,896 ESCO skills
        String js = skillUri("JavaScript");
        JsonNode found = ok("/api/skills?q=javascript");
        assertEquals(js, found.get("items").get(0).get("uri").asText());
        assertEquals("JavaScript", ok("/api/skills/" + EscoContext.idOf(js)).get("label").asText());
    }

    @Test
    void occupationsAreRealEscoOccupationsWithEssentialSkillsAndTheSlicesDemand() {
        JsonNode top = ok("/api/occupations?size=5");
        assertEquals(esco.esco().occupations().size(), top.get("total").asInt(), "without q: every ESCO occupation, in demand first");
        JsonNode first = top.get("items").get(0);
        assertTrue(first.get("vacancies").asLong() > 0, "the slice's vacancies are normalised to ESCO occupations");
        JsonNode o = ok("/api/occupations/" + first.get("id").asText());
        assertFalse(o.get("essentialSkills").isEmpty());
        assertEquals(esco.graph().essentialSkills(first.get("uri").asText()).size(), o.get("essentialSkills").size());
        o.get("essentialSkills").forEach(s -> assertTrue(s.get("uri").asText().startsWith(SKILL)));
        assertFalse(o.get("demand").isEmpty());
        JsonNode civil = ok("/api/occupations?q=" + enc("civil engineer"));
        assertEquals(occupationUri("civil engineer"), civil.get("items").get(0).get("uri").asText());
    }

    // ---- policy and providers ---------------------------------------------------------------------

    @Test
    void gapsScopesSupplyDemandAndTransitionDescribeTheRealSlice() {
        JsonNode gaps = ok("/api/gaps?size=50");
        assertTrue(gaps.get("total").asInt() > 0, "60 courses cannot teach all that 150 ads ask for");
        for (JsonNode g : gaps.get("items")) {
            assertTrue(g.get("skillUri").asText().startsWith(SKILL));
            assertTrue(g.get("vacancies").asLong() > 0);
        }
        Set<String> countries = new TreeSet<>();
        for (JsonNode s : ok("/api/scopes").get("scopes")) if (s.get("scopeType").asText().equals("country")) countries.add(s.get("scope").asText());
        assertEquals(SLICE_COUNTRIES, countries);
        JsonNode hr = ok("/api/gaps?scopeType=country&scope=HR");
        assertTrue(hr.get("total").asInt() > 0, hr.toString());
        // regions answer: each is named with its country, and none with ads is an empty view
        String biggest = null;
        long most = 0;
        for (JsonNode s : ok("/api/scopes").get("scopes")) {
            if (!s.get("scopeType").asText().equals("region")) continue;
            String region = s.get("scope").asText();
            assertTrue(SLICE_COUNTRIES.contains(region.split(" / ")[0]), region);
            String q = "scopeType=region&scope=" + enc(region);
            assertFalse(ok("/api/supply-demand?" + q).get("groups").isEmpty(), region);
            assertEquals(s.get("vacancies").asLong(), ok("/api/transition?" + q).get("demand").get("items").asLong(), region);
            if (s.get("vacancies").asLong() > most) {
                most = s.get("vacancies").asLong();
                biggest = region;
            }
        }
        assertNotNull(biggest, "the EURES slice has regions");
        JsonNode regionGaps = ok("/api/gaps?scopeType=region&scope=" + enc(biggest));
        assertTrue(regionGaps.get("total").asInt() > 0, biggest + " (" + most + " ads): " + regionGaps);
        assertEquals(404, http.get("/api/gaps?scopeType=country&scope=XX").status());
        assertEquals(404, http.get("/api/supply-demand?scopeType=region&scope=" + enc("HR / Nowhere")).status());
        // the slice's 150 EURES ads are all dated: coverage says so, and every growth given carries its counts
        JsonNode run = ok("/api/runs/latest");
        assertEquals(summary.vacancies(), run.get("datedVacancies").asLong() + run.get("undatedVacancies").asLong());
        assertEquals(0, run.get("undatedVacancies").asLong());
        assertTrue(run.get("mix").get("country").has("HR"), run.get("mix").toString());
        for (JsonNode g : gaps.get("items")) {
            if (g.get("growth").isNull()) continue;
            assertTrue(g.get("growth").get("earlierVacancies").asLong() >= 100, g.toString());
            assertTrue(g.get("growth").get("laterVacancies").asLong() >= 100, g.toString());
        }
        for (JsonNode b : ok("/api/gaps/bundles").get("items")) {
            assertFalse(b.get("skills").isEmpty(), b.toString());
            b.get("skills").forEach(s -> assertTrue(s.asText().startsWith(SKILL), b.toString()));
            assertEquals(b.get("skills").size(), b.get("labels").size(), b.toString());
        }
        assertFalse(ok("/api/supply-demand").get("groups").isEmpty());
        JsonNode t = ok("/api/transition");
        assertTrue(t.has("demand") && t.has("supply"), t.toString());
        assertTrue(ok("/api/gaps?green=true").get("total").asInt() <= gaps.get("total").asInt());
        JsonNode providers = ok("/api/providers?size=200");
        assertTrue(providers.get("total").asInt() >= 2);
        String provider = providers.get("items").get(0).get("provider").asText();
        JsonNode rec = ok("/api/providers/recommendations?provider=" + enc(provider));
        assertFalse(rec.get("weakest").isEmpty(), rec.toString());
    }

    // ---- on the fly -------------------------------------------------------------------------------

    @Test
    void aRealJobAdSentenceMapsToRealEscoSkills() {
        JsonNode skills = okPost("/api/map", json(Map.of("text", "We are looking for a developer with experience in JavaScript and SQL.")))
                .get("skills");
        List<String> uris = texts(skills, "uri");
        assertTrue(uris.contains(skillUri("JavaScript")), skills.toString());
        uris.forEach(u -> assertTrue(u.startsWith(SKILL)));
    }

    @Test
    void theRealElmDocumentPostedIsScoredAgainstTheRealRunsDemand() throws IOException {
        JsonNode c = okPost("/api/credentials/score", Files.readString(data.resolve(ELM_FILE))).get("credentials");
        assertEquals(1, c.size());
        assertEquals(ELM_ID, c.get(0).get("credentialId").asText());
        Set<String> declared = new HashSet<>();
        for (JsonNode s : c.get(0).get("skills")) if (s.get("evidence").get("declared").asBoolean()) declared.add(s.get("uri").asText());
        assertEquals(ELM_SKILLS, declared);
        // the same document the job scored: the same skills and relevance (ScoreAgreement)
        ScoreAgreement.assertSame(ok("/api/credentials/" + enc(ELM_ID)), c.get(0), ELM_FILE);
    }

    @Test
    void upskillingForARealOccupationInDemandListsItsMissingEssentialSkillsAndAPlan() {
        JsonNode target = ok("/api/occupations?size=1").get("items").get(0);
        List<String> essential = new ArrayList<>(esco.graph().essentialSkills(target.get("uri").asText()));
        assertTrue(essential.size() >= 2, target.toString());
        String have = essential.get(0);
        JsonNode r = okPost("/api/upskilling", json(Map.of("skills", List.of(have), "targetOccupation", target.get("id").asText())));
        JsonNode plan = r.get("plan");
        List<String> missing = texts(plan.get("missing"), "uri");
        assertEquals(essential.size() - 1, missing.size(), "every essential skill but the one the jobseeker has");
        assertFalse(missing.contains(have));
        Set<String> covered = new HashSet<>();
        for (JsonNode step : plan.get("credentials")) {
            assertFalse(step.get("covers").isEmpty());
            for (String u : texts(step.get("covers"), "uri")) {
                assertTrue(missing.contains(u), u);
                covered.add(u);
            }
        }
        assertEquals(missing.size(), covered.size() + plan.get("uncovered").size());
        assertEquals((double) covered.size() / missing.size(), plan.get("coverage").asDouble(), 1e-9);
        // without a target: nearby occupations the real run has demand for
        JsonNode nearby = okPost("/api/upskilling", json(Map.of("skillsText", "I design roofs and walls in CAD and prepare quantity estimates.")));
        assertFalse(nearby.get("have").isEmpty(), nearby.toString());
        assertFalse(nearby.get("suggestions").isEmpty(), nearby.toString());
        double previous = Double.MAX_VALUE;
        boolean seenWithout = false;
        for (JsonNode s : nearby.get("suggestions")) {
            assertTrue(s.get("uri").asText().startsWith(OCCUPATION), s.toString());
            assertTrue(s.get("coverage").asDouble() > 0, "shares a skill with the jobseeker: " + s);
            // close and asked for: skill cosine x ln(1 + vacancies), best first; without vacancies last, and said so
            assertEquals(s.get("similarity").asDouble() * Math.log1p(s.get("vacancies").asLong()), s.get("score").asDouble(), 1e-9);
            assertTrue(s.get("score").asDouble() <= previous);
            previous = s.get("score").asDouble();
            if (s.get("vacancies").asLong() == 0) {
                seenWithout = true;
                assertTrue(s.get("why").asText().endsWith("no vacancies for it in this run"), s.toString());
            } else {
                assertFalse(seenWithout, "occupations without vacancies come last: " + nearby.get("suggestions"));
            }
        }
    }

    @Test
    void counsellorsTypeOccupationsInWordsAndGetAPlanThatSaysWhatItLeavesOut() {
        // the exact ESCO label is sure; the current occupation's skills are offered, not credited
        JsonNode r = okPost("/api/upskilling", json(Map.of("currentOccupation", "retail salesperson", "targetOccupation", "data analyst")));
        JsonNode target = r.get("targetOccupation");
        assertEquals(occupationUri("data analyst"), target.get("uri").asText());
        assertEquals(1.0, target.get("score").asDouble());
        assertTrue(target.get("sure").asBoolean());
        assertEquals(5, target.get("alternatives").size());
        // "retail salesperson" is no ESCO label: the matcher's best guess, said to be one, with five others to pick from
        JsonNode current = r.get("currentOccupation");
        assertTrue(current.get("score").asDouble() >= 0.6 && current.get("score").asDouble() < 1.0, current.toString());
        assertEquals(5, current.get("alternatives").size());
        assertEquals(esco.graph().essentialSkills(current.get("uri").asText()).size(), r.get("offeredSkills").size());
        assertEquals(0, r.get("have").size());
        JsonNode plan = r.get("plan");
        assertEquals(esco.graph().essentialSkills(target.get("uri").asText()).size(), plan.get("missing").size());
        for (JsonNode open : plan.get("uncovered")) {
            // "no credential teaches it" only when none does; otherwise the plan's limit
            assertEquals(open.get("credentialsTeaching").asInt() == 0 ? "not-taught" : "limit", open.get("leftOut").asText(), open.toString());
        }
        assertTrue(plan.get("ectsKnown").asInt() <= plan.get("credentialCount").asInt());
        assertTrue(plan.get("eqf").get("known").asInt() <= plan.get("credentialCount").asInt());
        // a job title: the solar panel installer is ESCO's solar energy technician (alternative label "solar energy panel installer")
        JsonNode solar = okPost("/api/upskilling", json(Map.of("currentOccupation", "retail salesperson", "targetOccupation", "solar panel installer",
                "confirmCurrentSkills", true)));
        assertEquals(occupationUri("solar energy technician"), solar.get("targetOccupation").get("uri").asText(), solar.get("targetOccupation").toString());
        assertTrue(solar.get("targetOccupation").get("sure").asBoolean());
        assertTrue(solar.get("currentSkillsCredited").asBoolean());
        assertEquals(r.get("offeredSkills").size(), solar.get("have").size());
        // words that are no occupation: 404 with the closest ones
        Http.Answer none = http.post("/api/upskilling", json(Map.of("skillsText", "I sell shoes", "targetOccupation", "qwerty uiop")));
        assertEquals(404, none.status(), none.body());
        assertEquals(5, none.json().get("suggestions").size());
        assertEquals("targetOccupation", none.json().get("field").asText());
    }

    @Test
    void providersOfDifferentFieldsAreProposedDifferentGapBundlesAndLanguageVersionsCountOnce() {
        JsonNode cloud = ok("/api/providers/recommendations?provider=" + enc("Amazon Web Services") + "&proposals=3");
        JsonNode business = ok("/api/providers/recommendations?provider=" + enc("University of Pennsylvania") + "&proposals=3");
        for (JsonNode r : List.of(cloud, business)) {
            assertEquals("provider", r.get("proposalsFor").asText());
            assertFalse(r.get("proposed").isEmpty(), r.toString());
            double previous = Double.MAX_VALUE;
            for (JsonNode b : r.get("proposed")) {
                assertTrue(b.get("fit").asDouble() > 0 && b.get("fit").asDouble() <= previous + 1e-12, b.toString());
                previous = b.get("fit").asDouble();
                assertTrue(b.get("why").asText().contains("vacancies ask for these skills"), b.toString());
            }
        }
        assertFalse(bundleKeys(cloud).equals(bundleKeys(business)), "proposals differ by provider: " + bundleKeys(cloud) + " / " + bundleKeys(business));
        // DeepLearning.AI's "AI For Everyone" and its Japanese version: one course, not a weak credential of its own
        JsonNode ai = ok("/api/providers/recommendations?provider=" + enc("DeepLearning.AI") + "&weakest=50");
        assertEquals(ai.get("credentials").asInt() - 1, ai.get("courses").asInt(), ai.toString());
        String japanese = "https://www.coursera.org/learn/ai-for-everyone-ja";
        assertFalse(texts(ai.get("weakest"), "credentialId").contains(japanese), ai.toString());
        boolean named = false;
        for (JsonNode w : ai.get("weakest")) named |= texts(w.get("otherVersions"), "credentialId").contains(japanese);
        assertTrue(named, ai.toString());
    }

    private static List<String> bundleKeys(JsonNode recommendations) {
        List<String> out = new ArrayList<>();
        recommendations.get("proposed").forEach(b -> out.add(b.get("scopeType").asText() + " " + b.get("scope").asText() + " " + b.get("rankNo").asInt()));
        return out;
    }

    /**
     * The official ELM sample following Annex I: all 16 standard elements on its page, those the results
     * tables do not keep (date, grade, stackability, ...) read back from the input file, as the file says.
     */
    @Test
    void theOfficialAnnexOneSampleShowsItsSixteenStandardElements() {
        JsonNode c = ok("/api/credentials/" + enc(ELM_ID));
        assertTrue(c.get("standardElementsNote").isNull(), c.get("standardElementsNote").toString());
        Map<String, String> values = new java.util.LinkedHashMap<>();
        c.get("standardElements").forEach(e -> values.put(e.get("element").asText(), e.get("value").isNull() ? null : e.get("value").toString()));
        assertEquals(16, values.size());
        assertEquals("\"University of Zed\"", values.get("awarding body"));
        assertEquals("\"2022-12-31\"", values.get("date of issuing"));
        assertEquals("\"Pass\"", values.get("grade"));
        assertEquals("\"stand-alone (not a partial qualification)\"", values.get("integration/stackability options"));
        assertEquals("\"Unsupervised without ID Verification\"", values.get("supervision and identity verification"));
        assertEquals("\"pseudonymised\"", values.get("identification of the learner"), "never the learner's id");
    }

    /** Every credential of the run downloads as CSV, as many rows as the list counts. */
    @Test
    void theWholeCatalogueDownloadsAsCsv() {
        long total = ok("/api/credentials").get("total").asLong();
        Http.Answer a = http.get("/api/credentials?format=csv");
        assertEquals(200, a.status());
        List<List<String>> rows = ApiListsTest.csv(a.body());
        assertEquals(total + 1, rows.size());
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(0).equals(ELM_ID)), "the ELM sample is in the download");
    }
}
