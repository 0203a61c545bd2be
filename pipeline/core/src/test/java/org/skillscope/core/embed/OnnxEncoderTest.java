package org.skillscope.core.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.core.index.VectorMath;
import org.skillscope.core.text.Chunker;

class OnnxEncoderTest {
    private static OnnxEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = OnnxEncoder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 2, 4);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    /**
     * The quantized model quantizes activations dynamically, with one scale per batch tensor, so
     * padding a text into a batch moves its vector slightly; alone it matches langchain4j exactly.
     */
    @Test
    void batchedVectorsAgreeWithLangchain4jOneByOne() {
        // different lengths in one batch exercise padding and the attention mask
        List<String> texts = List.of("Java", "Experience building REST services in Java and Spring Boot on AWS.",
                "provide nursing care", "teamwork", "We need a chef who can prepare meals for 200 guests.");
        float[][] ours = encoder.embed(texts);
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int i = 0; i < texts.size(); i++) {
            float[] ref = reference.embed(texts.get(i)).content().vector();
            float cos = VectorMath.dot(ours[i], 0, ref, 0, ref.length);
            assertTrue(cos > 0.98f, "cosine with langchain4j for '" + texts.get(i) + "' was " + cos);
            float alone = VectorMath.dot(encoder.embed(List.of(texts.get(i)))[0], 0, ref, 0, ref.length);
            assertTrue(alone > 0.9999f, "alone, cosine with langchain4j for '" + texts.get(i) + "' was " + alone);
            assertEquals(1.0, VectorMath.dot(ours[i], 0, ours[i], 0, ref.length), 1e-4);
        }
    }

    @Test
    void relatedTextsAreCloserThanUnrelatedOnes() {
        float[][] v = encoder.embed(List.of("Java programming", "software development in Java", "prepare meals"));
        assertTrue(VectorMath.dot(v[0], 0, v[1], 0, 384) > VectorMath.dot(v[0], 0, v[2], 0, 384));
    }

    @Test
    void aPhrasePooledFromItsSentenceIsCloserToItselfThanToTheOtherPhrase() {
        String s = "Experience with SQL databases and nursing care for the elderly";
        List<Chunker.Phrase> ps = new Chunker(8).phrases(s);
        assertEquals(List.of("Experience", "SQL databases", "nursing care for the elderly"), ps.stream().map(Chunker.Phrase::text).toList());
        float[][] late = encoder.embedWithPhrases(List.of(s), List.of(ps))[0];
        assertEquals(1 + ps.size(), late.length);
        // the whole-text vector is the plain embedding: the same single-text batch
        assertEquals(1.0, VectorMath.dot(late[0], 0, encoder.embed(List.of(s))[0], 0, 384), 1e-5);
        float[][] alone = encoder.embed(List.of("SQL databases", "nursing care for the elderly"));
        assertTrue(VectorMath.dot(late[2], 0, alone[0], 0, 384) > VectorMath.dot(late[2], 0, alone[1], 0, 384));
        assertTrue(VectorMath.dot(late[3], 0, alone[1], 0, 384) > VectorMath.dot(late[3], 0, alone[0], 0, 384));
    }
}
