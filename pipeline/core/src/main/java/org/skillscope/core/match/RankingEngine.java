package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.skillscope.core.embed.Encoder;
import org.skillscope.core.index.ConceptIndex;

/**
 * Ranks all concepts of an index for text units: BM25 over labels (+ a little description),
 * dense cosine with labels and descriptions, fused. Units are embedded in one batch and scored
 * in blocks of {@value #BLOCK} against all vectors at once; repeated units hit an LRU cache.
 */
public final class RankingEngine {
    static final int BLOCK = 64;
    private final ConceptIndex index;
    private final Encoder encoder;   // null in LEXICAL mode
    private final MatcherConfig config;
    private final Map<String, UnitRanking> cache;
    private final int cacheK;

    public RankingEngine(ConceptIndex index, Encoder encoder, MatcherConfig config, int cacheSize) {
        this.index = index;
        this.encoder = encoder;
        this.config = config;
        this.cacheK = Math.max(config.topK(), 50);
        this.cache = cacheSize <= 0 ? null : Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, UnitRanking> e) {
                return size() > cacheSize;
            }
        });
        if (config.mode() != MatcherConfig.Mode.LEXICAL && encoder == null) {
            throw new IllegalArgumentException("mode " + config.mode() + " needs an encoder");
        }
    }

    public ConceptIndex index() {
        return index;
    }

    public MatcherConfig config() {
        return config;
    }

    /** Top {@code k} concepts per unit, in input order ({@code k >= index.size()} ranks them all). */
    public List<UnitRanking> rank(List<String> units, int k) {
        UnitRanking[] out = new UnitRanking[units.size()];
        boolean useCache = cache != null && k <= cacheK;
        Map<String, List<Integer>> todo = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            UnitRanking hit = useCache ? cache.get(units.get(i)) : null;
            if (hit != null) {
                out[i] = truncate(hit, k);
            } else {
                todo.computeIfAbsent(units.get(i), u -> new ArrayList<>()).add(i);
            }
        }
        List<String> fresh = new ArrayList<>(todo.keySet());
        float[][] vecs = config.mode() == MatcherConfig.Mode.LEXICAL ? null : encoder.embed(fresh);
        int keep = useCache ? cacheK : k;
        UnitRanking[] ranked = new UnitRanking[fresh.size()];
        int blocks = (fresh.size() + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * BLOCK;
            int to = Math.min(fresh.size(), from + BLOCK);
            rankBlock(fresh, vecs, from, to, keep, ranked);
        });
        for (int j = 0; j < fresh.size(); j++) {
            if (useCache) {
                cache.put(fresh.get(j), ranked[j]);
            }
            for (int i : todo.get(fresh.get(j))) {
                out[i] = truncate(ranked[j], k);
            }
        }
        return Arrays.asList(out);
    }

    private static UnitRanking truncate(UnitRanking r, int k) {
        if (r.size() <= k) {
            return r;
        }
        return new UnitRanking(r.unit(), Arrays.copyOf(r.concepts(), k), Arrays.copyOf(r.scores(), k),
                Arrays.copyOf(r.labels(), k), Arrays.copyOf(r.confidence(), k));
    }

    private void rankBlock(List<String> units, float[][] vecs, int from, int to, int k, UnitRanking[] out) {
        int n = index.size();
        int nq = to - from;
        boolean dense = config.mode() != MatcherConfig.Mode.LEXICAL;
        boolean lexical = config.mode() != MatcherConfig.Mode.DENSE;
        float[][] bestSim = null;
        int[][] bestLabel = null;
        float[][] docSim = null;
        if (dense) {
            bestSim = new float[nq][n];
            bestLabel = new int[nq][n];
            docSim = new float[nq][n];
            index.dense(Arrays.copyOfRange(vecs, from, to), bestSim, bestLabel, docSim);
        }
        float[] lex = new float[n];
        int[] lexLabel = new int[n];
        float[] desc = new float[n];
        float[] denseScore = new float[n];
        float[] fused = new float[n];
        for (int q = 0; q < nq; q++) {
            Arrays.fill(lex, 0f);
            Arrays.fill(desc, 0f);
            Arrays.fill(lexLabel, -1);
            if (lexical) {
                index.lexical(units.get(from + q), config.lexTopLabels(), config.lexTopDescs(), lex, lexLabel, desc);
                for (int c = 0; c < n; c++) {
                    lex[c] += config.descWeight() * desc[c];
                }
                Fusion.divideByMax(lex);
            }
            if (dense) {
                float mix = config.denseDocMix();
                for (int c = 0; c < n; c++) {
                    denseScore[c] = mix * docSim[q][c] + (1 - mix) * bestSim[q][c];
                }
                Fusion.minMax(denseScore);
            }
            float w = switch (config.mode()) {
                case LEXICAL -> 0f;
                case DENSE -> 1f;
                case HYBRID -> config.denseWeight();
            };
            for (int c = 0; c < n; c++) {
                fused[c] = Fusion.combine(lex[c], denseScore[c], w);
            }
            int[] top = TopK.indices(fused, k);
            int[] labels = new int[top.length];
            float[] scores = new float[top.length];
            float[] conf = new float[top.length];
            for (int i = 0; i < top.length; i++) {
                int c = top[i];
                scores[i] = fused[c];
                // evidence: the label the stronger signal matched
                boolean lexWins = !dense || (lexLabel[c] >= 0 && (1 - w) * lex[c] >= w * denseScore[c]);
                labels[i] = lexWins && lexLabel[c] >= 0 ? lexLabel[c] : (dense ? bestLabel[q][c] : index.firstLabel(c));
                conf[i] = dense ? bestSim[q][c] : lex[c];
            }
            out[from + q] = new UnitRanking(units.get(from + q), top, scores, labels, conf);
        }
    }
}
