package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.api.service.EscoContext;
import org.skillscope.datasets.esco.EscoSample;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole lists: every list endpoint answers {@code format=csv} with all its rows (beyond the largest page),
 * a header line and the JSON items' columns, filtered as the JSON is; and the lists and pages the web
 * page's skill, occupation, credential and data-quality views read.
 */
class ApiListsTest {
    private static EscoContext esco;

    @BeforeAll
    static void loadEsco() {
        esco = new EscoContext(EscoSample.path(), null);
    }

    @AfterAll
    static void closeEsco() {
        esco.close();
    }

    private static void serve(String jdbcUrl, Consumer<Http> test) {
        Javalin app = ApiServer.create(ApiConfig.of(jdbcUrl, 0, EscoSample.path(), null), esco);
        app.start("127.0.0.1", 0);
        try {
            test.accept(new Http(app.port()));
        } finally {
            app.stop();
        }
    }

    static List<String> lists(RunFixture f) {
        String skill = EscoContext.idOf(f.w.get(0)), occupation = EscoContext.idOf(RunFixture.WEB_DEVELOPER);
        return List.of("/api/runs", "/api/skills", "/api/skills?q=web", "/api/skills/" + skill + "/credentials", "/api/skills/" + skill + "/evidence",
                "/api/occupations", "/api/occupations?q=web", "/api/occupations/" + occupation + "/vacancies",
                "/api/occupations/" + occupation + "/credentials", "/api/credentials", "/api/gaps", "/api/gaps/bundles", "/api/quarantine",
                "/api/providers", "/api/quality/providers");
    }

    static String param(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    static List<List<String>> csv(String body) {
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerFor(List.class).readValues(body)) {
            List<List<String>> out = new ArrayList<>();
            it.forEachRemaining(out::add);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON value at a CSV column ("growth.rate"), as the CSV writes it. */
    static String cell(JsonNode item, String column) {
        JsonNode v = item;
        for (String k : column.split("\\.")) v = v == null ? null : v.get(k);
        if (v == null || v.isNull()) return "";
        if (v.isTextual() && !v.asText().isEmpty() && "=+-@\t\r".indexOf(v.asText().charAt(0)) >= 0) return "'" + v.asText(); // inert, see below
        if (v.isValueNode()) return v.asText();
        if (v.isObject()) return null; // an object in a cell is its JSON: not compared here
        List<String> parts = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isValueNode()) return null; // objects in a cell are their JSON: not compared here
            parts.add(e.asText());
        }
        return String.join(" | ", parts);
    }

    @Test
    void everyListDownloadsWholeAsCsvWithTheJsonItemsColumnsAndValues() {
        RunFixture f = RunFixture.publish(esco.graph());
        serve(f.jdbcUrl, http -> {
            for (String list : lists(f)) {
                JsonNode page = json(http, param(list, "size=200"));
                Http.Answer a = http.get(param(list, "format=csv"));
                assertEquals(200, a.status(), list + ": " + a.body());
                assertTrue(a.contentType().startsWith("text/csv"), list + ": " + a.contentType());
                assertTrue(a.headers().get("content-disposition").get(0).contains(".csv"), list);
                List<List<String>> rows = csv(a.body());
                List<String> header = rows.get(0);
                assertEquals(page.get("total").asLong(), rows.size() - 1, list + ": every row");
                Set<String> keys = new HashSet<>();
                page.get("items").forEach(i -> i.fieldNames().forEachRemaining(keys::add));
                assertFalse(keys.isEmpty(), list + ": the fixture has items");
                for (String k : keys) {
                    assertTrue(header.contains(k) || header.stream().anyMatch(c -> c.startsWith(k + ".")), list + ": JSON key " + k + " not in " + header);
                }
                for (String c : header) assertTrue(keys.contains(c.split("\\.")[0]), list + ": column " + c + " is no JSON key " + keys);
                for (int r = 0; r < page.get("items").size(); r++) {
                    JsonNode item = page.get("items").get(r);
                    for (int c = 0; c < header.size(); c++) {
                        String expected = cell(item, header.get(c));
                        if (expected != null) assertEquals(expected, rows.get(r + 1).get(c), list + " row " + (r + 1) + " column " + header.get(c));
                    }
                }
            }
        });
    }

    private static JsonNode json(Http http, String path) {
        Http.Answer a = http.get(path);
        assertEquals(200, a.status(), path + ": " + a.body());
        return a.json();
    }

    @Test
    void csvHasEveryRowBeyondTheLargestPageAndTheListsFilters() {
        RunFixture f = RunFixture.publish(esco.graph());
        ApiIntegrationTest.insert(f.jdbcUrl, "UPDATE quarantine SET reason=? WHERE run_id='run-2' AND seq=1", "=HYPERLINK(\"http://x\")");
        for (int i = 2; i <= 450; i++) {
            ApiIntegrationTest.insert(f.jdbcUrl, "INSERT INTO quarantine (run_id, seq, file, line, field, reason) VALUES (?,?,?,?,?,?)",
                    "run-2", i, "vacancies.csv", (long) i, "date", "not a date, \"quoted\"\nand on two lines");
        }
        serve(f.jdbcUrl, http -> {
            assertEquals(200, json(http, "/api/quarantine?size=200").get("items").size());
            List<List<String>> q = csv(http.get("/api/quarantine?format=csv").body());
            assertEquals(List.of("seq", "file", "line", "field", "reason"), q.get(0));
            assertEquals(451, q.size());
            assertEquals(List.of("450", "vacancies.csv", "450", "date", "not a date, \"quoted\"\nand on two lines"), q.get(450));
            // text a spreadsheet would run as a formula is made inert
            assertEquals("'=HYPERLINK(\"http://x\")", q.get(1).get(4));
            // the filters of the JSON list apply to the download
            List<List<String>> nordhavn = csv(http.get("/api/credentials?format=csv&provider=" + enc("Nordhavn Digital Academy")).body());
            assertEquals(3, nordhavn.size());
            int title = nordhavn.get(0).indexOf("title");
            assertEquals("Web Front-End Development", nordhavn.get(1).get(title));
            assertEquals(2, csv(http.get("/api/gaps?format=csv&green=true").body()).size());
            List<List<String>> dk = csv(http.get("/api/gaps?format=csv&scopeType=country&scope=DK").body());
            assertEquals(2, dk.size());
            // an empty list still has its header
            List<List<String>> none = csv(http.get("/api/credentials?format=csv&q=nothing-like-this").body());
            assertEquals(1, none.size());
            assertTrue(none.get(0).contains("relevance"), none.get(0).toString());
            Http.Answer bad = http.get("/api/credentials?format=xml");
            assertEquals(400, bad.status());
            assertEquals("format must be json or csv, got 'xml'", bad.json().get("detail").asText());
            assertEquals(404, http.get("/api/gaps?format=csv&scopeType=country&scope=ZZ").status());
        });
    }


    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theProviderPickerSearchesEveryProvider() {
        RunFixture f = RunFixture.publish(esco.graph());
        serve(f.jdbcUrl, http -> {
            assertEquals(3, json(http, "/api/providers").get("total").asInt());
            JsonNode sun = json(http, "/api/providers?q=SUNF");
            assertEquals(1, sun.get("total").asInt());
            assertEquals("Sunfield College", sun.get("items").get(0).get("provider").asText());
            assertEquals(0, json(http, "/api/providers?q=" + enc("100%")).get("total").asInt(), "LIKE wildcards are text");
        });
    }

    @Test
    void aSkillHasItsEvidenceSentencesWithVacancyIdsAndAnOccupationItsVacancies() {
        RunFixture f = RunFixture.publish(esco.graph());
        serve(f.jdbcUrl, http -> {
            String skill = EscoContext.idOf(f.w.get(0));
            JsonNode evidence = json(http, "/api/skills/" + skill + "/evidence");
            assertEquals(1, evidence.get("total").asInt());
            JsonNode e = evidence.get("items").get(0);
            assertEquals("skillscope:1", e.get("vacancyId").asText());
            assertEquals("You write clean code.", e.get("sentence").asText());
            assertTrue(e.get("stated").asBoolean());
            assertEquals(1, json(http, "/api/skills/" + skill).get("evidenceVacancies").asInt());
            // a skill no vacancy states has no evidence
            assertEquals(0, json(http, "/api/skills/" + EscoContext.idOf(RunFixture.INSTALL_PV) + "/evidence").get("total").asInt());
            String occupation = EscoContext.idOf(RunFixture.WEB_DEVELOPER);
            JsonNode vacancies = json(http, "/api/occupations/" + occupation + "/vacancies");
            assertEquals(List.of("skillscope:1"), texts(vacancies.get("items"), "vacancyId"));
            JsonNode credentials = json(http, "/api/occupations/" + occupation + "/credentials");
            assertEquals(List.of("cred-web", "cred-db"), texts(credentials.get("items"), "credentialId"));
            JsonNode detail = json(http, "/api/occupations/" + occupation);
            assertEquals(2, detail.get("credentialsTotal").asInt());
            assertEquals(1, detail.get("vacancies").asInt());
            assertEquals(404, http.get("/api/skills/no-such-skill/evidence").status());
            assertEquals(404, http.get("/api/occupations/no-such-occupation/vacancies?format=csv").status());
        });
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void dataQualityCountsMissingElementsByProviderLanguagesAndRejects() {
        RunFixture f = RunFixture.publish(esco.graph());
        serve(f.jdbcUrl, http -> {
            JsonNode q = json(http, "/api/quality");
            assertEquals(4, q.get("credentials").asInt());
            assertEquals(4, q.get("incomplete").asInt());
            JsonNode vacancyLanguages = q.get("vacancyLanguages");
            assertEquals("en", vacancyLanguages.get(0).get("language").asText());
            assertEquals(1, vacancyLanguages.get(0).get("mapped").asInt());
            assertEquals("vacancies.csv", q.get("quarantineByFile").get(0).get("file").asText());
            JsonNode providers = json(http, "/api/quality/providers");
            JsonNode nordhavn = null;
            for (JsonNode p : providers.get("items")) if (p.get("provider").asText().equals("Nordhavn Digital Academy")) nordhavn = p;
            assertEquals(2, nordhavn.get("credentials").asInt());
            assertEquals(2, nordhavn.get("incomplete").asInt());
            assertEquals("learner: 2 | quality assurance: 1", nordhavn.get("missing").asText());
        });
    }

    @Test
    void aCredentialListsTheSixteenStandardElementsAndSaysWhereSomeCannotBeRead() {
        RunFixture f = RunFixture.publish(esco.graph());
        serve(f.jdbcUrl, http -> {
            JsonNode c = json(http, "/api/credentials/cred-web");
            JsonNode elements = c.get("standardElements");
            assertEquals(16, elements.size());
            assertEquals("title", elements.get(1).get("element").asText());
            assertEquals("Web Front-End Development", elements.get(1).get("value").asText());
            assertEquals("date of issuing", elements.get(4).get("element").asText());
            assertNull(elements.get(4).get("value").textValue(), "the fixture's input file is not on disk");
            assertFalse(elements.get(15).get("mandatory").asBoolean());
            assertTrue(c.get("standardElementsNote").asText().contains("catalogue.csv"), c.get("standardElementsNote").asText());
        });
    }
}
