package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The API's one JSON mapper setup: answers, request bodies, problem details and the JSON the job stored in
 * text columns all go through {@link #MAPPER}. Answers are records, serialised in component order.
 */
public final class Json {
    /** Plain Jackson: records in component order, nulls written, doubles as Java prints them. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** Parses the JSON the job stored in a text column (counts, timings, bundles) so it is served as JSON, not a string. */
    static JsonNode parse(Object text) {
        if (text == null) return null;
        try {
            return MAPPER.readTree(text.toString());
        } catch (Exception e) {
            return MAPPER.getNodeFactory().textNode(text.toString());
        }
    }

    /** A row read with {@link Database} (keys in camelCase) as its record; a key the record lacks is a bug, so it fails. */
    public static <T> T row(Map<String, Object> row, Class<T> type) {
        return MAPPER.convertValue(row, type);
    }
}
