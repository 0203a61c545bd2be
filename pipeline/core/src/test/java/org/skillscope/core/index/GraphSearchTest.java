package org.skillscope.core.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.hnsw.HnswGraph;
import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.junit.jupiter.api.Test;

class GraphSearchTest {
    /**
     * Scoring a node's neighbours together must not change the search: the same hits, scores and visits as Lucene's.
     * Every seventh vector repeats an earlier one, so that scores tie (the comparisons must be Lucene's, > or >=).
     */
    @Test
    void findsWhatLucenesSearchFindsOnTheSameGraph() throws Exception {
        Random r = new Random(43);
        int dim = 24, n = 6000;
        float[] vectors = new float[n * dim];
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int d = 0; d < n; d++) {
                    float[] v = d % 7 == 6 ? Arrays.copyOfRange(vectors, (d / 2) * dim, (d / 2 + 1) * dim) : unit(r, dim);
                    System.arraycopy(v, 0, vectors, d * dim, dim);
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField("v", v, VectorSimilarityFunction.DOT_PRODUCT));
                    w.addDocument(doc);
                }
                w.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                KnnVectorsReader vr = ((CodecReader) leaf).getVectorReader();
                if (vr instanceof PerFieldKnnVectorsFormat.FieldsReader perField) vr = perField.getFieldReader("v");
                HnswGraph graph = ((HnswGraphProvider) vr).getGraph("v");
                assertTrue(graph.numLevels() > 1, "the graph has upper levels to descend");
                for (int q = 0; q < 40; q++) {
                    float[] query = unit(r, dim);
                    for (int k : new int[] {1, 10, 50}) {
                        RandomVectorScorer one = new RandomVectorScorer() {
                            @Override
                            public float score(int node) {
                                return Math.max((1 + VectorMath.dot(query, 0, vectors, node * dim, dim)) / 2, 0);
                            }

                            @Override
                            public int maxOrd() {
                                return n;
                            }
                        };
                        TopKnnCollector expected = new TopKnnCollector(k, Integer.MAX_VALUE);
                        HnswGraphSearcher.search(one, expected, ((HnswGraphProvider) vr).getGraph("v"), null);
                        TopKnnCollector actual = new TopKnnCollector(k, Integer.MAX_VALUE);
                        GraphSearch.search(((HnswGraphProvider) vr).getGraph("v"), (nodes, count, out) -> {
                            int[] rows = Arrays.copyOf(nodes, count);
                            VectorMath.dotsAt(query, vectors, rows, count, out, dim);
                            for (int i = 0; i < count; i++) out[i] = Math.max((1 + out[i]) / 2, 0);
                        }, actual);
                        TopDocs e = expected.topDocs(), a = actual.topDocs();
                        assertEquals(k, a.scoreDocs.length);
                        assertArrayEquals(docs(e), docs(a), "query " + q + ", k " + k);
                        for (int i = 0; i < k; i++) assertEquals(e.scoreDocs[i].score, a.scoreDocs[i].score, 0f);
                        assertEquals(expected.visitedCount(), actual.visitedCount(), "query " + q + ", k " + k);
                    }
                }
            }
        }
    }

    private static int[] docs(TopDocs td) {
        int[] out = new int[td.scoreDocs.length];
        int i = 0;
        for (ScoreDoc sd : td.scoreDocs) out[i++] = sd.doc;
        return out;
    }

    private static float[] unit(Random r, int dim) {
        float[] v = new float[dim];
        double norm = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dim; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }
}
