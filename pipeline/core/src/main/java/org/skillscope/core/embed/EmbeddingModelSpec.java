package org.skillscope.core.embed;

/**
 * A sentence-embedding model shipped inside a Maven jar (ONNX + tokenizer.json as classpath
 * resources), so nothing is downloaded at run time. {@code queryPrefix}/{@code docPrefix} are the
 * instructions some models expect (BGE, E5); MiniLM needs none.
 */
public enum EmbeddingModelSpec {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", 384, "", "");

    private final String id;
    private final String onnxResource;
    private final String tokenizerResource;
    private final int dim;
    private final String queryPrefix;
    private final String docPrefix;

    EmbeddingModelSpec(String id, String onnxResource, String tokenizerResource, int dim, String queryPrefix, String docPrefix) {
        this.id = id;
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
        this.dim = dim;
        this.queryPrefix = queryPrefix;
        this.docPrefix = docPrefix;
    }

    public String id() { return id; }
    public String onnxResource() { return onnxResource; }
    public String tokenizerResource() { return tokenizerResource; }
    public int dim() { return dim; }
    public String queryPrefix() { return queryPrefix; }
    public String docPrefix() { return docPrefix; }
}
