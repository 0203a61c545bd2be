package org.skillscope.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import org.skillscope.api.service.ApiException;

import java.io.IOException;
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

    JsonNode json(Context ctx) {
        try {
            JsonNode node = reader.readTree(read(ctx));
            if (node == null || node.isMissingNode()) throw ApiException.badRequest("the request needs a JSON body");
            return node;
        } catch (JsonProcessingException e) {
            // some errors (nesting too deep, a limit of the parser) carry no location
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    /** A JSON object bound to a request record; unknown or mistyped fields are a 400. */
    <T> T as(Context ctx, Class<T> type) {
        JsonNode node = json(ctx);
        if (!node.isObject()) throw ApiException.badRequest("the body must be a JSON object");
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid body: " + e.getOriginalMessage());
        }
    }
}
