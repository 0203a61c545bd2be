package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.api.service.EscoContext;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.datasets.esco.EscoSample;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP hygiene (issue #19): methods, HEAD, media types, security headers, the Host allow-list, and
 * what error details and run descriptions tell a caller. Real HTTP on loopback over the hand-made run.
 */
class ApiHttpHygieneTest {
    private static EscoContext esco;
    private static String jdbc;

    @BeforeAll
    static void setUp() {
        esco = new EscoContext(EscoSample.path(), null);
        jdbc = RunFixture.publish(esco.graph()).jdbcUrl;
    }

    @AfterAll
    static void closeEsco() {
        esco.close();
    }

    private static void serve(ApiConfig cfg, Consumer<Http> test) {
        Javalin app = ApiServer.create(cfg, esco);
        app.start("127.0.0.1", 0);
        try {
            test.accept(new Http(app.port()));
        } finally {
            app.stop();
        }
    }

    private static void serve(Consumer<Http> test) {
        serve(ApiConfig.of(jdbc, 0, EscoSample.path(), null), test);
    }

    @Test
    void aWrongMethodIs405WithTheAllowHeaderAndAnUnknownPathStays404() {
        serve(http -> {
            Http.Answer delete = http.method("DELETE", "/api/map");
            assertEquals(405, delete.status(), delete.body());
            assertEquals("POST", delete.header("Allow"));
            assertTrue(delete.contentType().startsWith("application/problem+json"), delete.contentType());
            assertEquals("/docs#problem-method-not-allowed", delete.json().get("type").asText());
            Http.Answer get = http.get("/api/map");
            assertEquals(405, get.status(), get.body());
            assertEquals("POST", get.header("Allow"));
            Http.Answer post = http.post("/api/runs/run-2", "{}");
            assertEquals(405, post.status(), post.body());
            assertEquals("GET, HEAD", post.header("Allow"));
            assertEquals("GET, HEAD", http.method("PUT", "/docs").header("Allow"));
            assertEquals(405, http.method("PATCH", "/api/skills/some-id").status());
            assertEquals(404, http.method("DELETE", "/api/nothing-here").status());
        });
    }

    @Test
    void headAnswersAsGetWithTheSameStatusAndHeadersAndNoBody() {
        serve(http -> {
            for (String path : List.of("/api/runs/latest", "/api/runs/no-such-run", "/api/credentials?size=0", "/api/credentials?page=x",
                    "/api/credentials?run=nope", "/api/skills/no-such-skill", "/", "/docs", "/app.js", "/openapi.json", "/api/nothing-here")) {
                Http.Answer get = http.get(path);
                Http.Answer head = http.method("HEAD", path);
                assertEquals(get.status(), head.status(), "HEAD " + path);
                assertEquals(get.contentType(), head.contentType(), "HEAD " + path);
                for (String h : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Content-Length")) {
                    assertEquals(get.header(h), head.header(h), "HEAD " + path + ": " + h);
                }
                assertEquals("", head.body(), "HEAD " + path);
            }
        });
    }

    @Test
    void aPostBodyThatIsNotJsonIs415() {
        serve(http -> {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json")) {
                Http.Answer a = http.post("/api/map", type, "{\"text\":\"I write JavaScript\"}");
                assertEquals(415, a.status(), type + ": " + a.body());
                assertEquals("/docs#problem-unsupported-media-type", a.json().get("type").asText());
                assertTrue(a.json().get("detail").asText().contains("application/json"), a.body());
            }
            assertEquals(415, http.post("/api/upskilling", null, "{}").status());
            assertEquals(200, http.post("/api/map", "application/json; charset=utf-8", "{\"text\":\"I write JavaScript\"}").status());
        });
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        serve(http -> {
            for (Http.Answer a : List.of(http.get("/"), http.get("/docs"), http.get("/app.js"), http.get("/api/runs/latest"),
                    http.get("/api/nothing-here"), http.method("DELETE", "/api/map"), http.post("/api/map", "text/plain", "x"))) {
                String csp = a.header("Content-Security-Policy");
                assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                        && !csp.contains("unsafe-inline"), a.status() + ": " + csp);
                assertEquals("nosniff", a.header("X-Content-Type-Options"));
                assertEquals("no-referrer", a.header("Referrer-Policy"));
            }
            // the pages keep no inline code the policy would block
            for (String page : List.of("/", "/docs")) {
                String html = http.get(page).body();
                assertFalse(Pattern.compile("<script>|<style|\\sstyle=|\\son[a-z]+=").matcher(html).find(), page);
            }
        });
    }

    @Test
    void onlyLoopbackAndConfiguredHostNamesAreAnswered() {
        serve(ApiConfig.of(jdbc, 0, EscoSample.path(), null).withAllowedHosts(List.of("Skills.Example.org")), http -> {
            for (String host : List.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST:7070", "skills.example.org:8080")) {
                assertEquals(200, http.raw("GET", "/api/runs/latest", host).status(), host);
            }
            for (String host : List.of("evil.example", "127.0.0.1.evil.example", "localhost.evil.example:7070", "[::2]")) {
                Http.Answer a = http.raw("GET", "/api/runs/latest", host);
                assertEquals(421, a.status(), host + ": " + a.body());
                assertEquals("/docs#problem-host-not-allowed", a.json().get("type").asText());
                assertFalse(a.body().contains("run-2"), a.body());
            }
            assertEquals(421, http.raw("GET", "/", "evil.example").status());
        });
    }

    @Test
    void errorDetailsNameNoJavaClasses() {
        Pattern java = Pattern.compile("\\$|org\\.skillscope|java\\.|com\\.fasterxml|Controllers|MapRequest|UpskillingService|Request\\b");
        serve(http -> {
            for (String[] post : List.of(new String[] {"/api/map", "{\"text\":{\"nested\":1}}"}, new String[] {"/api/map", "{\"text\":\"a\",\"evil\":1}"},
                    new String[] {"/api/map", "{\"text\":[1]}"}, new String[] {"/api/map", "{\"text\":\"a\",\"all\":\"maybe\"}"},
                    new String[] {"/api/upskilling", "{\"skills\":\"not a list\"}"}, new String[] {"/api/upskilling", "{\"skills\":[{}]}"},
                    new String[] {"/api/upskilling", "{\"maxCredentials\":\"many\"}"}, new String[] {"/api/upskilling", "{\"unknown\":1}"})) {
                Http.Answer a = http.post(post[0], post[1]);
                assertEquals(400, a.status(), post[1] + ": " + a.body());
                String detail = a.json().get("detail").asText();
                assertFalse(java.matcher(detail).find(), post[1] + ": " + detail);
            }
            String unknown = http.post("/api/map", "{\"text\":\"a\",\"evil\":1}").json().get("detail").asText();
            assertEquals("invalid body: unknown field 'evil'; the fields are all, language, text, title", unknown);
            assertEquals("invalid body: field 'text' must be a string", http.post("/api/map", "{\"text\":{\"nested\":1}}").json().get("detail").asText());
        });
    }

    @Test
    void aNullOrNonTextLearningOutcomeIsRejected() {
        serve(http -> {
            for (String outcomes : List.of("[null]", "[\"install solar panels\", null]", "[1]", "[{\"text\":\"x\"}]", "[[\"x\"]]")) {
                Http.Answer a = http.post("/api/credentials/score", "{\"id\":\"x\",\"title\":\"Solar\",\"awarding_body\":\"A\",\"learning_outcomes\":" + outcomes + "}");
                assertEquals(400, a.status(), outcomes + ": " + a.body());
                assertTrue(a.json().get("detail").asText().contains("learning_outcomes"), a.body());
            }
            assertEquals(200, http.post("/api/credentials/score",
                    "{\"id\":\"x\",\"title\":\"Solar\",\"awarding_body\":\"A\",\"learning_outcomes\":[\"install photovoltaic systems\"]}").status());
        });
    }

    @Test
    void aCredentialInALanguageTheMatcherDoesNotReadAssertsNoSkillFromItsOutcomes() {
        serve(http -> {
            String body = "{\"id\":\"x\",\"title\":\"Solar\",\"awarding_body\":\"A\",%s\"learning_outcomes\":[\"%s\"]}";
            String english = "install photovoltaic systems", spanish = "Instalar sistemas fotovoltaicos en los tejados de las viviendas";
            JsonNode en = http.post("/api/credentials/score", String.format(body, "", english)).json().get("credentials").get(0);
            assertTrue(en.get("skills").size() > 0 && en.get("relevance").asDouble() > 0, en.toString());
            JsonNode es = http.post("/api/credentials/score", String.format(body, "\"language\":\"es\",", spanish)).json().get("credentials").get(0);
            assertEquals(0, es.get("skills").size(), es.toString());
            // what it teaches is unknown: no score, not a 0 (as the job publishes it)
            for (String f : List.of("relevance", "relevancePercentile", "green", "digital")) assertTrue(es.get(f).isNull(), f + ": " + es);
            assertTrue(es.get("summary").asText().startsWith("not scored: its learning outcomes are in a language the matcher does not "
                    + "cover (es)"), es.get("summary").asText());
            // declared Spanish, but the text kept is English (as a loader keeps the English of bilingual fields): mapped
            JsonNode kept = http.post("/api/credentials/score", String.format(body, "\"language\":\"es\",", english)).json().get("credentials").get(0);
            assertEquals(en.get("skills").size(), kept.get("skills").size(), kept.toString());
        });
    }

    @Test
    void aRunShowsItsInputFilesRelativeToTheDataFolder() {
        String url = RunFixture.memoryUrl();
        ResultsStore store = new ResultsStore(url);
        store.migrate();
        store.begin("run-abs", "1.1.1", "f", "[{\"kind\":\"credentials\",\"file\":\"/home/alice/skills/data/credentials/catalogue.csv\",\"sha256\":\"a\"},"
                + "{\"kind\":\"vacancies\",\"file\":\"/home/alice/skills/data/vacancies/uk/ads.csv\",\"sha256\":\"b\"}]", "{}");
        store.publish("run-abs", List.of(), "{}", "{}", "");
        store.begin("run-apart", "1.1.1", "f", "[{\"file\":\"/srv/a.csv\"},{\"file\":\"/home/bob/b.csv\"}]", "{}");
        store.publish("run-apart", List.of(), "{}", "{}", "");
        serve(ApiConfig.of(url, 0, EscoSample.path(), null), http -> {
            JsonNode inputs = http.get("/api/runs/run-abs").json().get("inputs");
            assertEquals("credentials/catalogue.csv", inputs.get(0).get("file").asText());
            assertEquals("vacancies/uk/ads.csv", inputs.get(1).get("file").asText());
            assertEquals("a", inputs.get(0).get("sha256").asText());
            JsonNode apart = http.get("/api/runs/run-apart").json().get("inputs");
            assertEquals("a.csv", apart.get(0).get("file").asText());
            assertEquals("b.csv", apart.get(1).get("file").asText());
            String latest = http.get("/api/runs/latest").body();
            assertFalse(latest.contains("/home/") || latest.contains("/srv/"), latest);
        });
    }

    /** #19, finding 6: the cache key is the known parameters, parsed; unknown ones, order and spelling add no entry. */
    @Test
    void unknownParametersOrderAndSpellingAddNoCacheEntry() {
        org.skillscope.api.service.RunCache cache = new org.skillscope.api.service.RunCache(1 << 20, 2_000, System::currentTimeMillis);
        Javalin app = ApiServer.create(ApiConfig.of(jdbc, 0, EscoSample.path(), null), esco, cache);
        app.start("127.0.0.1", 0);
        try {
            Http http = new Http(app.port());
            String first = http.get("/api/credentials?green=true&size=20").body();
            int entries = cache.size();
            for (int i = 0; i < 50; i++) {
                for (String q : List.of("?green=true&size=20&junk" + i + "=x", "?size=20&green=yes&cb=" + i, "?green=1&page=1&_=" + i)) {
                    assertEquals(first, http.get("/api/credentials" + q).body(), q);
                }
            }
            assertEquals(entries, cache.size(), "unknown parameters made new cache entries");
            assertTrue(entries >= 1);
            http.get("/api/credentials?green=false");
            assertEquals(entries + 1, cache.size(), "a known parameter's value is a new answer");
        } finally {
            app.stop();
        }
    }
}
