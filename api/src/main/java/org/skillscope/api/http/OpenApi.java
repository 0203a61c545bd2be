package org.skillscope.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document, built from the route table; answers' schemas come from their records ({@link Schemas}). */
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
        ObjectNode schemas = mapper.createObjectNode();
        Schemas answers = new Schemas(mapper.getTypeFactory(), schemas);
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
            ObjectNode ok = responses.putObject("200").put("description", "OK").putObject("content").putObject("application/json");
            List<ObjectNode> alternatives = r.responses().stream().map(t -> JsonNode.class.isAssignableFrom(t.getRawClass())
                    ? mapper.createObjectNode().put("$ref", "#/components/schemas/CredentialDocument") : answers.of(t)).toList();
            if (alternatives.size() == 1) ok.set("schema", alternatives.get(0));
            else ok.putObject("schema").putArray("oneOf").addAll(alternatives);
            for (String code : List.of("400", "404", "503")) {
                responses.putObject(code).put("description", switch (code) { case "400" -> "bad input"; case "404" -> "unknown id"; default -> "no published run"; })
                        .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
            }
        }
        ObjectNode components = doc.putObject("components").putObject("schemas");
        components.setAll(schemas);
        // the exporter's documents follow their own standards (ELM, Open Badges 3.0): their keys are theirs, not this API's
        ObjectNode document = components.putObject("CredentialDocument").put("type", "object")
                .put("description", "a European Learning Model JSON-LD document (format=elm) or an Open Badges 3.0 credential or achievement "
                        + "(format=ob3), with the credential's ESCO skills");
        ObjectNode documentProps = document.putObject("properties");
        documentProps.putObject("@context");
        documentProps.putObject("id").put("type", "string");
        documentProps.putObject("type");
        document.putArray("required").add("@context").add("type");
        document.put("additionalProperties", true);
        ObjectNode problem = components.putObject("Problem");
        problem.put("type", "object");
        ObjectNode props = problem.putObject("properties");
        for (String f : List.of("type", "title", "detail", "instance")) props.putObject(f).put("type", "string");
        props.putObject("status").put("type", "integer");
        return doc;
    }
}
