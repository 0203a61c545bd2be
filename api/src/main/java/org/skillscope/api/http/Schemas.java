package org.skillscope.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * JSON Schemas (OpenAPI 3.1) of the answers, read from the answer records by reflection over their components,
 * in the order Jackson writes them. A record becomes a named schema under {@code components/schemas} with every
 * component declared and nothing else allowed; a component that may be null says so; one marked
 * {@code @JsonInclude(NON_NULL)} may be absent; one marked {@code @JsonUnwrapped} lends its own components.
 * A {@link JsonNode} component is JSON the job stored (counts, a document): any value.
 */
final class Schemas {
    private final TypeFactory types;
    private final ObjectNode components;

    Schemas(TypeFactory types, ObjectNode components) {
        this.types = types;
        this.components = components;
    }

    /** The schema of {@code type}, adding the records it uses to the components. */
    ObjectNode of(JavaType type) {
        return of(type, false);
    }

    private ObjectNode of(JavaType t, boolean nullable) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        Class<?> raw = t.getRawClass();
        if (JsonNode.class.isAssignableFrom(raw)) return s.put("description", "any JSON, as the run stored it");
        if (raw == String.class) return type(s, "string", nullable);
        if (raw == boolean.class || raw == Boolean.class) return type(s, "boolean", nullable);
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) return type(s, "integer", nullable);
        if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class) return type(s, "number", nullable);
        if (Collection.class.isAssignableFrom(raw)) {
            type(s, "array", false).set("items", of(t.getContentType(), false)); // lists hold no nulls
            return s;
        }
        if (Map.class.isAssignableFrom(raw)) {
            type(s, "object", false).set("additionalProperties", of(t.getContentType(), false));
            return s;
        }
        if (raw.isRecord()) {
            ObjectNode body = record(t);
            if (t.getBindings().isEmpty()) {
                // named once, referred to everywhere
                String name = name(raw);
                if (!components.has(name)) components.set(name, body);
                ObjectNode ref = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + name);
                if (!nullable) return ref;
                s.putArray("oneOf").add(ref).addObject().put("type", "null");
                return s;
            }
            return body; // a generic record (a page of items) is written out where it is used
        }
        throw new IllegalStateException("no JSON schema for " + t + ": answers are records, lists, maps, strings, numbers or booleans");
    }

    private ObjectNode record(JavaType t) {
        ObjectNode s = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = s.putArray("required");
        properties(t, props, required);
        s.put("additionalProperties", false);
        return s;
    }

    private void properties(JavaType t, ObjectNode props, ArrayNode required) {
        for (RecordComponent c : t.getRawClass().getRecordComponents()) {
            JavaType ct = types.resolveMemberType(c.getGenericType(), t.getBindings());
            if (c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                properties(ct, props, required);
                continue;
            }
            JsonInclude inc = c.getAccessor().getAnnotation(JsonInclude.class);
            boolean optional = inc != null && inc.value() == JsonInclude.Include.NON_NULL;
            // primitives are never null; lists are always given; an optional component is left out rather than null
            boolean nullable = !c.getType().isPrimitive() && !Collection.class.isAssignableFrom(c.getType()) && !optional;
            props.set(c.getName(), of(ct, nullable));
            if (!optional) required.add(c.getName());
        }
    }

    private static ObjectNode type(ObjectNode s, String type, boolean nullable) {
        if (nullable) s.putArray("type").add(type).add("null");
        else s.put("type", type);
        return s;
    }

    /** SkillService.Item for a record nested in SkillService. */
    static String name(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + "." + c.getSimpleName();
    }
}
