package org.skillscope.core.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.hnsw.HnswGraph;
import org.apache.lucene.util.hnsw.NeighborQueue;

/**
 * Lucene's HNSW search ({@code HnswGraphSearcher.search}, Lucene 9.12: greedy descent through the upper levels, then a
 * best-first search of level 0), with one change: the unvisited neighbours of the node being expanded are scored
 * together ({@link Scores}), so that their vectors, scattered over a large array, are fetched side by side. They are then
 * taken in the order Lucene takes them, with Lucene's comparisons, so the same nodes are visited and collected.
 * The collector must set no visit limit (Lucene stops early only on one; refused here).
 */
final class GraphSearch {
    /** Similarities of nodes: {@code out[i]} for {@code nodes[i]}, {@code i < n}. */
    interface Scores {
        void score(int[] nodes, int n, float[] out);
    }

    private final HnswGraph graph;
    private final Scores scores;
    private final FixedBitSet visited;
    private int[] friends = new int[64];
    private float[] sims = new float[64];

    private GraphSearch(HnswGraph graph, Scores scores) {
        this.graph = graph;
        this.scores = scores;
        this.visited = new FixedBitSet(graph.maxNodeId() + 1);
    }

    static void search(HnswGraph graph, Scores scores, TopKnnCollector results) throws IOException {
        if (results.visitLimit() != Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a visit limit would stop Lucene's search where this one goes on");
        }
        if (graph.size() > 0 && graph.entryNode() != -1) {  // an empty graph's entry node is 0, not -1
            new GraphSearch(graph, scores).run(results);
        }
    }

    private void run(TopKnnCollector results) throws IOException {
        int ep = graph.entryNode();
        if (graph.numLevels() > 1) {
            float best = scoreOne(ep);
            results.incVisitedCount(1);
            for (int level = graph.numLevels() - 1; level >= 1; level--) {
                visited.set(ep);
                boolean better = true;
                while (better) {
                    better = false;
                    int n = expand(level, ep, results);
                    for (int i = 0; i < n; i++) {
                        if (sims[i] > best) {
                            best = sims[i];
                            ep = friends[i];
                            better = true;
                        }
                    }
                }
            }
            visited.clear();
        }
        NeighborQueue candidates = new NeighborQueue(results.k(), true);
        visited.set(ep);
        float sim = scoreOne(ep);
        results.incVisitedCount(1);
        candidates.add(ep, sim);
        results.collect(ep, sim);
        float minAccepted = results.minCompetitiveSimilarity();
        // Lucene's test, "not below": a NaN score goes on, as there
        while (candidates.size() > 0 && !(candidates.topScore() < minAccepted)) {
            int n = expand(0, candidates.pop(), results);
            for (int i = 0; i < n; i++) {
                if (sims[i] > minAccepted) {
                    candidates.add(friends[i], sims[i]);
                    if (results.collect(friends[i], sims[i])) {
                        minAccepted = results.minCompetitiveSimilarity();
                    }
                }
            }
        }
    }

    /** One node's similarity, with the neighbour buffers as scratch (no neighbours are held in them then). */
    private float scoreOne(int node) {
        friends[0] = node;
        scores.score(friends, 1, sims);
        return sims[0];
    }

    /**
     * Marks the node's neighbours on this level that were not visited yet, scores them ({@code friends[0..n)},
     * {@code sims[0..n)}) and counts them as visited.
     */
    private int expand(int level, int node, TopKnnCollector results) throws IOException {
        graph.seek(level, node);
        int n = 0;
        for (int f = graph.nextNeighbor(); f != DocIdSetIterator.NO_MORE_DOCS; f = graph.nextNeighbor()) {
            if (!visited.getAndSet(f)) {
                if (n == friends.length) {
                    friends = Arrays.copyOf(friends, 2 * n);
                    sims = new float[2 * n];
                }
                friends[n++] = f;
            }
        }
        if (n > 0) {
            scores.score(friends, n, sims);
            results.incVisitedCount(n);  // Lucene counts one at a time and asserts a positive count
        }
        return n;
    }
}
