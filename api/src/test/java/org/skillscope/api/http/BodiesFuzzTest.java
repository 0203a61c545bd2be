package org.skillscope.api.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.json.JavalinJackson;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.MappingService;
import org.skillscope.api.service.UpskillingService;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fuzz test of the API's JSON bodies (#19): whatever is posted, parsing, binding to the request
 * records and turning a credential row into CSV either succeed or fail with a 400 whose detail names
 * no Java class; never another exception (a 500). `mvn test` replays the committed corpus;
 * `.ci/fuzz` fuzzes for a bounded time.
 */
class BodiesFuzzTest {
    private static final Bodies BODIES = new Bodies(JavalinJackson.defaultMapper(), 1 << 20);
    private static final Pattern JAVA = Pattern.compile("\\$|org\\.skillscope|java\\.|com\\.fasterxml|Controllers|MapRequest|UpskillingService");

    @FuzzTest(maxDuration = "30s")
    void jsonBodies(FuzzedDataProvider data) {
        int target = data.consumeInt(0, 2);
        byte[] body = data.consumeRemainingAsBytes();
        try {
            JsonNode node = BODIES.parse(body);
            switch (target) {
                case 0 -> BODIES.bind(node, Controllers.MapRequest.class);
                case 1 -> BODIES.bind(node, UpskillingService.Request.class);
                default -> {
                    if (node.isObject()) MappingService.csv(node);
                }
            }
        } catch (ApiException e) {
            assertEquals(400, e.status(), e.getMessage());
            // a detail may quote what was sent (a bad token): only names the body did not bring count
            if (!JAVA.matcher(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
                assertFalse(JAVA.matcher(e.getMessage()).find(), e.getMessage());
            }
        }
    }
}
