package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A credential posted to {@code /api/credentials/score} scores as the job published the same credential: the same
 * skills, declared and asserted, and the same relevance. The encoder runs one text per pass (the quantized model
 * scales a batch as a whole), so a unit's vector does not depend on the units the job's partition batches it with.
 */
final class ScoreAgreement {
    private ScoreAgreement() {}

    static void assertSame(JsonNode published, JsonNode posted, String what) {
        Set<String> pub = new TreeSet<>(), post = new TreeSet<>(), pubDeclared = new TreeSet<>(), postDeclared = new TreeSet<>();
        published.get("skills").forEach(s -> {
            pub.add(s.get("skillUri").asText());
            if (s.get("declared").asBoolean()) pubDeclared.add(s.get("skillUri").asText());
        });
        posted.get("skills").forEach(s -> {
            post.add(s.get("uri").asText());
            if (s.get("evidence").get("declared").asBoolean()) postDeclared.add(s.get("uri").asText());
        });
        assertEquals(pubDeclared, postDeclared, what + ": declared skills");
        String figures = what + ": published " + pub + " relevance " + published.get("relevance").asDouble() + ", posted " + post
                + " relevance " + posted.get("relevance").asDouble();
        assertEquals(pub, post, figures);
        assertEquals(published.get("relevance").asDouble(), posted.get("relevance").asDouble(), 1e-9, figures);
    }
}
