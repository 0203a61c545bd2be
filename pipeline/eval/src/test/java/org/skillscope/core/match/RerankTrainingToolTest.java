package org.skillscope.core.match;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The training tool (beside the gold readers it needs, in pipeline/eval) and the trees it wrote into core. */
class RerankTrainingToolTest {
    @Test
    void theBundledTreesLoadAndNameTheSignalsTheToolTrainsOn() {
        TreeReranker r = TreeReranker.bundled();
        List<String> trained = RerankTrainingTool.GROUPS.values().stream().flatMap(List::stream).toList();
        assertEquals(trained, r.features());
        assertEquals(RerankTrainingTool.TRAIN_CANDIDATES, r.rowsRead());
    }

    /** RP@k of a query ranked by one weighted feature: the weight's sign decides which candidate comes first. */
    @Test
    void rPrecisionFollowsTheFoldModel() {
        int n = RerankFeatures.COUNT;
        int lab = List.of(RerankFeatures.names()).indexOf("lab");
        float[] a = new float[n], b = new float[n];
        a[lab] = 0.9f;
        b[lab] = 0.1f;
        RerankTrainingTool.Q q = new RerankTrainingTool.Q(new float[][] {a, b}, new int[] {7, 8}, Set.of(8), 0);
        assertEquals(0.0, RerankTrainingTool.rp(List.of(q), List.of("lab"), new double[][] {{1}}, 1));
        assertEquals(1.0, RerankTrainingTool.rp(List.of(q), List.of("lab"), new double[][] {{-1}}, 1));
        assertEquals(1.0, RerankTrainingTool.rp(List.of(q), List.of("lab"), new double[][] {{1}}, 2));
    }
}
