package org.skillscope.datasets.credential.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Tolerant accessors over a Jackson tree: JSON-LD gives one object or an array of them, a string or a language map. */
public final class Json {
    private Json() {}

    /** The node itself, or its first element when it is an array; MissingNode for null. */
    public static JsonNode first(JsonNode n) {
        if (n == null || n.isNull()) return MissingNode.getInstance();
        if (n.isArray()) return n.isEmpty() ? MissingNode.getInstance() : n.get(0);
        return n;
    }

    /** Follows {@code keys}, taking the first element of any array on the way. */
    public static JsonNode path(JsonNode n, String... keys) {
        JsonNode cur = first(n);
        for (String k : keys) cur = first(cur.path(k));
        return cur;
    }

    /** The node as a list: its elements for an array, itself for a single value, empty for missing. */
    public static List<JsonNode> all(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isMissingNode() || n.isNull()) return out;
        if (n.isArray()) n.forEach(out::add);
        else out.add(n);
        return out;
    }

    /** A plain string value, or null. */
    public static String text(JsonNode n) {
        JsonNode f = first(n);
        return f.isValueNode() ? Texts.blankToNull(f.asText()) : null;
    }

    /**
     * Text in English when there is a choice: a plain string, a language map {"en": "...", "fr": "..."},
     * or a JSON-LD value object {"@value": ..., "@language": ...}; null when none.
     */
    public static String lang(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        if (n.isValueNode()) return Texts.blankToNull(n.asText());
        if (n.isArray()) {
            String any = null;
            for (JsonNode e : n) {
                if ("en".equals(e.path("@language").asText(null))) return lang(e);
                if (any == null) any = lang(e);
            }
            return any;
        }
        if (n.has("@value")) return Texts.blankToNull(n.get("@value").asText());
        // a language map has language tags as keys; a typed object (Concept, Note) is not one
        if (n.has("type") || n.has("@type") || n.has("id") || n.has("@id")) return null;
        if (n.has("en")) return lang(n.get("en"));
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual() && e.getKey().length() <= 3) return Texts.blankToNull(e.getValue().asText());
        }
        return null;
    }

    /** The values of "type" / "@type" (string or array). */
    public static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (String key : new String[]{"type", "@type"}) {
            for (JsonNode t : all(n.path(key))) if (t.isTextual()) out.add(t.asText());
        }
        return out;
    }

    /** The string values of "@context" (string, array, or nested). */
    public static List<String> contexts(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : all(n.path("@context"))) if (c.isTextual()) out.add(c.asText());
        return out;
    }
}
