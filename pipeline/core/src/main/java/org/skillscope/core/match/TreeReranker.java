package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.List;
import org.skillscope.core.CoreException;

/**
 * The re-ranker: gradient-boosted trees (LambdaMART) over named {@link RerankFeatures}, each candidate's margin
 * mapped into (0, 1) by the monotone {@code 0.5 + 0.5 s / (1 + |s|)} (a logistic curve would flatten the top
 * scores into ties in float). The bundled trees come from {@code RerankTrainingTool} (pipeline/eval, test scope),
 * trained on the synthetic train split and ESCO-derived sentences only, with every setting chosen by
 * cross-validation on them. It re-orders a unit's best {@code candidates} by fused score, the ones it was
 * trained on; the others follow, in fusion order (the trees never saw them, and scoring them would cost time).
 */
public final class TreeReranker implements CandidateScorer {
    public static final String RESOURCE = "rerank-trees.tsv";
    private final List<String> features;
    private final int[] columns;  // of each feature in a RerankFeatures row
    private final TreeEnsemble trees;
    private final int candidates;

    public TreeReranker(List<String> features, TreeEnsemble trees, int candidates) {
        this.features = List.copyOf(features);
        this.trees = trees;
        this.candidates = candidates;
        if (candidates < 1) throw new CoreException("re-ranker: candidates must be at least 1, not " + candidates);
        List<String> all = List.of(RerankFeatures.names());
        columns = new int[features.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = all.indexOf(features.get(j));
            if (columns[j] < 0) throw new CoreException("unknown re-ranker feature " + features.get(j));
        }
    }

    public List<String> features() {
        return features;
    }

    /** The trees shipped with the matcher. */
    public static TreeReranker bundled() {
        return parse(BundledResource.lines(RESOURCE));
    }

    /**
     * Lines "candidates TAB n", "feature TAB name" (in the trees' column order), then the {@link TreeEnsemble} lines;
     * # lines skipped.
     */
    public static TreeReranker parse(List<String> lines) {
        List<String> names = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        Integer candidates = null;
        for (String line : lines) {
            if (line.startsWith("feature\t")) names.add(line.strip().split("\t")[1]);
            else if (line.startsWith("candidates\t")) candidates = Integer.parseInt(line.strip().split("\t")[1]);
            else rest.add(line);
        }
        if (candidates == null) throw new CoreException("re-ranker: no 'candidates' line");
        return new TreeReranker(names, TreeEnsemble.parse(rest, names.size()), candidates);
    }

    /** The number of best fused candidates re-ordered: the rows it reads. */
    @Override
    public int rowsRead() {
        return candidates;
    }

    /** The re-ordered candidates score in (0, 1); the rest keep their fused score (in [0, 1]) scaled under 0.001, below them all. */
    @Override
    public float[] score(String unit, int[] concepts, float[] fused, float[][] features) {
        int m = fused.length;
        float[] out = new float[m];
        for (int i = 0; i < m; i++) out[i] = fused[i] * 1e-3f;
        int[] top = TopK.indices(fused, Math.min(candidates, m));
        float[][] x = new float[top.length][columns.length];
        for (int r = 0; r < top.length; r++) {
            for (int j = 0; j < columns.length; j++) x[r][j] = features[top[r]][columns[j]];
        }
        double[] margins = trees.margins(x);
        for (int r = 0; r < top.length; r++) {
            double s = margins[r];
            out[top[r]] = (float) Math.max(0.001, 0.5 + 0.5 * s / (1 + Math.abs(s)));
        }
        return out;
    }
}
