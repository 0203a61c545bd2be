package org.skillscope.core.match;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares):
 * deterministic, no learning rate, a few iterations for the few hundred features we fit. The last
 * weight is the bias, which is not penalised. Training only (test scope).
 */
final class Logistic {
    private Logistic() {}

    /** @return weights, one per column of {@code x} and then the bias */
    static double[] fit(float[][] x, boolean[] y, double l2) {
        int n = x.length, d = x.length == 0 ? 0 : x[0].length, p = d + 1;
        double[] w = new double[p];
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[p];
            double[][] h = new double[p][p];
            for (int i = 0; i < n; i++) {
                double pr = predict(w, x[i]);
                double g = pr - (y[i] ? 1 : 0);
                double s = Math.max(pr * (1 - pr), 1e-9);
                float[] xi = x[i];
                for (int a = 0; a < d; a++) {
                    grad[a] += g * xi[a];
                    double sa = s * xi[a];
                    double[] ha = h[a];
                    for (int b = a; b < d; b++) ha[b] += sa * xi[b];
                    ha[d] += sa;
                }
                grad[d] += g;
                h[d][d] += s;
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) h[a][b] = h[b][a];
            }
            for (int a = 0; a < d; a++) {
                grad[a] += l2 * n * w[a];
                h[a][a] += l2 * n;
            }
            h[d][d] += 1e-9 * n;
            double[] step = solve(h, grad);
            double max = 0;
            for (int a = 0; a < p; a++) {
                w[a] -= step[a];
                max = Math.max(max, Math.abs(step[a]));
            }
            if (max < 1e-6) break;
        }
        return w;
    }

    static double predict(double[] w, float[] x) {
        double z = w[w.length - 1];
        for (int a = 0; a < x.length; a++) z += w[a] * x[a];
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves h s = g by Cholesky (h is symmetric positive definite). */
    private static double[] solve(double[][] h, double[] g) {
        int p = g.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j];
                for (int k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
                if (i == j) l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
                else l[i][j] = sum / l[j][j];
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) sum -= l[i][k] * z[k];
            z[i] = sum / l[i][i];
        }
        double[] s = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < p; k++) sum -= l[k][i] * s[k];
            s[i] = sum / l[i][i];
        }
        return s;
    }
}
