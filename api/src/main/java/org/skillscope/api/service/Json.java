package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses the JSON the job stored in text columns (counts, timings, bundles) so it is served as JSON, not a string. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode parse(Object text) {
        if (text == null) return null;
        try {
            return MAPPER.readTree(text.toString());
        } catch (Exception e) {
            return MAPPER.getNodeFactory().textNode(text.toString());
        }
    }
}
