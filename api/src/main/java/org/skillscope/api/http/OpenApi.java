package org.skillscope.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document, built from the route table. */
public final class OpenApi {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    private OpenApi() {}

    public static ObjectNode document(List<Route> routes, ObjectMapper mapper, String version) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "SkillScope API");
        info.put("version", version);
        info.put("description", "Skills intelligence for micro-credentials over the latest published run (or ?run=ID). "
                + "Errors are RFC 9457 problem details (application/problem+json): 400 bad input (malformed JSON, bad "
                + "parameters, page sizes over the limit, and bodies over the size limit with type body-too-large), "
                + "404 unknown id, 503 no published run.");
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode item = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = item.putObject(r.method().name().toLowerCase(Locale.ROOT));
            op.put("summary", r.summary());
            op.putArray("tags").add(r.tag());
            op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
            ArrayNode params = op.putArray("parameters");
            Matcher m = PATH_PARAM.matcher(r.path());
            while (m.find()) {
                ObjectNode p = params.addObject();
                p.put("name", m.group(1));
                p.put("in", "path");
                p.put("required", true);
                p.putObject("schema").put("type", "string");
            }
            for (String q : r.query()) {
                String[] parts = q.split(":", 3);
                ObjectNode p = params.addObject();
                p.put("name", parts[0]);
                p.put("in", "query");
                p.put("required", false);
                p.put("description", parts[2]);
                p.putObject("schema").put("type", switch (parts[1]) { case "int" -> "integer"; case "boolean" -> "boolean"; default -> "string"; });
            }
            if (r.bodyExample() != null) {
                ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json");
                content.putObject("schema").put("type", "object");
                try {
                    content.set("example", mapper.readTree(r.bodyExample()));
                } catch (Exception e) {
                    throw new IllegalStateException("bad example for " + r.path(), e);
                }
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            for (String code : List.of("400", "404", "503")) {
                responses.putObject(code).put("description", switch (code) { case "400" -> "bad input"; case "404" -> "unknown id"; default -> "no published run"; })
                        .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
            }
        }
        ObjectNode problem = doc.putObject("components").putObject("schemas").putObject("Problem");
        problem.put("type", "object");
        ObjectNode props = problem.putObject("properties");
        for (String f : List.of("type", "title", "detail", "instance")) props.putObject(f).put("type", "string");
        props.putObject("status").put("type", "integer");
        return doc;
    }
}
