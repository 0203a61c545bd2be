package org.skillscope.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import org.skillscope.api.service.ApiException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStream;

/** Request bodies: read with a size cap (whatever Content-Length claims) and parsed as JSON. */
final class Bodies {
    private final ObjectMapper mapper;
    /** Strict about what follows the value: {@code {"text":"a"} junk} is malformed, not {@code {"text":"a"}}. */
    private final ObjectReader reader;
    private final int maxBytes;

    Bodies(ObjectMapper mapper, int maxBytes) {
        this.mapper = mapper;
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxBytes = maxBytes;
    }

    byte[] read(Context ctx) {
        requireJson(ctx.contentType());
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw ApiException.tooLarge(declared, maxBytes);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) throw ApiException.tooLarge(0, maxBytes); // chunked: size unknown
            if (bytes.length == 0) throw ApiException.badRequest("the request needs a JSON body");
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    /**
     * Only a JSON body: {@code text/plain} and form types are what any web page may post cross-site
     * without a CORS preflight, so refusing them keeps other sites from driving this server.
     */
    static void requireJson(String contentType) {
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        boolean json = mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
        if (!json) {
            throw ApiException.unsupportedMediaType("the body must be sent as Content-Type: application/json"
                    + (mime.isEmpty() ? " (none was given)" : ", not " + Params.clip(mime)));
        }
    }

    JsonNode json(Context ctx) {
        return parse(read(ctx));
    }

    /** A body's bytes as a JSON tree; malformed JSON is a 400 saying where. */
    JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = reader.readTree(bytes);
            if (node == null || node.isMissingNode()) throw ApiException.badRequest("the request needs a JSON body");
            return node;
        } catch (JsonProcessingException e) {
            // some errors (nesting too deep, a limit of the parser) carry no location
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("malformed JSON" + where + ": " + withoutJavaNames(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    /** A JSON object bound to a request record; unknown or mistyped fields are a 400. */
    <T> T as(Context ctx, Class<T> type) {
        return bind(json(ctx), type);
    }

    <T> T bind(JsonNode node, Class<T> type) {
        if (!node.isObject()) throw ApiException.badRequest("the body must be a JSON object");
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid body: " + describe(e));
        }
    }

    /**
     * What is wrong with a body that parsed but does not bind, in the client's terms: the field and
     * what it should be. Jackson's own message names the request record's Java class.
     */
    static String describe(JsonProcessingException e) {
        String field = "";
        if (e instanceof JsonMappingException m) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
            }
            field = path.toString();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            java.util.Collections.sort(known);
            return "unknown field '" + Params.clip(u.getPropertyName()) + "'" + (known.isEmpty() ? "" : "; the fields are " + String.join(", ", known));
        }
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            return "field '" + field + "' must be " + kind(mi.getTargetType());
        }
        return (field.isEmpty() ? "" : "field '" + field + "': ") + withoutJavaNames(e.getOriginalMessage());
    }

    private static String kind(Class<?> type) {
        if (type == String.class) return "a string";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "an array";
        return "an object";
    }

    /** Java type names ({@code `org.x.Y$Z`}, {@code java.lang.String}) out of a parser message. */
    static String withoutJavaNames(String message) {
        if (message == null) return "";
        return message.replaceAll("`?\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)`?", "value")
                .replaceAll("\\b[A-Z]\\w*\\$[\\w$]+", "value");
    }
}
