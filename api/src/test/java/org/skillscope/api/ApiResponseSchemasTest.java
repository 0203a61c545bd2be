package org.skillscope.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.api.service.EscoContext;

/**
 * The OpenAPI document's 200 schemas, generated from the answer records, against real answers: every route
 * has a schema that says what its answer holds (not a bare object), and an answer of every route (over the
 * fixture run, whose growth figures fill the nested growth objects) has only keys its schema declares, each
 * of the declared type, none of the required ones missing.
 */
class ApiResponseSchemasTest {
    private static RunFixture.Served served;
    private static JsonNode doc;

    @BeforeAll
    static void serve() {
        served = RunFixture.serve();
        doc = served.http.get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    void everyRouteDescribesItsAnswerWithDeclaredProperties() {
        int routes = 0;
        for (Map.Entry<String, JsonNode> path : iterable(doc.get("paths").fields())) {
            for (Map.Entry<String, JsonNode> op : iterable(path.getValue().fields())) {
                JsonNode schema = op.getValue().at("/responses/200/content/application~1json/schema");
                String where = op.getKey() + " " + path.getKey();
                assertFalse(schema.isMissingNode(), where + ": no 200 schema");
                routes++;
                for (JsonNode alternative : schema.has("oneOf") ? schema.get("oneOf") : List.of(schema)) {
                    JsonNode s = resolve(alternative);
                    assertEquals("object", s.path("type").asText(), where + ": " + s);
                    assertTrue(s.path("properties").size() > 0, where + ": a bare object schema " + s);
                }
            }
        }
        assertTrue(routes >= 28, "routes in the document: " + routes);
    }

    @Test
    void everyAnswerHasOnlyTheKeysAndTypesItsSchemaDeclares() {
        String skill = EscoContext.idOf(served.run.w.get(0));
        String occupation = EscoContext.idOf(RunFixture.WEB_DEVELOPER);
        JsonNode credentials = ok("GET", "/api/credentials", null);
        String credential = enc(credentials.at("/items/0/credentialId").asText());
        String provider = enc(ok("GET", "/api/providers", null).at("/items/0/provider").asText());
        JsonNode country = null;
        for (JsonNode s : ok("GET", "/api/scopes", null).get("scopes")) if (s.get("scopeType").asText().equals("country")) country = s;
        assertTrue(country != null, "the fixture has a country scope");
        String scope = "scopeType=country&scope=" + enc(country.get("scope").asText());
        String posted = "{\"id\":\"my-course\",\"title\":\"Solar panel installation\",\"awarding_body\":\"My Academy\","
                + "\"learning_outcomes\":[\"install photovoltaic systems\",\"build websites with HTML\"],\"workload_ects\":5,\"eqf_level\":4}";
        // method, path (the document's template), the request: at least one for every route of the document
        List<String[]> requests = List.of(
                new String[] {"GET", "/health", "/health"},
                new String[] {"GET", "/api/runs", "/api/runs"},
                new String[] {"GET", "/api/runs/latest", "/api/runs/latest"},
                new String[] {"GET", "/api/runs/{runId}", "/api/runs/run-1"},
                new String[] {"GET", "/api/skills", "/api/skills"},
                new String[] {"GET", "/api/skills", "/api/skills?q=web"},
                new String[] {"GET", "/api/skills/{id}", "/api/skills/" + skill},
                new String[] {"GET", "/api/skills/{id}/credentials", "/api/skills/" + skill + "/credentials"},
                new String[] {"GET", "/api/skills/{id}/evidence", "/api/skills/" + skill + "/evidence"},
                new String[] {"GET", "/api/occupations", "/api/occupations?q=developer"},
                new String[] {"GET", "/api/occupations/{id}", "/api/occupations/" + occupation},
                new String[] {"GET", "/api/occupations/{id}/vacancies", "/api/occupations/" + occupation + "/vacancies"},
                new String[] {"GET", "/api/occupations/{id}/credentials", "/api/occupations/" + occupation + "/credentials"},
                new String[] {"GET", "/api/credentials", "/api/credentials"},
                new String[] {"GET", "/api/credentials/{id}", "/api/credentials/" + credential},
                // the fixture run keeps no input files to write back from: the same exporter's documents, posted
                new String[] {"GET", "/api/credentials/{id}/export", "POST /api/credentials/score?export=elm", posted},
                new String[] {"GET", "/api/credentials/{id}/export", "POST /api/credentials/score?export=ob3", posted},
                new String[] {"POST", "/api/credentials/score", "/api/credentials/score", posted},
                new String[] {"POST", "/api/credentials/score", "/api/credentials/score?export=elm", posted},
                new String[] {"POST", "/api/map", "/api/map", "{\"text\":\"We need a developer who writes JavaScript and builds websites.\"}"},
                new String[] {"POST", "/api/map", "/api/map", "{\"text\":\"Wir suchen einen Entwickler mit JavaScript.\",\"language\":\"de\",\"title\":\"Webentwickler\"}"},
                new String[] {"POST", "/api/upskilling", "/api/upskilling", "{\"skillsText\":\"I build web pages with HTML\",\"targetOccupation\":\"" + occupation + "\"}"},
                new String[] {"POST", "/api/upskilling", "/api/upskilling", "{\"skillsText\":\"I build web pages with HTML\"}"},
                new String[] {"GET", "/api/scopes", "/api/scopes"},
                new String[] {"GET", "/api/gaps", "/api/gaps"},
                new String[] {"GET", "/api/gaps/bundles", "/api/gaps/bundles"},
                new String[] {"GET", "/api/supply-demand", "/api/supply-demand?" + scope},
                new String[] {"GET", "/api/transition", "/api/transition"},
                new String[] {"GET", "/api/quarantine", "/api/quarantine"},
                new String[] {"GET", "/api/quality", "/api/quality"},
                new String[] {"GET", "/api/quality/providers", "/api/quality/providers"},
                new String[] {"GET", "/api/providers", "/api/providers"},
                new String[] {"GET", "/api/providers/recommendations", "/api/providers/recommendations"},
                new String[] {"GET", "/api/providers/recommendations", "/api/providers/recommendations?provider=" + provider});
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : iterable(doc.get("paths").fields())) {
            for (String method : iterable(path.getValue().fieldNames())) documented.add(method.toUpperCase() + " " + path.getKey());
        }
        Set<String> asked = new TreeSet<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String[] r : requests) {
            asked.add(r[0] + " " + r[1]);
            String[] request = r[2].startsWith("POST ") ? r[2].split(" ", 2) : new String[] {r[0], r[2]};
            JsonNode answer = ok(request[0], request[1], r.length > 3 ? r[3] : null);
            JsonNode schema = doc.get("paths").get(r[1]).get(r[0].toLowerCase()).at("/responses/200/content/application~1json/schema");
            List<String> found = new ArrayList<>();
            check(schema, answer, "$", found);
            if (csv(r[1], r[0]) && request[0].equals("GET")) found.addAll(csvColumns(schema, request[1]));
            if (!found.isEmpty()) problems.put(r[0] + " " + r[2], found);
        }
        assertEquals(documented, asked, "every documented route is asked once at least");
        assertTrue(problems.isEmpty(), "answers that do not fit their schema: " + problems);
    }

    /** Whether the route is a list that also answers format=csv. */
    private static boolean csv(String path, String method) {
        for (JsonNode p : doc.get("paths").get(path).get(method.toLowerCase()).get("parameters")) if (p.get("name").asText().equals("format")) return true;
        return false;
    }

    /** The CSV header's columns ("growth.rate" for a nested field) that the schema of the list's items does not declare. */
    private static List<String> csvColumns(JsonNode pageSchema, String path) {
        Http.Answer a = served.http.get(path + (path.contains("?") ? "&" : "?") + "format=csv");
        assertEquals(200, a.status(), path + " as CSV: " + a.body());
        List<String> undeclared = new ArrayList<>();
        for (String column : a.body().lines().findFirst().orElseThrow().split(",")) {
            JsonNode s = resolve(pageSchema).at("/properties/items/items");
            for (String key : column.split("\\.")) {
                s = resolve(s);
                if (s.has("oneOf")) s = resolve(s.get("oneOf").get(0));
                s = s.path("properties").path(key);
            }
            if (s.isMissingNode()) undeclared.add(path + " CSV column " + column + ": not declared by the items' schema");
        }
        return undeclared;
    }

    /** The check itself fails on a key the schema does not declare, a wrong type and a missing required key. */
    @Test
    void theCheckCatchesUndeclaredKeysWrongTypesAndMissingKeys() {
        JsonNode schema = doc.at("/paths/~1api~1gaps/get/responses/200/content/application~1json/schema");
        JsonNode page = ok("GET", "/api/gaps", null);
        List<String> none = new ArrayList<>();
        check(schema, page, "$", none);
        assertEquals(List.of(), none);
        assertTrue(page.get("items").size() > 0, "the fixture has gaps");

        ObjectNode extra = page.deepCopy();
        ((ObjectNode) extra.get("items").get(0)).put("undeclared", 1);
        List<String> found = new ArrayList<>();
        check(schema, extra, "$", found);
        assertTrue(found.toString().contains("$.items[0].undeclared"), found.toString());

        ObjectNode wrong = page.deepCopy();
        ((ObjectNode) wrong.get("items").get(0)).put("vacancies", "many");
        ((ObjectNode) wrong.get("items").get(0)).remove("label");
        found.clear();
        check(schema, wrong, "$", found);
        assertTrue(found.toString().contains("$.items[0].vacancies"), found.toString());
        assertTrue(found.toString().contains("$.items[0].label"), found.toString());
    }

    private static JsonNode ok(String method, String path, String body) {
        Http.Answer a = method.equals("GET") ? served.http.get(path) : served.http.post(path, body);
        assertEquals(200, a.status(), method + " " + path + ": " + a.body());
        return a.json();
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) s = doc.at(s.get("$ref").asText().substring(1));
        return s;
    }

    /** JSON Schema's type, properties, required, additionalProperties, items and oneOf: what the generated schemas use. */
    private static void check(JsonNode schema, JsonNode value, String where, List<String> problems) {
        JsonNode s = resolve(schema);
        if (s.has("oneOf")) {
            List<String> best = null;
            for (JsonNode alternative : s.get("oneOf")) {
                List<String> p = new ArrayList<>();
                check(alternative, value, where, p);
                if (best == null || p.size() < best.size()) best = p;
            }
            problems.addAll(best);
            return;
        }
        if (s.has("type")) {
            List<String> types = new ArrayList<>();
            if (s.get("type").isArray()) s.get("type").forEach(t -> types.add(t.asText()));
            else types.add(s.get("type").asText());
            // JSON Schema's integers are numbers too
            if (!types.contains(type(value)) && !(types.contains("number") && type(value).equals("integer"))) {
                problems.add(where + ": " + type(value) + ", the schema says " + types);
                return;
            }
        }
        if (value.isObject()) {
            JsonNode props = s.path("properties");
            for (String key : iterable(value.fieldNames())) {
                if (props.has(key)) check(props.get(key), value.get(key), where + "." + key, problems);
                else if (!s.path("additionalProperties").asBoolean(true)) problems.add(where + "." + key + ": not declared");
                else if (s.path("additionalProperties").isObject()) check(s.get("additionalProperties"), value.get(key), where + "." + key, problems);
            }
            for (JsonNode required : s.path("required")) {
                if (!value.has(required.asText())) problems.add(where + "." + required.asText() + ": required, missing");
            }
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) check(s.get("items"), value.get(i), where + "[" + i + "]", problems);
        }
    }

    private static String type(JsonNode v) {
        if (v.isNull()) return "null";
        if (v.isIntegralNumber()) return "integer";
        if (v.isNumber()) return "number";
        if (v.isTextual()) return "string";
        if (v.isBoolean()) return "boolean";
        return v.isArray() ? "array" : "object";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }
}
