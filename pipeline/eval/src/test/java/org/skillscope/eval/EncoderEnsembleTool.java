package org.skillscope.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.skillscope.core.embed.EmbeddingModelSpec;
import org.skillscope.core.embed.OnnxEncoder;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.index.VectorMath;
import org.skillscope.datasets.esco.Esco;

/**
 * Issue #23: would an ensemble of the in-process encoders (all-MiniLM-L6-v2 as shipped, e5-small-v2, bge-small-en-v1.5,
 * all quantized, from the langchain4j model jars) retrieve skills better, and at what speed cost? A measurement, not a
 * change: dense-only retrieval over all ESCO skills (score = max over the preferred label's and the "label. description"
 * cosine; an ensemble averages the encoders' cosines first), queried with the synthetic TRAIN split only. Skipped unless
 * asked for; from the worktree root, with the real data beside it:
 * <pre>mvn -B -o -pl pipeline/eval -am test -Dtest=EncoderEnsembleTool -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dskillscope.ensemble=true -Dskillscope.indexCache=$PWD/target/index-cache</pre>
 * MiniLM runs through {@link OnnxEncoder} exactly as the matcher does (index texts in batches of 8, a query alone);
 * e5 (mean pooling) and bge (CLS pooling, which OnnxEncoder lacks) run through langchain4j's own encoder, one text per
 * pass, on a one-thread ONNX session. Index vectors are cached under target/encoder-ensemble.
 */
class EncoderEnsembleTool {
    static final int QUERIES = 1500;
    static final int SPEED_TEXTS = 1000;
    static final int PASSES = 3;
    static final int FOLDS = 5;
    static final long SEED = 20261205L;
    static final double[] WEIGHTS = {0.25, 0.5, 0.75, 0.9};
    /** bge-small-en-v1.5's instruction for short queries that retrieve passages (its model card). */
    static final String BGE_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** One encoder's way to embed a query (and the index texts), each vector unit length. */
    interface Enc extends AutoCloseable {
        float[] query(String text);

        float[][] passages(List<String> texts);

        @Override
        void close();
    }

    /** The shipped MiniLM path: index texts batched on all cores, a query alone on one core (OnnxEncoder's unit session). */
    static Enc miniLm() {
        OnnxEncoder e = OnnxEncoder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, Runtime.getRuntime().availableProcessors(),
                OnnxEncoder.DEFAULT_BATCH);
        return new Enc() {
            public float[] query(String text) {
                return e.embedWithPhrases(List.of(text), List.of(List.of()))[0][0];
            }

            public float[][] passages(List<String> texts) {
                return e.embed(texts);
            }

            public void close() {
                e.close();
            }
        };
    }

    /** A langchain4j in-process model on a one-thread ONNX session (langchain4j's own sessions take every core). */
    static final class L4j extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder model;
        private final OrtSession session;

        L4j(String onnx, String tokenizer, PoolingMode pooling) {
            super(Runnable::run);
            try (InputStream m = resource(onnx); InputStream t = resource(tokenizer)) {
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                session = env.createSession(m.readAllBytes(), options);
                model = new OnnxBertBiEncoder(env, session, t, pooling);
            } catch (IOException | OrtException e) {
                throw new IllegalStateException("cannot load " + onnx + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return model;
        }

        float[] vector(String text) {
            return embed(text).content().vector();
        }

        void release() {
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Enc l4j(String onnx, String tokenizer, PoolingMode pooling, String queryPrefix, String passagePrefix) {
        L4j m = new L4j(onnx, tokenizer, pooling);
        return new Enc() {
            public float[] query(String text) {
                return m.vector(queryPrefix + text);
            }

            public float[][] passages(List<String> texts) {
                // ONNX sessions run concurrently: one text per pass on each core
                return texts.parallelStream().map(t -> m.vector(passagePrefix + t)).toArray(float[][]::new);
            }

            public void close() {
                m.release();
            }
        };
    }

    private static InputStream resource(String name) {
        InputStream in = EncoderEnsembleTool.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " not on the test classpath (pipeline/eval pom)");
        return in;
    }

    /** An encoder's cosines of every query with every skill's label and "label. description". */
    record Cosines(float[][] label, float[][] doc) {}

    @Test
    void measure() throws IOException {
        assumeTrue(Boolean.getBoolean("skillscope.ensemble"), "no -Dskillscope.ensemble=true: skipped");
        Path data = RealData.data();
        Path cache = Path.of("target/encoder-ensemble");
        Files.createDirectories(cache);
        Esco esco = RealData.esco();
        List<Concept> concepts = new ArrayList<>();
        try (SkillIndex index = SkillIndex.openOrBuild(esco, RealData.indexCache())) {
            ConceptIndex skills = index.skills();
            for (int c = 0; c < skills.size(); c++) concepts.add(skills.concept(c));
        }
        Map<String, String> byLabel = new HashMap<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (int c = 0; c < concepts.size(); c++) {
            byLabel.putIfAbsent(concepts.get(c).preferredLabel(), concepts.get(c).uri());
            ordinal.put(concepts.get(c).uri(), c);
        }
        List<String> labels = concepts.stream().map(Concept::preferredLabel).toList();
        List<String> docs = concepts.stream().map(ConceptIndex::docText).toList();

        // training queries only: the synthetic train split, a seeded sample
        GoldSet train = new GoldReader(byLabel).read(data.resolve("gold/skill-extraction-synthetic/train.csv"), GoldFormat.SKILLSKAPE);
        List<GoldQuery> queries = new ArrayList<>(train.queries());
        Collections.shuffle(queries, new Random(SEED));
        queries = queries.subList(0, Math.min(QUERIES, queries.size()));
        List<String> texts = queries.stream().map(GoldQuery::text).toList();
        int[][] gold = queries.stream().map(q -> q.gold().stream().mapToInt(ordinal::get).toArray()).toArray(int[][]::new);
        System.err.printf(Locale.ROOT, "%d skills, %d train queries (of %d)%n", concepts.size(), queries.size(), train.queries().size());

        Map<String, java.util.function.Supplier<Enc>> encoders = new LinkedHashMap<>();
        encoders.put("MiniLM", EncoderEnsembleTool::miniLm);
        encoders.put("e5", () -> l4j("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: ", "passage: "));
        // e5's card: "query: " on both sides for symmetric tasks (a sentence against a skill label may be one)
        encoders.put("e5-qq", () -> l4j("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: ", "query: "));
        encoders.put("bge", () -> l4j("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, BGE_INSTRUCTION, ""));
        encoders.put("bge-noinstr", () -> l4j("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, "", ""));

        Map<String, Cosines> cos = new LinkedHashMap<>();
        for (Map.Entry<String, java.util.function.Supplier<Enc>> e : encoders.entrySet()) {
            String name = e.getKey();
            try (Enc enc = e.getValue().get()) {
                String indexName = name.equals("bge-noinstr") ? "bge" : name; // same passages
                float[][] l = cached(cache.resolve(indexName + "-labels.f32"), labels.size(), () -> enc.passages(labels));
                float[][] d = cached(cache.resolve(indexName + "-docs.f32"), docs.size(), () -> enc.passages(docs));
                long t0 = System.nanoTime();
                float[][] q = texts.stream().map(enc::query).toArray(float[][]::new);
                System.err.printf(Locale.ROOT, "%s: %d queries embedded in %.1f s%n", name, q.length, (System.nanoTime() - t0) / 1e9);
                cos.put(name, new Cosines(cosines(q, l), cosines(q, d)));
            }
        }

        StringBuilder table = new StringBuilder("| encoders | RP@5 | MRR | RP@5 − MiniLM (± 1 s.e.) |\n|---|---|---|---|\n");
        double[] base = null;
        Map<String, double[][]> results = new LinkedHashMap<>();
        List<List<String>> combos = List.of(List.of("MiniLM"), List.of("e5"), List.of("e5-qq"), List.of("bge"), List.of("bge-noinstr"),
                List.of("MiniLM", "e5"), List.of("MiniLM", "e5-qq"), List.of("MiniLM", "bge"), List.of("e5", "bge"), List.of("MiniLM", "e5", "bge"));
        for (List<String> combo : combos) {
            double[] w = new double[combo.size()];
            Arrays.fill(w, 1.0 / combo.size());
            double[][] r = evaluate(combo.stream().map(cos::get).toList(), w, gold);
            if (base == null) base = r[0];
            results.put(String.join(" + ", combo), r);
            table.append(row(String.join(" + ", combo) + (combo.size() > 1 ? " (mean)" : ""), r, base));
        }
        // the weight of the second encoder in a pair with MiniLM, chosen on 4 folds by RP@5 and measured on the fifth
        int[] fold = IntStream.range(0, gold.length).map(i -> i % FOLDS).toArray();
        for (String second : List.of("e5", "bge")) {
            Map<Double, double[][]> byW = new LinkedHashMap<>();
            for (double w : WEIGHTS) byW.put(w, evaluate(List.of(cos.get("MiniLM"), cos.get(second)), new double[] {1 - w, w}, gold));
            double[][] cv = new double[2][gold.length];
            List<Double> chosen = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                final int held = f;
                double best = Double.NaN;
                double bestScore = -1;
                for (Map.Entry<Double, double[][]> e : byW.entrySet()) {
                    double s = IntStream.range(0, gold.length).filter(i -> fold[i] != held).mapToDouble(i -> e.getValue()[0][i]).average().orElseThrow();
                    if (s > bestScore) {
                        bestScore = s;
                        best = e.getKey();
                    }
                }
                chosen.add(best);
                for (int i = 0; i < gold.length; i++) {
                    if (fold[i] == held) {
                        cv[0][i] = byW.get(best)[0][i];
                        cv[1][i] = byW.get(best)[1][i];
                    }
                }
            }
            for (Map.Entry<Double, double[][]> e : byW.entrySet()) {
                table.append(row("MiniLM + " + second + " (w=" + e.getKey() + ", in-sample)", e.getValue(), base));
            }
            table.append(row("MiniLM + " + second + " (w by 5-fold CV: " + chosen + ")", cv, base));
        }

        // speed: one text per pass on a one-thread session, the encoders interleaved pass by pass so load drifts hit all alike
        List<String> speedTexts = texts.subList(0, Math.min(SPEED_TEXTS, texts.size()));
        Map<String, java.util.function.Supplier<Enc>> timed = new LinkedHashMap<>();
        timed.put("MiniLM (OnnxEncoder, as shipped)", encoders.get("MiniLM"));
        timed.put("MiniLM (langchain4j)", () -> l4j("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, "", ""));
        timed.put("e5 (\"query: \")", encoders.get("e5"));
        timed.put("bge (instruction)", encoders.get("bge"));
        timed.put("bge (no instruction)", encoders.get("bge-noinstr"));
        Map<String, Enc> open = new LinkedHashMap<>();
        timed.forEach((k, v) -> open.put(k, v.get()));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (String k : open.keySet()) open.get(k).query(speedTexts.get(0)); // warm-up
        for (int p = 0; p < PASSES; p++) {
            for (Map.Entry<String, Enc> e : open.entrySet()) {
                long t0 = System.nanoTime();
                for (String t : speedTexts) e.getValue().query(t);
                rates.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(speedTexts.size() / ((System.nanoTime() - t0) / 1e9));
            }
        }
        open.values().forEach(Enc::close);
        StringBuilder speed = new StringBuilder("| encoder | texts/s (median of " + PASSES + ") | passes |\n|---|---|---|\n");
        rates.forEach((k, v) -> {
            List<Double> s = v.stream().sorted().toList();
            speed.append(String.format(Locale.ROOT, "| %s | %.0f | %s |%n", k, s.get(s.size() / 2),
                    v.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList()));
        });
        System.err.println("\n" + table + "\n" + speed);
        Files.writeString(cache.resolve("report.md"), table + "\n" + speed);
    }

    private static String row(String name, double[][] r, double[] base) {
        double[] diff = new double[r[0].length];
        for (int i = 0; i < diff.length; i++) diff[i] = r[0][i] - base[i];
        double mean = Arrays.stream(diff).average().orElseThrow();
        double var = Arrays.stream(diff).map(d -> (d - mean) * (d - mean)).sum() / (diff.length - 1);
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %+.3f ± %.3f |%n", name, Arrays.stream(r[0]).average().orElseThrow(),
                Arrays.stream(r[1]).average().orElseThrow(), mean, Math.sqrt(var / diff.length));
    }

    /**
     * Per query [0] RP@5 and [1] reciprocal rank of the score max(Σ w·label cosine, Σ w·description cosine). The rank of
     * the first gold skill is 1 + the skills scored above it, so no full sort is needed.
     */
    static double[][] evaluate(List<Cosines> parts, double[] w, int[][] gold) {
        int nq = gold.length;
        int nc = parts.get(0).label()[0].length;
        double[][] out = new double[2][nq];
        IntStream.range(0, nq).parallel().forEach(q -> {
            double[] s = new double[nc];
            for (int c = 0; c < nc; c++) {
                double l = 0;
                double d = 0;
                for (int e = 0; e < parts.size(); e++) {
                    l += w[e] * parts.get(e).label()[q][c];
                    d += w[e] * parts.get(e).doc()[q][c];
                }
                s[c] = Math.max(l, d);
            }
            int[] top = new int[5];
            Arrays.fill(top, -1);
            for (int c = 0; c < nc; c++) {
                if (top[4] >= 0 && s[c] <= s[top[4]]) continue;
                int k = 4;
                while (k > 0 && (top[k - 1] < 0 || s[c] > s[top[k - 1]])) {
                    top[k] = top[k - 1];
                    k--;
                }
                top[k] = c;
            }
            List<String> ranked = Arrays.stream(top).mapToObj(String::valueOf).toList();
            java.util.Set<String> g = Arrays.stream(gold[q]).mapToObj(String::valueOf).collect(java.util.stream.Collectors.toSet());
            out[0][q] = Metrics.rPrecisionAt(ranked, g, 5);
            double best = Arrays.stream(gold[q]).mapToDouble(c -> s[c]).max().orElseThrow();
            long above = Arrays.stream(s).filter(x -> x > best).count();
            out[1][q] = 1.0 / (above + 1);
        });
        return out;
    }

    private static float[][] cosines(float[][] q, float[][] v) {
        float[][] out = new float[q.length][v.length];
        IntStream.range(0, q.length).parallel().forEach(i -> {
            for (int c = 0; c < v.length; c++) out[i][c] = VectorMath.dot(q[i], 0, v[c], 0, v[c].length);
        });
        return out;
    }

    private static float[][] cached(Path file, int n, java.util.function.Supplier<float[][]> compute) throws IOException {
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int rows = in.readInt();
                int dim = in.readInt();
                if (rows == n) {
                    float[][] v = new float[rows][dim];
                    for (float[] r : v) for (int d = 0; d < dim; d++) r[d] = in.readFloat();
                    return v;
                }
            }
        }
        long t0 = System.nanoTime();
        float[][] v = compute.get();
        System.err.printf(Locale.ROOT, "embedded %d texts for %s in %.0f s%n", n, file.getFileName(), (System.nanoTime() - t0) / 1e9);
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(v.length);
            out.writeInt(v[0].length);
            for (float[] r : v) for (float x : r) out.writeFloat(x);
        }
        return v;
    }
}
