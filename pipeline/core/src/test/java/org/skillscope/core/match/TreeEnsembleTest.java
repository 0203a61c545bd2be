package org.skillscope.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscope.core.CoreException;

/** The trees XGBoost dumps, as the matcher reads and walks them, and the re-ranker built on them. */
class TreeEnsembleTest {
    /** Tree 0 splits on column 1 at 0.5 (below: 1.0, else -1.0); tree 1 is one leaf, 0.25; base margin 0.5. */
    private static final List<String> TWO_TREES = List.of("# two trees", "base\t0.5",
            "tree\t3", "split\t0\t1\t0.5\t1\t2", "leaf\t1\t1.0", "leaf\t2\t-1.0",
            "tree\t1", "leaf\t0\t0.25");

    @Test
    void aRowWalksEachTreeToALeafAndTheLeavesAddToTheBase() {
        TreeEnsemble t = TreeEnsemble.parse(TWO_TREES, 2);
        assertEquals(2, t.trees());
        assertEquals(0.5 + 1.0 + 0.25, t.margin(new float[] {9f, 0.4f}), 1e-6);
        assertEquals(0.5 - 1.0 + 0.25, t.margin(new float[] {9f, 0.5f}), 1e-6, "at the threshold: the 'no' child, as XGBoost");
    }

    /**
     * The complete-tree walk, four rows at a time, gives each row exactly the margin of walking the dumped trees node by
     * node (a plain reading of the file, below), on the shipped re-ranker's 300 trees of uneven depth.
     */
    @Test
    void theCompleteTreesGiveEachRowTheMarginOfTheDumpedTrees() throws Exception {
        List<String> lines;
        try (var in = TreeEnsembleTest.class.getResourceAsStream("/org/skillscope/core/match/rerank-trees.tsv")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("feature\t") && !l.startsWith("candidates\t")).toList();
        }
        TreeEnsemble shipped = TreeEnsemble.parse(lines, 64);
        assertEquals(300, shipped.trees());
        java.util.Random random = new java.util.Random(7);
        float[][] rows = new float[51][64];  // 12 blocks of four and 3 rows alone
        for (float[] row : rows) for (int j = 0; j < row.length; j++) row[j] = random.nextFloat() * 2 - 0.5f;
        rows[5][0] = Float.NaN;  // NaN goes to the "no" side, as XGBoost
        double[] batch = shipped.margins(rows);
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (int r = 0; r < rows.length; r++) {
            assertEquals(walk(lines, rows[r]), batch[r], 1e-9, "row " + r);
            assertEquals(batch[r], shipped.margin(rows[r]), 0.0, "row " + r + " alone");
            distinct.add(batch[r]);
        }
        assertTrue(distinct.size() > 40, "the rows reach different leaves");
        assertEquals(shipped.lines(), TreeEnsemble.parse(shipped.lines(), 64).lines(), "the lines read back as they were");
        assertEquals(300 + 1 + lines.stream().filter(l -> l.startsWith("split") || l.startsWith("leaf")).count(), shipped.lines().size());
    }

    /** One tree of {@code splits} splits in a chain: each sends a row under 0.5 to a leaf of 1.0, the last "no" to -1.0. */
    private static List<String> chain(int splits) {
        List<String> t = new ArrayList<>(List.of("base\t0", "tree\t" + (2 * splits + 1)));
        for (int n = 0; n < splits; n++) t.add("split\t" + (2 * n) + "\t0\t0.5\t" + (2 * n + 1) + "\t" + (2 * n + 2));
        for (int n = 0; n < splits; n++) t.add("leaf\t" + (2 * n + 1) + "\t1.0");
        t.add("leaf\t" + (2 * splits) + "\t-1.0");
        return t;
    }

    /** The margin of one row, walking the dumped trees node by node. */
    private static double walk(List<String> lines, float[] row) {
        double s = 0;
        List<String[]> tree = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            if (p[0].equals("base")) s += Float.parseFloat(p[1]);
            if (p[0].equals("tree") && !tree.isEmpty()) {
                s += leaf(tree, row);
                tree.clear();
            }
            if (p[0].equals("split") || p[0].equals("leaf")) tree.add(p);
        }
        return s + leaf(tree, row);
    }

    private static float leaf(List<String[]> tree, float[] row) {
        String[] n = tree.get(0);
        while (n[0].equals("split")) {
            n = tree.get(Integer.parseInt(row[Integer.parseInt(n[2])] < Float.parseFloat(n[3]) ? n[4] : n[5]));
        }
        return Float.parseFloat(n[2]);
    }

    @Test
    void aBrokenDumpIsRefusedWithAMessage() {
        List<String> cycle = new ArrayList<>(TWO_TREES);
        cycle.set(3, "split\t0\t1\t0.5\t0\t2");
        assertTrue(assertThrows(CoreException.class, () -> TreeEnsemble.parse(cycle, 2)).getMessage().contains("bad child"));
        List<String> gap = new ArrayList<>(TWO_TREES);
        gap.remove("leaf\t2\t-1.0");
        assertTrue(assertThrows(CoreException.class, () -> TreeEnsemble.parse(gap, 2)).getMessage().contains("lacks node 2"));
        assertThrows(CoreException.class, () -> TreeEnsemble.parse(TWO_TREES, 1), "a split on a column the rows lack");
        // a chain of 17 splits would take 2^17 slots a tree when made complete: refused, not allocated; 16 are read
        assertTrue(assertThrows(CoreException.class, () -> TreeEnsemble.parse(chain(17), 1)).getMessage().contains("17 splits deep"));
        double[] m = TreeEnsemble.parse(chain(16), 1).margins(new float[][] {{0f}, {1f}});
        assertEquals(1.0, m[0], 1e-9, "below the first threshold: its leaf");
        assertEquals(-1.0, m[1], 1e-9, "above every threshold: the last leaf, 16 splits down");
    }

    /** The trees re-order only the best fused candidates; the rest keep the fusion's order, below them. */
    @Test
    void theRerankerReordersTheBestFusedCandidatesAndLeavesTheRestBelow() {
        List<String> lines = new ArrayList<>(List.of("candidates\t2", "feature\tfused", "feature\tlab"));
        lines.addAll(TWO_TREES);
        TreeReranker r = TreeReranker.parse(lines);
        List<String> names = List.of(RerankFeatures.names());
        float[][] rows = new float[3][RerankFeatures.COUNT];
        float[] fused = {0.9f, 0.8f, 0.7f}, lab = {0.9f, 0.1f, 0.1f};
        for (int i = 0; i < 3; i++) {
            rows[i][names.indexOf("fused")] = fused[i];
            rows[i][names.indexOf("lab")] = lab[i];
        }
        rows[2] = null;  // the engine builds the rows of the re-ordered candidates alone
        assertEquals(2, r.rowsRead());
        float[] s = r.score("u", new int[] {0, 1, 2}, fused, rows);
        assertTrue(s[1] > s[0], "the trees prefer the low 'lab' one among the best two");
        assertTrue(s[2] < s[0] && s[2] < s[1], "the third by fusion is not re-ordered");
        assertEquals(0.5 + 0.5 * 1.75 / 2.75, s[1], 1e-6, "margin 0.5 + 1.0 + 0.25, mapped into (0, 1)");
    }
}
