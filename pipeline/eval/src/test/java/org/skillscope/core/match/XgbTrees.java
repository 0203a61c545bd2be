package org.skillscope.core.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost for the training tools (test scope): fit boosted trees on rows, predict margins, and dump a booster as the
 * {@link TreeEnsemble} lines the matcher reads. Deterministic: fixed seed, no row or column sampling, two threads.
 */
final class XgbTrees {
    private XgbTrees() {}

    /** @param groups query sizes for a ranking objective, or null */
    static Booster fit(List<float[]> rows, float[] labels, int[] groups, String objective, int depth, int rounds, double eta) {
        try {
            int d = rows.get(0).length;
            DMatrix dm = new DMatrix(flat(rows, d), rows.size(), d, Float.NaN);
            dm.setLabel(labels);
            if (groups != null) dm.setGroup(groups);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", objective);
            params.put("eta", eta);
            params.put("max_depth", depth);
            params.put("min_child_weight", 1);
            params.put("tree_method", "hist");
            params.put("nthread", 2);
            params.put("seed", 0);
            params.put("verbosity", 0);
            Booster b = XGBoost.train(dm, params, rounds, new HashMap<>(), null, null);
            dm.dispose();
            return b;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    /** Raw margins (before any link function), one per row. */
    static double[] margins(Booster b, List<float[]> rows) {
        if (rows.isEmpty()) return new double[0];
        try {
            int d = rows.get(0).length;
            DMatrix dm = new DMatrix(flat(rows, d), rows.size(), d, Float.NaN);
            float[][] p = b.predict(dm, true);
            dm.dispose();
            double[] out = new double[p.length];
            for (int i = 0; i < out.length; i++) out[i] = p[i][0];
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The booster as {@link TreeEnsemble} lines: XGBoost's JSON dump, and the base margin as the difference between its
     * margins and the trees' sums on {@code check} rows, where the dump must reproduce XGBoost's margins.
     */
    static List<String> dump(Booster b, List<float[]> check) {
        try {
            ObjectMapper json = new ObjectMapper();
            List<String> trees = new ArrayList<>();
            for (String t : b.getModelDump((String) null, false, "json")) {
                Map<Integer, JsonNode> nodes = new TreeMap<>();
                collect(json.readTree(t), nodes);
                trees.add("tree\t" + nodes.size());
                for (JsonNode n : nodes.values()) {
                    if (n.has("leaf")) {
                        trees.add("leaf\t" + n.get("nodeid").asInt() + "\t" + (float) n.get("leaf").asDouble());
                    } else {
                        // rows here never miss a value, so the "missing" branch is never taken
                        trees.add("split\t" + n.get("nodeid").asInt() + "\t" + n.get("split").asText().substring(1) + "\t"
                                + (float) n.get("split_condition").asDouble() + "\t" + n.get("yes").asInt() + "\t" + n.get("no").asInt());
                    }
                }
            }
            int d = check.get(0).length;
            double[] margin = margins(b, check);
            List<String> zero = new ArrayList<>(trees);
            zero.add(0, "base\t0");
            TreeEnsemble noBase = TreeEnsemble.parse(zero, d);
            double base = margin[0] - noBase.margin(check.get(0));
            double worst = 0;
            int off = 0;
            for (int i = 0; i < check.size(); i++) {
                double diff = Math.abs(margin[i] - (base + noBase.margin(check.get(i))));
                worst = Math.max(worst, diff);
                if (diff > 1e-3) off++;
            }
            System.err.printf(Locale.ROOT, "dumped trees against XGBoost on %d rows: largest margin difference %.2e, %d over 1e-3%n",
                    check.size(), worst, off);
            if (off > check.size() / 1000) throw new IllegalStateException("the dumped trees do not reproduce XGBoost's margins");
            List<String> out = new ArrayList<>();
            out.add("base\t" + (float) base);
            out.addAll(trees);
            return out;
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode n, Map<Integer, JsonNode> out) {
        out.put(n.get("nodeid").asInt(), n);
        if (n.has("children")) for (JsonNode c : n.get("children")) collect(c, out);
    }

    private static float[] flat(List<float[]> xs, int d) {
        float[] out = new float[xs.size() * d];
        for (int i = 0; i < xs.size(); i++) System.arraycopy(xs.get(i), 0, out, i * d, d);
        return out;
    }
}
