package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear re-ranker: score = w . (the named {@link RerankFeatures}), mapped into (0, 1) by the
 * monotone {@code 0.5 + 0.5 s / (1 + |s|)} (a logistic curve would flatten the top scores into ties
 * in float). The bundled weights come from {@code RerankTrainingTool} (pipeline/eval, test scope), which re-derives
 * them from the synthetic dev set's first half and ESCO-derived sentences.
 */
public final class LinearReranker implements CandidateScorer {
    public static final String RESOURCE = "rerank-weights.tsv";
    private final List<String> features;
    private final float[] weights;
    private final int[] columns;  // of each feature in a RerankFeatures row

    public LinearReranker(List<String> features, float[] weights) {
        this.features = List.copyOf(features);
        this.weights = weights.clone();
        if (features.size() != weights.length) {
            throw new IllegalArgumentException(features.size() + " features, " + weights.length + " weights");
        }
        List<String> all = List.of(RerankFeatures.names());
        columns = new int[features.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = all.indexOf(features.get(j));
            if (columns[j] < 0) {
                throw new IllegalArgumentException("unknown re-ranker feature " + features.get(j));
            }
        }
    }

    public List<String> features() {
        return features;
    }

    public float[] weights() {
        return weights.clone();
    }

    /** The weights shipped with the matcher. */
    public static LinearReranker bundled() {
        return parse(BundledResource.lines(RESOURCE));
    }

    /** Lines "feature TAB weight"; blank lines and lines starting with # are skipped. */
    public static LinearReranker parse(List<String> lines) {
        List<String> names = new ArrayList<>();
        List<Float> ws = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.strip().split("\t");
            names.add(p[0]);
            ws.add(Float.parseFloat(p[1]));
        }
        float[] w = new float[ws.size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = ws.get(j);
        }
        return new LinearReranker(names, w);
    }

    /** The raw linear score of one feature row. */
    public double linear(float[] row) {
        double s = 0;
        for (int j = 0; j < columns.length; j++) {
            s += weights[j] * row[columns[j]];
        }
        return s;
    }

    @Override
    public float[] score(String unit, int[] concepts, float[][] features) {
        float[] out = new float[features.length];
        for (int i = 0; i < out.length; i++) {
            double s = linear(features[i]);
            out[i] = (float) (0.5 + 0.5 * s / (1 + Math.abs(s)));
        }
        return out;
    }
}
