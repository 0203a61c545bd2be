package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.skillscope.eval.bench.MapBenchResult;

/** The result lines keep the JSON text they had when written with String.format: fixed decimals, trailing zeros kept. */
class ResultJsonTest {
    @Test
    void evaluationLinesKeepTheirFixedDecimals() {
        assertEquals("{\"queries\":3,\"mrr\":0.5000,\"acc@1\":33.33,\"acc@5\":100.00}",
                new OccupationEvalResult(3, 0.5, 100.0 / 3, 100).toJson());
        assertEquals("{\"credentials\":2,\"outcomes\":7,\"declared\":3,\"inTop5\":2,\"share\":66.67}",
                new DeclaredSkillResult(2, 7, 3, 2, 5).toJson());
        assertEquals("{\"queries\":10,\"rp@5\":41.25,\"rp@10\":50.00,\"mrr\":0.6125,\"precision\":0.0000,\"recall\":1.0000,"
                        + "\"f1\":0.1235,\"noSkillSentences\":4,\"assertedOnNoSkill\":1}",
                new SkillEvalResult(10, 41.25, 50, 0.61249999, 0, 1, 0.12345, 4, 1).toJson());
        assertEquals("{\"sentences\":5,\"skillSentences\":3,\"otherSentences\":2,\"precision\":0.7500,\"recall\":1.0000,\"falsePositiveRate\":0.5000}",
                new SentenceEval.Result(5, 3, 2, 0.75, 1, 0.5).toJson());
    }

    @Test
    void benchLineWritesAnUnmeasuredBuildAsNull() {
        assertEquals("{\"sentences\":100,\"distinctSentences\":80,\"repeats\":3,\"lexicalPerSecond\":1234.6,\"hybridPerSecond\":99.0,"
                        + "\"hybridWarmPerSecond\":120.0,\"indexBuildSeconds\":null,\"indexLoadSeconds\":1.25,\"simd\":true}",
                new MapBenchResult(100, 80, 3, 1234.56, 99, 120, Double.NaN, 1.25, true).toJson());
        assertEquals("12.3", String.valueOf(new MapBenchResult(1, 1, 1, 1, 1, 1, 12.34, 1, false).toJson()
                .replaceAll(".*\"indexBuildSeconds\":([^,]*),.*", "$1")));
    }
}
