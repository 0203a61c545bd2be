package org.skillscope.core.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillscope.core.CoreException;
import org.skillscope.core.text.Chunker;

/**
 * Batched BERT-style encoder on ONNX Runtime (CPU) with mean pooling. langchain4j's in-process
 * models run one text per inference call; texts sorted by length and run in small batches are
 * faster. Small, not large: on 2 AVX2 cores (1,500 vacancy sentences, two single-threaded encoders
 * side by side as in a Spark executor; medians of 4 passes) batches of 8 took 7.8 ms per sentence,
 * 16 took 9.2 and 64 took 12.1; the activations of a small batch stay in the core's cache. The quantized model scales
 * each batch as a whole, so the batch size is part of {@link #modelId()}. That is why only the index's labels and
 * descriptions are embedded in batches; the units a text is cut into ({@link #embedWithPhrases}) run one per pass,
 * so a unit's vector never depends on the units batched with it (the job's partition neighbours, or the rest of a
 * document posted to the API); on several cores the caller runs units side by side, one core each. Same model files and
 * pooling as langchain4j.
 */
public final class OnnxEncoder implements Encoder {
    private static final int MAX_TOKENS = 128;
    public static final int DEFAULT_BATCH = 8;
    private final EmbeddingModelSpec spec;
    private final OrtEnvironment env;
    private final OrtSession session;       // batches (the index's labels and descriptions) on all the given cores
    private final OrtSession unitSession;   // one unit per pass, on one core: callers run units side by side (RankingEngine)
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final int batchSize;

    private OnnxEncoder(EmbeddingModelSpec spec, OrtEnvironment env, OrtSession session, OrtSession unitSession, HuggingFaceTokenizer tokenizer,
                        int batchSize) {
        this.spec = spec;
        this.env = env;
        this.session = session;
        this.unitSession = unitSession;
        this.tokenizer = tokenizer;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        this.batchSize = batchSize;
    }

    /**
     * @param threads ONNX intra-op threads of a batch (the machine's cores is a good default). A unit's pass runs on one
     *                core: a short unit alone splits badly over cores, so units run side by side instead (`bench map`
     *                hybrid, medians of 3 runs: 446 units/s against 381 with every pass on both cores). The thread
     *                count does not change a vector (the same eval figures to the last digit)
     */
    public static OnnxEncoder load(EmbeddingModelSpec spec, int threads, int batchSize) {
        try (InputStream model = resource(spec.onnxResource()); InputStream tok = resource(spec.tokenizerResource())) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            byte[] bytes = model.readAllBytes();
            OrtSession session = session(env, bytes, threads);
            OrtSession unitSession = threads <= 1 ? session : session(env, bytes, 1);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tok,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            return new OnnxEncoder(spec, env, session, unitSession, tokenizer, batchSize);
        } catch (IOException | OrtException e) {
            throw new CoreException("cannot load embedding model " + spec.id() + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession session(OrtEnvironment env, byte[] model, int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, threads));
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // idle intra-op threads sleep instead of spinning: on a shared or oversubscribed CPU (Spark tasks,
        // the matcher's own ranking threads) spinning burns the cores the other work needs
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return env.createSession(model, options);
    }

    public static OnnxEncoder load(EmbeddingModelSpec spec) {
        return load(spec, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new CoreException("embedding model resource " + name + " not on the classpath (missing langchain4j model jar?)");
        }
        return in;
    }

    @Override
    public float[][] embed(List<String> texts) {
        return embed(texts, batchSize);
    }

    private float[][] embed(List<String> texts, int batch) {
        float[][][] pooled = embed(texts, List.of(), batch);
        float[][] out = new float[pooled.length][];
        for (int i = 0; i < pooled.length; i++) {
            out[i] = pooled[i][0];
        }
        return out;
    }

    /**
     * One pass per text: its tokens' states pooled over the whole text and over each phrase's tokens
     * ("late chunking"), so a phrase costs no inference of its own and keeps its sentence's context.
     * A phrase cut off by truncation is embedded on its own.
     */
    @Override
    public float[][][] embedWithPhrases(List<String> texts, List<List<Chunker.Phrase>> phrases) {
        // one text per pass: the quantized model scales a batch as a whole, so a text's vector would depend on the texts
        // it shares a batch with (in the job, its neighbours in the corpus; in the API, the rest of one document)
        float[][][] out = embed(texts, phrases, 1);
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            for (int p = 1; p < out[i].length; p++) {
                if (out[i][p] == null) {
                    orphans.add(phrases.get(i).get(p - 1).text());
                }
            }
        }
        if (!orphans.isEmpty()) {
            float[][] v = embed(orphans, 1);
            int next = 0;
            for (float[][] o : out) {
                for (int p = 1; p < o.length; p++) {
                    if (o[p] == null) {
                        o[p] = v[next++];
                    }
                }
            }
        }
        return out;
    }

    /** Per text: [0] pooled over all its tokens, then one per phrase (null when the phrase has no token left). */
    private float[][][] embed(List<String> texts, List<List<Chunker.Phrase>> phrases, int batchSize) {
        int n = texts.size();
        float[][][] out = new float[n][][];
        if (n == 0) {
            return out;
        }
        Encoding[] enc = tokenizer.batchEncode(texts.stream().map(t -> t == null || t.isBlank() ? "." : t).toList());
        int[][][] pools = new int[n][][];
        for (int i = 0; i < n; i++) {
            pools[i] = pools(enc[i], phrases.isEmpty() ? List.of() : phrases.get(i));
        }
        // sort by length so each batch pads little
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> enc[i].getIds().length));
        for (int from = 0; from < n; from += batchSize) {
            int to = Math.min(n, from + batchSize);
            int[] idx = new int[to - from];
            for (int i = from; i < to; i++) {
                idx[i - from] = order[i];
            }
            float[][][] vecs = runBatch(batchSize == 1 ? unitSession : session, enc, idx, pools);
            for (int j = 0; j < idx.length; j++) {
                out[idx[j]] = vecs[j];
            }
        }
        return out;
    }

    /** Token positions to pool: all of them (as sentence-transformers does, [CLS] and [SEP] included), then each phrase's. */
    private static int[][] pools(Encoding e, List<Chunker.Phrase> phrases) {
        int len = e.getIds().length;
        int[][] pools = new int[1 + phrases.size()][];
        pools[0] = java.util.stream.IntStream.range(0, len).toArray();
        CharSpan[] spans = e.getCharTokenSpans();
        long[] special = e.getSpecialTokenMask();
        for (int p = 0; p < phrases.size(); p++) {
            Chunker.Phrase ph = phrases.get(p);
            int[] buf = new int[len];
            int k = 0;
            for (int t = 0; t < len; t++) {
                CharSpan s = spans[t];
                if (special[t] == 0 && s != null && s.getStart() < ph.end() && s.getEnd() > ph.start()) {
                    buf[k++] = t;
                }
            }
            pools[1 + p] = Arrays.copyOf(buf, k);
        }
        return pools;
    }

    private float[][][] runBatch(OrtSession session, Encoding[] enc, int[] idx, int[][][] pools) {
        int b = idx.length;
        int len = 0;
        for (int i : idx) {
            len = Math.max(len, enc[i].getIds().length);
        }
        long[] ids = new long[b * len];
        long[] mask = new long[b * len];
        long[] types = new long[b * len];
        for (int j = 0; j < b; j++) {
            long[] tid = enc[idx[j]].getIds();
            System.arraycopy(tid, 0, ids, j * len, tid.length);
            Arrays.fill(mask, j * len, j * len + tid.length, 1L);
        }
        long[] shape = {b, len};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (wantsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][][] out = new float[b][][];
                for (int j = 0; j < b; j++) {
                    int[][] ps = pools[idx[j]];
                    out[j] = new float[ps.length][];
                    for (int p = 0; p < ps.length; p++) {
                        out[j][p] = ps[p].length == 0 ? null : meanPoolNormalised(hidden[j], ps[p]);
                    }
                }
                return out;
            }
        } catch (OrtException e) {
            throw new CoreException("embedding inference failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] meanPoolNormalised(float[][] tokens, int[] positions) {
        int dim = tokens[0].length;
        float[] v = new float[dim];
        for (int t : positions) {
            float[] tok = tokens[t];
            for (int d = 0; d < dim; d++) {
                v[d] += tok[d];
            }
        }
        double norm = 0;
        for (int d = 0; d < dim; d++) {
            v[d] /= positions.length;
            norm += v[d] * v[d];
        }
        float inv = (float) (1.0 / Math.max(1e-12, Math.sqrt(norm)));
        for (int d = 0; d < dim; d++) {
            v[d] *= inv;
        }
        return v;
    }

    @Override
    public int dim() {
        return spec.dim();
    }

    @Override
    public String modelId() {
        // the quantization scale is the batch's, so vectors depend on how texts were batched
        return spec.id() + "/batch" + batchSize;
    }

    public EmbeddingModelSpec spec() {
        return spec;
    }

    @Override
    public void close() {
        try {
            session.close();
            if (unitSession != session) unitSession.close();
        } catch (OrtException e) {
            throw new CoreException("cannot close embedding session: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
