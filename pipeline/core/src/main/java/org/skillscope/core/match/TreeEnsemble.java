package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.List;
import org.skillscope.core.CoreException;

/**
 * Gradient-boosted regression trees over named feature columns, as XGBoost trains them (pipeline/eval, test
 * scope) and dumps them: the margin of a row is the base margin plus one leaf value per tree, a node sending a
 * row to its "yes" child when the feature is below the node's threshold. Read here, in a few lines, so that
 * the matcher carries no native library.
 *
 * <p>Lines: {@code base TAB margin}, {@code tree TAB nodes}, then per node of that tree
 * {@code split TAB id TAB feature TAB threshold TAB yes TAB no} or {@code leaf TAB id TAB value}.
 */
public final class TreeEnsemble {
    /** Deeper trees would take 2^depth slots each; XGBoost's here are 5 or 6 deep. */
    static final int MAX_DEPTH = 16;
    // Every tree is stored complete to the ensemble's depth, as an implicit heap: node i's "yes" child is 2i+1 and its
    // "no" child 2i+2, so a walk is depth compare-and-index steps with no child pointers and no leaf test, and several
    // rows walk one tree side by side. A leaf above the full depth is repeated over every slot under it (its splits
    // are placeholders whose two sides lead to the same value), so each row ends on exactly the value it reached before.
    private final float base;
    private final int depth;
    private final int[] feature;      // per tree, its 2^depth - 1 split slots: the column
    private final float[] threshold;  // per split slot: the threshold
    private final float[] leaves;     // per tree, its 2^depth leaf slots: the value
    private final Dumped dumped;      // the trees as the file gave them, for lines()

    /** Per tree, per node as numbered in the file: column (-1: a leaf), threshold or leaf value, and the children. */
    private record Dumped(List<int[]> feature, List<float[]> value, List<int[]> yes, List<int[]> no) {}

    private TreeEnsemble(float base, int depth, int[] feature, float[] threshold, float[] leaves, Dumped dumped) {
        this.base = base;
        this.depth = depth;
        this.feature = feature;
        this.threshold = threshold;
        this.leaves = leaves;
        this.dumped = dumped;
    }

    public int trees() {
        return leaves.length >> depth;
    }

    /** The raw margin of one row (columns as the features the ensemble was trained on, in order). */
    public double margin(float[] row) {
        return margins(new float[][] {row})[0];
    }

    /**
     * The raw margins of many rows: per row, the base margin plus the leaf it reaches in each tree, added in tree
     * order; a split sends a row to its "yes" child when the feature is below the threshold (NaN: "no"), as XGBoost.
     * Tree by tree, four rows at a time: one tree's slots stay in cache and the four walks overlap.
     */
    public double[] margins(float[][] rows) {
        double[] s = new double[rows.length];
        java.util.Arrays.fill(s, base);
        int splits = (1 << depth) - 1, trees = trees();
        int[] f = feature;
        float[] th = threshold;
        for (int t = 0; t < trees; t++) {
            int at = t * splits, leafAt = t << depth;
            int r = 0;
            for (; r + 4 <= rows.length; r += 4) {
                float[] x0 = rows[r], x1 = rows[r + 1], x2 = rows[r + 2], x3 = rows[r + 3];
                int n0 = 0, n1 = 0, n2 = 0, n3 = 0;
                for (int d = 0; d < depth; d++) {
                    n0 = 2 * n0 + (x0[f[at + n0]] < th[at + n0] ? 1 : 2);
                    n1 = 2 * n1 + (x1[f[at + n1]] < th[at + n1] ? 1 : 2);
                    n2 = 2 * n2 + (x2[f[at + n2]] < th[at + n2] ? 1 : 2);
                    n3 = 2 * n3 + (x3[f[at + n3]] < th[at + n3] ? 1 : 2);
                }
                s[r] += leaves[leafAt + n0 - splits];
                s[r + 1] += leaves[leafAt + n1 - splits];
                s[r + 2] += leaves[leafAt + n2 - splits];
                s[r + 3] += leaves[leafAt + n3 - splits];
            }
            for (; r < rows.length; r++) {
                float[] x = rows[r];
                int n = 0;
                for (int d = 0; d < depth; d++) n = 2 * n + (x[f[at + n]] < th[at + n] ? 1 : 2);
                s[r] += leaves[leafAt + n - splits];
            }
        }
        return s;
    }

    /** The ensemble in the lines {@link #parse} reads (the trees as given, not their complete form). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("base\t" + base);
        for (int t = 0; t < dumped.feature().size(); t++) {
            int[] f = dumped.feature().get(t), y = dumped.yes().get(t), n = dumped.no().get(t);
            float[] v = dumped.value().get(t);
            out.add("tree\t" + f.length);
            for (int i = 0; i < f.length; i++) {
                out.add(f[i] < 0 ? "leaf\t" + i + "\t" + v[i] : "split\t" + i + "\t" + f[i] + "\t" + v[i] + "\t" + y[i] + "\t" + n[i]);
            }
        }
        return out;
    }

    /**
     * @param columns the number of feature columns a row has (a split on another is an error)
     */
    public static TreeEnsemble parse(List<String> lines, int columns) {
        Float base = null;
        List<int[]> fs = new ArrayList<>();
        List<float[]> ths = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        List<int[]> ns = new ArrayList<>();
        int[] f = null, y = null, no = null;
        float[] th = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.strip().split("\t");
            try {
                switch (p[0]) {
                    case "base" -> base = Float.parseFloat(p[1]);
                    case "tree" -> {
                        int size = Integer.parseInt(p[1]);
                        f = new int[size];
                        th = new float[size];
                        y = new int[size];
                        no = new int[size];
                        java.util.Arrays.fill(f, -2);  // -2: a node the file never gave
                        fs.add(f);
                        ths.add(th);
                        ys.add(y);
                        ns.add(no);
                    }
                    case "split" -> {
                        int id = Integer.parseInt(p[1]);
                        int col = Integer.parseInt(p[2]);
                        if (col < 0 || col >= columns) throw new CoreException("tree ensemble: split on column " + col + " of " + columns);
                        f[id] = col;
                        th[id] = Float.parseFloat(p[3]);
                        y[id] = Integer.parseInt(p[4]);
                        no[id] = Integer.parseInt(p[5]);
                    }
                    case "leaf" -> {
                        int id = Integer.parseInt(p[1]);
                        f[id] = -1;
                        th[id] = Float.parseFloat(p[2]);
                    }
                    default -> throw new CoreException("tree ensemble: unknown entry " + p[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException | NullPointerException e) {
                throw new CoreException("tree ensemble: bad line '" + line + "'", e);
            }
        }
        if (base == null || fs.isEmpty()) throw new CoreException("tree ensemble: no base margin or no tree");
        for (int t = 0; t < fs.size(); t++) {
            for (int n = 0; n < fs.get(t).length; n++) {
                int kind = fs.get(t)[n];
                if (kind == -2) throw new CoreException("tree ensemble: tree " + t + " lacks node " + n);
                // children come after their parent in XGBoost's numbering: no cycle, every walk ends on a leaf
                if (kind >= 0 && (ys.get(t)[n] <= n || ns.get(t)[n] <= n || ys.get(t)[n] >= fs.get(t).length || ns.get(t)[n] >= fs.get(t).length)) {
                    throw new CoreException("tree ensemble: tree " + t + " node " + n + " has a bad child");
                }
            }
        }
        int depth = 0;
        for (int t = 0; t < fs.size(); t++) {
            int d = depthOf(fs.get(t), ys.get(t), ns.get(t), 0);
            if (d > MAX_DEPTH) throw new CoreException("tree ensemble: tree " + t + " is " + d + " splits deep, more than " + MAX_DEPTH);
            depth = Math.max(depth, d);
        }
        int splits = (1 << depth) - 1;
        int[] feature = new int[fs.size() * splits];
        float[] threshold = new float[fs.size() * splits];
        float[] leaves = new float[fs.size() << depth];
        for (int t = 0; t < fs.size(); t++) {
            place(fs.get(t), ths.get(t), ys.get(t), ns.get(t), 0, 0, 0, depth, t * splits, t << depth, feature, threshold, leaves);
        }
        return new TreeEnsemble(base, depth, feature, threshold, leaves, new Dumped(fs, ths, ys, ns));
    }

    /** Splits on the longest walk from {@code node} to a leaf. */
    private static int depthOf(int[] f, int[] y, int[] n, int node) {
        return f[node] < 0 ? 0 : 1 + Math.max(depthOf(f, y, n, y[node]), depthOf(f, y, n, n[node]));
    }

    /** Puts the subtree at {@code node} into the complete tree's slot {@code slot} at {@code level}. */
    private static void place(int[] f, float[] th, int[] y, int[] n, int node, int slot, int level, int depth,
                              int splitAt, int leafAt, int[] feature, float[] threshold, float[] leaves) {
        if (level == depth) {
            leaves[leafAt + slot - ((1 << depth) - 1)] = th[node];
            return;
        }
        boolean leaf = f[node] < 0;
        feature[splitAt + slot] = leaf ? 0 : f[node];  // a placeholder above a repeated leaf: both sides hold it
        threshold[splitAt + slot] = leaf ? 0 : th[node];
        place(f, th, y, n, leaf ? node : y[node], 2 * slot + 1, level + 1, depth, splitAt, leafAt, feature, threshold, leaves);
        place(f, th, y, n, leaf ? node : n[node], 2 * slot + 2, level + 1, depth, splitAt, leafAt, feature, threshold, leaves);
    }
}
