package org.skillscope.core.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillscope.core.CoreException;

/**
 * Batched BERT-style encoder on ONNX Runtime (CPU) with mean pooling. langchain4j's in-process
 * models run one text per inference call; padding texts of similar length into one batch is
 * several times faster on a small CPU, which is what makes the hybrid matcher fast enough.
 * Same model files and pooling as langchain4j, so vectors agree with its output.
 */
public final class OnnxEncoder implements Encoder {
    private static final int MAX_TOKENS = 128;
    public static final int DEFAULT_BATCH = 64;
    private final EmbeddingModelSpec spec;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final int batchSize;

    private OnnxEncoder(EmbeddingModelSpec spec, OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, int batchSize) {
        this.spec = spec;
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        this.batchSize = batchSize;
    }

    /** @param threads ONNX intra-op threads (the machine's cores is a good default) */
    public static OnnxEncoder load(EmbeddingModelSpec spec, int threads, int batchSize) {
        try (InputStream model = resource(spec.onnxResource()); InputStream tok = resource(spec.tokenizerResource())) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // idle intra-op threads sleep instead of spinning: on a shared or oversubscribed CPU (Spark tasks,
            // the matcher's own ranking threads) spinning burns the cores the other work needs
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tok,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            return new OnnxEncoder(spec, env, session, tokenizer, batchSize);
        } catch (IOException | OrtException e) {
            throw new CoreException("cannot load embedding model " + spec.id() + ": " + e.getMessage(), e);
        }
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
        int n = texts.size();
        float[][] out = new float[n][];
        if (n == 0) {
            return out;
        }
        Encoding[] enc = tokenizer.batchEncode(texts.stream().map(t -> t == null || t.isBlank() ? "." : t).toList());
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
            float[][] vecs = runBatch(enc, idx);
            for (int j = 0; j < idx.length; j++) {
                out[idx[j]] = vecs[j];
            }
        }
        return out;
    }

    private float[][] runBatch(Encoding[] enc, int[] idx) {
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
                float[][] out = new float[b][];
                for (int j = 0; j < b; j++) {
                    out[j] = meanPoolNormalised(hidden[j], mask, j * len, len);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new CoreException("embedding inference failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] meanPoolNormalised(float[][] tokens, long[] mask, int offset, int len) {
        int dim = tokens[0].length;
        float[] v = new float[dim];
        int count = 0;
        for (int t = 0; t < len; t++) {
            if (mask[offset + t] == 0) {
                continue;
            }
            count++;
            float[] tok = tokens[t];
            for (int d = 0; d < dim; d++) {
                v[d] += tok[d];
            }
        }
        double norm = 0;
        for (int d = 0; d < dim; d++) {
            v[d] /= Math.max(1, count);
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
        return spec.id();
    }

    public EmbeddingModelSpec spec() {
        return spec;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new CoreException("cannot close embedding session: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
