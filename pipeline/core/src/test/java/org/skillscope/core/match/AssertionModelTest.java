package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscope.core.CoreException;

class AssertionModelTest {
    private static AssertionModel model(float unitBias, float pairBias, float threshold) {
        float[] pair = new float[AssertionFeatures.COUNT];
        pair[0] = 2f;  // lexNorm
        return new AssertionModel(new float[] {1f, -1f}, unitBias, 0.5f, pair, pairBias, threshold, -0.2f, java.util.Map.of("candid", 0.8f),
                java.util.Map.of("http://esco/assess-candidates", -1.5f), 2f);
    }

    @Test
    void theProbabilityIsTheUnitsTimesThePairs() {
        AssertionModel m = model(0f, -1f, 0.3f);
        float[] f = new float[AssertionFeatures.COUNT];
        f[0] = 1f;                               // lexNorm: pair z = -1 + 2 = 1
        f[AssertionFeatures.UNIT_TERMS] = 2f;    // unitTermsLog: unit z = 0 + 0.5 * 2 + (1 * 0.3 - 1 * 0.1) = 1.2
        float[] p = m.confidence("u", new float[] {0.3f, 0.1f}, new int[] {7}, new float[][] {f});
        double expected = AssertionModel.sigmoid(1.2) * AssertionModel.sigmoid(1);
        assertEquals(expected, p[0], 1e-6);
        assertEquals(0.3f, m.threshold());
    }

    @Test
    void aOneWordLabelHitMustFitAmongTheOtherCandidates() {
        AssertionModel m = model(5f, 5f, 0.1f);
        String[] names = AssertionFeatures.names();
        float[] f = new float[AssertionFeatures.COUNT];
        f[java.util.Arrays.asList(names).indexOf("shortLabel")] = 1f;
        f[java.util.Arrays.asList(names).indexOf("coherence")] = -0.1f;
        assertTrue(m.pairProbability(f, 0, 0) > 0.9, "coherent enough: kept");
        f[java.util.Arrays.asList(names).indexOf("coherence")] = -0.3f;
        assertEquals(0, m.pairProbability(f, 0, 0), "another sense");
        f[java.util.Arrays.asList(names).indexOf("shortLabel")] = 0f;
        assertTrue(m.pairProbability(f, 0, 0) > 0.9, "longer labels are not held to it");
    }

    @Test
    void aSkillRarelyStatedWhenACandidateNeedsMoreEvidence() {
        AssertionModel m = model(0f, 0f, 0.1f);
        float[] f = new float[AssertionFeatures.COUNT];
        assertEquals(AssertionModel.sigmoid(-3), m.pairProbability(f, -1.5f, 0), 1e-9, "weight 2 times stated rate -1.5");
        assertEquals(0.5, m.pairProbability(f, 0f, 0), 1e-9);
        assertEquals(0f, m.statedRate(0), "not bound to an index: no stated rate");
    }

    @Test
    void withoutAUnitVectorNothingCanBeAsserted() {
        AssertionModel m = model(5f, 5f, 0.1f);
        float[] f = new float[AssertionFeatures.COUNT];
        assertEquals(0f, m.confidence("u", null, new int[] {1}, new float[][] {f})[0]);
        assertEquals(0f, m.confidence("u", new float[] {1f, 2f, 3f}, new int[] {1}, new float[][] {f})[0], "wrong dimension");
        assertEquals(0, m.confidence("u", new float[] {1f, 2f}, new int[0], new float[0][]).length);
    }

    @Test
    void theWrittenModelReadsBackTheSame() {
        AssertionModel m = model(0.25f, -0.5f, 0.14f).withThresholds(0.3f, 0.45f);
        AssertionModel back = AssertionModel.parse(m.lines("a header\nof two lines"));
        float[] f = new float[AssertionFeatures.COUNT];
        f[0] = 0.7f;
        float[] v = {0.2f, 0.4f};
        assertEquals(m.confidence("u", v, new int[] {1}, new float[][] {f})[0], back.confidence("u", v, new int[] {1}, new float[][] {f})[0]);
        assertEquals(0.3f, back.threshold());
        assertEquals(0.45f, back.furtherThreshold());
        assertEquals(0.8f, back.genericity("candid"));
        assertEquals(0f, back.genericity("kubernet"), "a term not in the table is not generic");
        assertEquals(m.lines("h"), back.lines("h"));
        assertTrue(back.lines("h").contains("rate\thttp://esco/assess-candidates\t-1.5"), back.lines("h").toString());
    }

    @Test
    void aFurtherThresholdUnderTheThresholdIsRefusedAndAFileWithoutOneUsesTheThreshold() {
        List<String> lines = new java.util.ArrayList<>(model(0.25f, -0.5f, 0.14f).withThresholds(0.3f, 0.45f).lines("h"));
        List<String> under = lines.stream().map(l -> l.startsWith("furtherThreshold\t") ? "furtherThreshold\t0.2" : l).toList();
        CoreException e = assertThrows(CoreException.class, () -> AssertionModel.parse(under));
        assertTrue(e.getMessage().contains("furtherThreshold 0.2 is under the threshold 0.3"), e.getMessage());
        List<String> without = lines.stream().filter(l -> !l.startsWith("furtherThreshold\t")).toList();
        assertEquals(0.3f, AssertionModel.parse(without).furtherThreshold());
    }

    @Test
    void aTreePairModelSplitsOnTheFeaturesAndTheStatedRateAndReadsBackTheSame() {
        int rate = AssertionFeatures.COUNT;  // the column after the features
        // one tree: stated rate below -1 -> margin -2, else lexNorm below 0.5 -> 0, else 3 (base 0.5 added)
        TreeEnsemble trees = TreeEnsemble.parse(List.of("base\t0.5", "tree\t5", "split\t0\t" + rate + "\t-1.0\t1\t2", "leaf\t1\t-2.0",
                "split\t2\t0\t0.5\t3\t4", "leaf\t3\t0.0", "leaf\t4\t3.0"), AssertionFeatures.COUNT + 1);
        AssertionModel m = new AssertionModel(new float[] {1f, -1f}, 0f, 0f, trees, 0.2f, -0.2f, java.util.Map.of(), java.util.Map.of());
        float[] f = new float[AssertionFeatures.COUNT];
        f[0] = 0.9f;
        assertEquals(AssertionModel.sigmoid(3.5), m.pairProbability(f, 0f, 0), 1e-9);
        assertEquals(AssertionModel.sigmoid(-1.5), m.pairProbability(f, -1.5f, 0), 1e-9, "a rarely stated skill");
        f[0] = 0.1f;
        assertEquals(AssertionModel.sigmoid(0.5), m.pairProbability(f, 0f, 0), 1e-9);
        AssertionModel back = AssertionModel.parse(m.lines("h"));
        assertEquals(m.lines("h"), back.lines("h"));
        assertEquals(m.pairProbability(f, 0f, 0), back.pairProbability(f, 0f, 0));
        assertTrue(back.lines("h").stream().noneMatch(l -> l.startsWith("pair\t")), "trees replace the logistic pair weights");

        // trees trained on other columns (a feature fewer: the stated rate would be read from the wrong column) are refused
        List<String> older = new ArrayList<>(m.lines("h"));
        older.removeIf(l -> l.equals("pairfeature\tlabelAdds"));
        CoreException e = assertThrows(CoreException.class, () -> AssertionModel.parse(older));
        assertTrue(e.getMessage().contains("retrain"), e.getMessage());
        List<String> unnamed = new ArrayList<>(m.lines("h"));
        unnamed.removeIf(l -> l.startsWith("pairfeature\t"));
        assertThrows(CoreException.class, () -> AssertionModel.parse(unnamed), "a tree model must name its columns");
        List<String> blank = new ArrayList<>(m.lines("h"));
        blank.add(1, "pairfeature\t");
        CoreException b = assertThrows(CoreException.class, () -> AssertionModel.parse(blank));
        assertTrue(b.getMessage().contains("bad line"), b.getMessage());
    }

    @Test
    void aJointModelReadsTheUnitsLogitAsItsLastColumnAndIsNotMultipliedByIt() {
        int unit = AssertionFeatures.COUNT + 1;  // after the features and the stated rate
        // one tree: unit logit below -1 -> lexNorm decides (below 0.8 -> -3, else 2), else 1 (base 0)
        TreeEnsemble trees = TreeEnsemble.parse(List.of("base\t0.0", "tree\t5", "split\t0\t" + unit + "\t-1.0\t1\t2", "split\t1\t0\t0.8\t3\t4",
                "leaf\t3\t-3.0", "leaf\t4\t2.0", "leaf\t2\t1.0"), AssertionFeatures.COUNT + 2);
        // unit logit = bias -2 + 1 * v0 - 1 * v1
        AssertionModel m = new AssertionModel(new float[] {1f, -1f}, -2f, 0f, trees, true, 0.2f, -0.2f, java.util.Map.of(), java.util.Map.of());
        assertTrue(m.joint());
        float[] literal = new float[AssertionFeatures.COUNT];
        literal[0] = 0.9f;
        float[] weak = new float[AssertionFeatures.COUNT];
        weak[0] = 0.3f;
        float[] low = {0.5f, 0f};   // logit -1.5: a unit that reads as stating little
        float[] clear = {2f, 0f};   // logit 0
        float[] p = m.confidence("u", low, new int[] {1, 2}, new float[][] {literal, weak});
        assertEquals(AssertionModel.sigmoid(2), p[0], 1e-6, "strong evidence outweighs the unit: not multiplied by sigmoid(-1.5)");
        assertEquals(AssertionModel.sigmoid(-3), p[1], 1e-6);
        assertEquals(AssertionModel.sigmoid(1), m.confidence("u", clear, new int[] {2}, new float[][] {weak})[0], 1e-6);
        assertEquals(0f, m.confidence("u", null, new int[] {1}, new float[][] {literal})[0], "no unit vector: nothing asserted");
        float[] otherSense = literal.clone();  // a one-word label whose skill stands apart from the text: under the floor
        otherSense[java.util.Arrays.asList(AssertionFeatures.names()).indexOf("shortLabel")] = 1f;
        otherSense[java.util.Arrays.asList(AssertionFeatures.names()).indexOf("coherence")] = -0.5f;
        float[] gated = m.confidence("u", clear, new int[] {1, 2, 1}, new float[][] {otherSense, weak, literal});
        assertEquals(0f, gated[0], "the sense gate, among other candidates scored at once");
        assertEquals(AssertionModel.sigmoid(1), gated[1], 1e-6);
        assertEquals(m.pairProbability(literal, m.statedRate(1), 0), gated[2], 1e-6);

        AssertionModel back = AssertionModel.parse(m.lines("h"));
        assertTrue(back.joint());
        assertEquals(m.lines("h"), back.lines("h"));
        assertTrue(back.lines("h").contains("pairfeature\tunitLogit"));
        assertEquals(p[0], back.confidence("u", low, new int[] {1}, new float[][] {literal})[0]);
        List<String> unnamed = new ArrayList<>(m.lines("h"));
        unnamed.removeIf(l -> l.equals("pairfeature\tunitLogit"));
        CoreException e = assertThrows(CoreException.class, () -> AssertionModel.parse(unnamed), "trees on a column more than named");
        assertTrue(e.getMessage().contains("retrain") || e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void anIncompleteOrUnknownModelIsRefusedWithWhatIsWrong() {
        List<String> lines = new ArrayList<>(model(0f, 0f, 0.5f).lines("h"));
        List<String> noLex = lines.stream().filter(l -> !l.startsWith("pair\tlexNorm\t")).toList();
        CoreException e = assertThrows(CoreException.class, () -> AssertionModel.parse(noLex));
        assertTrue(e.getMessage().contains("lexNorm") && e.getMessage().contains("retrain"), e.getMessage());
        List<String> unknown = new ArrayList<>(lines);
        unknown.add("pair\tnoSuchFeature\t1.0");
        e = assertThrows(CoreException.class, () -> AssertionModel.parse(unknown));
        assertTrue(e.getMessage().contains("noSuchFeature"), e.getMessage());
        List<String> bad = new ArrayList<>(lines);
        bad.add("threshold\tabc");
        assertThrows(CoreException.class, () -> AssertionModel.parse(bad));
    }

    @Test
    void theBundledModelLoadsWithAThresholdInsideZeroOne() {
        AssertionModel m = AssertionModel.bundled();
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
    }
}
