package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How close a credential posted to {@code /api/credentials/score} comes to the same credential as the
 * job published it. Not equal, and a range on purpose: the quantised embedding model's vectors (and
 * so the confidences near the assertion threshold) depend on which texts share its batch, and the
 * job batches a credential's units with whatever units its partition holds. Declared ESCO skills do
 * not go through the model and must agree exactly.
 */
final class ScoreAgreement {
    private ScoreAgreement() {}

    static void assertClose(JsonNode published, JsonNode posted, String what) {
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
        Set<String> both = new HashSet<>(pub);
        both.retainAll(post);
        Set<String> either = new HashSet<>(pub);
        either.addAll(post);
        double jaccard = either.isEmpty() ? 1 : (double) both.size() / either.size();
        String figures = what + ": published " + pub + " relevance " + published.get("relevance").asDouble() + ", posted " + post
                + " relevance " + posted.get("relevance").asDouble();
        assertTrue(jaccard >= 0.6, "skills overlap " + jaccard + ": " + figures);
        double p = published.get("relevance").asDouble();
        assertTrue(Math.abs(posted.get("relevance").asDouble() - p) <= 0.3 * Math.max(p, 5.0), figures);
    }
}
