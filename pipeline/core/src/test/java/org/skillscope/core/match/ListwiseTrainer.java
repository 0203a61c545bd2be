package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits linear re-ranker weights by listwise softmax: for each query, minimise the cross-entropy
 * between softmax(w . x) over its candidates and the uniform distribution over its gold candidates,
 * averaged over queries, plus {@code l2/2 |w|^2} over the penalised features. Full-batch gradient
 * descent on standardised features from w = 0, a fixed step and count: deterministic.
 */
final class ListwiseTrainer {
    /** One query: candidate rows (the chosen features) and which candidates are gold. */
    record Query(float[][] x, boolean[] gold) {}

    record Params(double l2, int iterations, double step) {}

    private ListwiseTrainer() {}

    /**
     * @param penalised per feature, whether L2 pulls it to 0 (the fusion score is left free, so a
     *                  strong penalty means "the fusion as it is", not "nothing")
     * @return weights for the raw (unstandardised) features
     */
    static double[] train(List<Query> queries, boolean[] penalised, Params p) {
        int d = penalised.length;
        List<Query> qs = new ArrayList<>();
        for (Query q : queries) {
            for (boolean g : q.gold()) {
                if (g) {
                    qs.add(q);
                    break;
                }
            }
        }
        double[] mean = new double[d];
        double[] sd = new double[d];
        long rows = 0;
        for (Query q : qs) {
            for (float[] r : q.x()) {
                for (int j = 0; j < d; j++) {
                    mean[j] += r[j];
                    sd[j] += (double) r[j] * r[j];
                }
                rows++;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= rows;
            double var = sd[j] / rows - mean[j] * mean[j];
            sd[j] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        double[] w = new double[d];
        double[] grad = new double[d];
        for (int it = 0; it < p.iterations(); it++) {
            java.util.Arrays.fill(grad, 0);
            for (Query q : qs) {
                addGradient(q, w, mean, sd, grad);
            }
            for (int j = 0; j < d; j++) {
                double g = grad[j] / qs.size() + (penalised[j] ? p.l2() * w[j] : 0);
                w[j] -= p.step() * g;
            }
        }
        double[] raw = new double[d];
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
        }
        return raw;
    }

    /** grad += sum over candidates of (softmax_i - target_i) * z_i, z the standardised row. */
    private static void addGradient(Query q, double[] w, double[] mean, double[] sd, double[] grad) {
        int m = q.x().length;
        int d = w.length;
        double[] s = new double[m];
        double max = Double.NEGATIVE_INFINITY;
        int golds = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                s[i] += w[j] * (q.x()[i][j] - mean[j]) / sd[j];
            }
            max = Math.max(max, s[i]);
            golds += q.gold()[i] ? 1 : 0;
        }
        double z = 0;
        for (int i = 0; i < m; i++) {
            s[i] = Math.exp(s[i] - max);
            z += s[i];
        }
        for (int i = 0; i < m; i++) {
            double diff = s[i] / z - (q.gold()[i] ? 1.0 / golds : 0);
            for (int j = 0; j < d; j++) {
                grad[j] += diff * (q.x()[i][j] - mean[j]) / sd[j];
            }
        }
    }
}
