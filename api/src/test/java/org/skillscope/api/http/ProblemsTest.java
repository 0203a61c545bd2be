package org.skillscope.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the one exception mapping answers what Javalin itself refuses, not only what our code throws. */
class ProblemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 2048;

    /** An app with the server's limit and mapping, and a route that reads its body the Javalin way (ctx.body()). */
    private static Javalin app() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = LIMIT;
        });
        app.addHttpHandler(HandlerType.POST, "/echo", ctx -> ctx.result(String.valueOf(ctx.body().length())));
        Problems.register(app, LIMIT);
        return app;
    }

    @Test
    void aBodyJavalinRefusesForMaxRequestSizeIsA400BodyTooLargeProblem() {
        JavalinTest.test(app(), (server, client) -> {
            try (var ok = client.post("/echo", "x".repeat(LIMIT))) {
                assertEquals(200, ok.code());
                assertEquals(String.valueOf(LIMIT), ok.body().string());
            }
            try (var r = client.post("/echo", "x".repeat(LIMIT + 1))) {
                assertEquals(400, r.code());
                assertTrue(r.header("Content-Type").startsWith(Problems.CONTENT_TYPE), r.header("Content-Type"));
                JsonNode p = JSON.readTree(r.body().string());
                assertEquals("/docs#problem-body-too-large", p.get("type").asText());
                assertEquals("Request body too large", p.get("title").asText());
                assertEquals(400, p.get("status").asInt());
                assertEquals("the request body is 2049 bytes, over the limit of 2048 bytes; send a smaller body", p.get("detail").asText());
                assertEquals("/echo", p.get("instance").asText());
            }
        });
    }

    @Test
    void otherHttpErrorsKeepTheirStatusAsProblems() {
        JavalinTest.test(app(), (server, client) -> {
            try (var r = client.get("/nowhere")) {
                assertEquals(404, r.code());
                assertEquals("/docs#problem-not-found", JSON.readTree(r.body().string()).get("type").asText());
            }
        });
    }
}
