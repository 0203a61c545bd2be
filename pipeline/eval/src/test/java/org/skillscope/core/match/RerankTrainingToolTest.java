package org.skillscope.core.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The training tool (beside the gold readers it needs, in pipeline/eval) and the weights it wrote into core. */
class RerankTrainingToolTest {
    @Test
    void theBundledWeightsLoadAndNameKnownFeatures() {
        LinearReranker r = LinearReranker.bundled();
        assertEquals(RerankTrainingTool.FEATURES, r.features());
        assertEquals(r.features().size(), r.weights().length);
    }

    @Test
    void theDevSplitTakesEveryOtherQuery() {
        assertEquals(List.of(0, 2, 4), RerankTrainingTool.half(List.of(0, 1, 2, 3, 4), 0));
        assertEquals(List.of(1, 3), RerankTrainingTool.half(List.of(0, 1, 2, 3, 4), 1));
    }
}
