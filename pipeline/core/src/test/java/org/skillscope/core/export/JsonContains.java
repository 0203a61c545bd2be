package org.skillscope.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Test assertion (core test-jar) shared by the credential export tests of core and of the CLI/API. */
public final class JsonContains {
    private JsonContains() {}

    /**
     * Every field of {@code expected} is in {@code actual} with its value: objects field by field, arrays item by
     * item (an export may append items, or turn a single value into an array that starts with it).
     */
    public static void assertContains(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual != null && actual.isObject(), path + ": object expected, got " + actual);
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode a = actual.get(f.getKey());
                assertNotNull(a, path + "." + f.getKey() + " is missing");
                if (!f.getValue().isArray() && a.isArray()) a = a.get(0);
                assertContains(f.getValue(), a, path + "." + f.getKey());
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray() && actual.size() >= expected.size(), path + ": array of at least " + expected.size() + " expected");
            for (int i = 0; i < expected.size(); i++) assertContains(expected.get(i), actual.get(i), path + "[" + i + "]");
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
