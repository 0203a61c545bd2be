package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscope.core.index.Concept;

/** The re-ranker's features, scoring and trainer on cases small enough to compute by hand. */
class RerankTest {
    private static final List<String> NAMES = List.of(RerankFeatures.names());

    private static float f(float[] row, String name) {
        return row[NAMES.indexOf(name)];
    }

    @Test
    void featuresAreTheFusionSignalsRawScaledAndAsGapsToTheUnitsBest() {
        RerankFeatures.Signals s = new RerankFeatures.Signals((float) (Math.E - 1), 0.5f, 2f, 0.6f, -2f, 0.4f, 0.7f,
                0.3f, true, 0.9f, 0, Concept.LabelKind.PREFERRED, null, 2, -0.15f);
        float[] r = RerankFeatures.row(s, new RerankFeatures.UnitMax(0.8f, 0.5f, 4f), null);
        assertEquals(RerankFeatures.COUNT, r.length);
        assertEquals(0.5f, f(r, "lexNorm"), 1e-6);
        assertEquals(1f, f(r, "lexLog"), 1e-6);
        assertEquals(0.5f, f(r, "descNorm"), 1e-6);
        assertEquals(-0.2f, f(r, "labGap"), 1e-6);
        assertEquals(0.6f, f(r, "chunkLab"), 1e-6, "no phrase: the unit's own cosine");
        assertEquals(-0.1f, f(r, "docGap"), 1e-6);
        assertEquals(0.7f, f(r, "chunkDoc"), 1e-6, "a phrase closer than the unit counts");
        assertEquals(1f, f(r, "covered"));
        assertEquals(0f, f(r, "rankLog"));
        assertEquals(1f, f(r, "densePreferred"));
        assertEquals(0f, f(r, "lexPreferred"), "no lexical hit");
        assertEquals((float) Math.log(3), f(r, "labelTerms"), 1e-6);
        assertEquals(-0.15f, f(r, "centrality"), 1e-6);
        assertEquals(0f, f(r, "prior"), "no traits: zeros");
        float[] traits = {1, 0, 0, 0, 1, 0.25f, 0, 0.5f};
        float[] withTraits = RerankFeatures.row(s, new RerankFeatures.UnitMax(0.8f, 0.5f, 4f), traits);
        assertEquals(0.25f, f(withTraits, "prior"));
        assertEquals(1f, f(withTraits, "knowledge"));
    }

    private static ListwiseTrainer.Query q(float[] x, boolean... gold) {
        float[][] rows = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new float[] {x[i]};
        }
        return new ListwiseTrainer.Query(rows, gold);
    }

    @Test
    void oneStepOfTheTrainerMovesAlongTheSoftmaxGradient() {
        // x = (4, 0): mean 2, sd 2, z = (1, -1); at w = 0, p = (.5, .5), target (1, 0), gradient -1:
        // w_z = 0 + 0.1 * 1 = 0.1, which is 0.05 per raw unit
        double[] w = ListwiseTrainer.train(List.of(q(new float[] {4, 0}, true, false)), new boolean[] {true},
                new ListwiseTrainer.Params(1, 1, 0.1));
        assertEquals(0.05, w[0], 1e-9);
    }

    @Test
    void theSecondStepFeelsThePenaltyUnlessTheFeatureIsFree() {
        // at w_z = 0.1: p1 = 1/(1 + e^-0.2) = 0.549834, gradient = (p1 - 1) - (1 - p1) = -0.900332
        List<ListwiseTrainer.Query> qs = List.of(q(new float[] {1, -1}, true, false), q(new float[] {5, 6}, false, false));
        double free = ListwiseTrainer.train(qs.subList(0, 1), new boolean[] {false}, new ListwiseTrainer.Params(1, 2, 0.1))[0];
        assertEquals(0.1 + 0.1 * 0.900332, free, 1e-6);
        double penalised = ListwiseTrainer.train(qs, new boolean[] {true}, new ListwiseTrainer.Params(1, 2, 0.1))[0];
        assertEquals(0.1 + 0.1 * (0.900332 - 0.1), penalised, 1e-6, "l2 * w = 0.1 pulls back; a query with no gold is left out");
    }

    @Test
    void severalGoldCandidatesShareTheTarget() {
        // x = (1, 1, -2): sd = sqrt(2); p = 1/3 each, target (1/2, 1/2, 0):
        // gradient = 2 (1/3 - 1/2) / sqrt(2) + (1/3)(-2 / sqrt(2)) = -1 / sqrt(2); raw w = 0.1 / sqrt(2) / sqrt(2)
        double[] w = ListwiseTrainer.train(List.of(q(new float[] {1, 1, -2}, true, true, false)), new boolean[] {true},
                new ListwiseTrainer.Params(0, 1, 0.1));
        assertEquals(0.05, w[0], 1e-9);
    }
}
