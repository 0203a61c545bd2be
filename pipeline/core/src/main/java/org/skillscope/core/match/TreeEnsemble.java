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
    private final float base;
    private final int[][] feature;      // per tree, per node: column, or -1 for a leaf
    private final float[][] threshold;  // per tree, per node: threshold, or the leaf's value
    private final int[][] yes;
    private final int[][] no;

    private TreeEnsemble(float base, int[][] feature, float[][] threshold, int[][] yes, int[][] no) {
        this.base = base;
        this.feature = feature;
        this.threshold = threshold;
        this.yes = yes;
        this.no = no;
    }

    public int trees() {
        return feature.length;
    }

    /** The raw margin of one row (columns as the features the ensemble was trained on, in order). */
    public double margin(float[] row) {
        double s = base;
        for (int t = 0; t < feature.length; t++) {
            int[] f = feature[t];
            float[] th = threshold[t];
            int n = 0;
            while (f[n] >= 0) {
                n = row[f[n]] < th[n] ? yes[t][n] : no[t][n];
            }
            s += th[n];
        }
        return s;
    }

    /** The ensemble in the lines {@link #parse} reads. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("base\t" + base);
        for (int t = 0; t < feature.length; t++) {
            out.add("tree\t" + feature[t].length);
            for (int n = 0; n < feature[t].length; n++) {
                out.add(feature[t][n] < 0 ? "leaf\t" + n + "\t" + threshold[t][n]
                        : "split\t" + n + "\t" + feature[t][n] + "\t" + threshold[t][n] + "\t" + yes[t][n] + "\t" + no[t][n]);
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
        return new TreeEnsemble(base, fs.toArray(new int[0][]), ths.toArray(new float[0][]), ys.toArray(new int[0][]), ns.toArray(new int[0][]));
    }
}
