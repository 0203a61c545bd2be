package org.skillscope.core.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.skillscope.datasets.esco.LocalizedLabel;

/**
 * Titles in one language to ESCO concepts by that language's labels: two TF-IDF spaces (stemmed
 * words; character n-grams of each word, accents folded) over all labels, cosine in each, mixed by
 * {@link TitleParams#wordWeight}; a concept scores by its best label. Lexical on purpose: on MELO this
 * is about as good as large multilingual embedding models, needs no model per language, and is
 * deterministic. Immutable after construction; {@link #rank} is safe from many threads (the analyzer
 * keeps per-thread token streams).
 */
public final class TitleIndex {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String language;
    private final TitleParams params;
    private final Analyzer stemmer;
    private final String[] uris;          // concept of each label
    private final String[] texts;         // each label's text
    private final int[] concept;          // each label's concept number
    private final String[] conceptUris;   // by concept number
    private final Space words = new Space();
    private final Space grams = new Space();

    public TitleIndex(String language, List<LocalizedLabel> labels, TitleParams params) {
        this.language = language;
        this.params = params;
        this.stemmer = LanguageAnalyzers.stemmer(language);
        // one entry per (concept, text): MELO and the CSVs repeat texts across label kinds
        Map<String, LocalizedLabel> unique = new LinkedHashMap<>();
        for (LocalizedLabel l : labels) unique.putIfAbsent(l.uri() + "\t" + l.text(), l);
        uris = new String[unique.size()];
        texts = new String[unique.size()];
        concept = new int[unique.size()];
        Map<String, Integer> conceptIds = new LinkedHashMap<>();
        List<Map<String, Integer>> w = new ArrayList<>(unique.size()), g = new ArrayList<>(unique.size());
        int i = 0;
        for (LocalizedLabel l : unique.values()) {
            uris[i] = l.uri();
            concept[i] = conceptIds.computeIfAbsent(l.uri(), u -> conceptIds.size());
            texts[i] = l.text();
            List<String> tokens = words(l.text());
            w.add(counts(tokens));
            g.add(counts(grams(l.text())));
            i++;
        }
        conceptUris = conceptIds.keySet().toArray(new String[0]);
        words.build(w);
        grams.build(g);
    }

    public String language() {
        return language;
    }

    public int labels() {
        return uris.length;
    }

    /** The {@code k} best concepts for a title, best first (ties by URI); empty when no feature of the title is known. */
    public List<TitleMatch> rank(String title, int k) {
        float[] score = labelScores(title);
        int[] best = bestLabels(score);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < best.length; c++) if (best[c] >= 0) order.add(c);
        order.sort((a, b) -> score[best[a]] != score[best[b]] ? Float.compare(score[best[b]], score[best[a]]) : conceptUris[a].compareTo(conceptUris[b]));
        List<TitleMatch> out = new ArrayList<>(Math.min(k, order.size()));
        for (int j = 0; j < order.size() && j < k; j++) {
            int l = best[order.get(j)];
            out.add(new TitleMatch(uris[l], Math.min(1.0, score[l]), texts[l]));
        }
        return out;
    }

    /**
     * The 1-based position the best of {@code gold} would have in {@link #rank}, 0 when none scores:
     * the same order without sorting every concept (evaluation ranks thousands of titles many times).
     */
    public int rankOf(String title, java.util.Set<String> gold) {
        float[] score = labelScores(title);
        int[] best = bestLabels(score);
        int top = -1;
        for (int c = 0; c < best.length; c++) {
            if (best[c] < 0 || !gold.contains(conceptUris[c])) continue;
            if (top < 0 || before(c, top, score, best)) top = c;
        }
        if (top < 0) return 0;
        int rank = 1;
        for (int c = 0; c < best.length; c++) if (best[c] >= 0 && c != top && before(c, top, score, best)) rank++;
        return rank;
    }

    private boolean before(int a, int b, float[] score, int[] best) {
        float sa = score[best[a]], sb = score[best[b]];
        return sa != sb ? sa > sb : conceptUris[a].compareTo(conceptUris[b]) < 0;
    }

    private float[] labelScores(String title) {
        float[] score = new float[uris.length];
        double ww = params.wordWeight();
        if (ww > 0) words.accumulate(counts(words(title)), (float) ww, score);
        if (ww < 1) grams.accumulate(counts(grams(title)), (float) (1 - ww), score);
        return score;
    }

    /** Per concept, its best-scoring label (ties: the smaller text), -1 when none scores. */
    private int[] bestLabels(float[] score) {
        int[] best = new int[conceptUris.length];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < score.length; i++) {
            if (score[i] <= 0) continue;
            int c = concept[i], b = best[c];
            if (b < 0 || score[i] > score[b] || (score[i] == score[b] && texts[i].compareTo(texts[b]) < 0)) best[c] = i;
        }
        return best;
    }

    /** Stemmed words (Lucene's analyzer for the language), else lower-cased words cut to the prefix length. */
    List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        if (stemmer == null) {
            var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String t = m.group();
                if (t.length() < 2) continue;
                out.add(t.length() > params.prefix() ? t.substring(0, params.prefix()) : t);
            }
            return out;
        }
        try (TokenStream ts = stemmer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) if (term.length() > 1) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** Character n-grams of each word padded with a space at both ends, lower-cased and with accents removed. */
    List<String> grams(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        var m = WORD.matcher(folded);
        while (m.find()) {
            if (m.group().length() < 2) continue; // "(m/w/d)", "k/m", initials: no occupation in one letter
            String w = " " + m.group() + " ";
            for (int n = params.minGram(); n <= params.maxGram(); n++) {
                for (int s = 0; s + n <= w.length(); s++) out.add(w.substring(s, s + n));
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : tokens) c.merge(t, 1, Integer::sum);
        return c;
    }

    /** One TF-IDF space: sublinear tf, smoothed idf, L2-normalised label vectors in an inverted index. */
    private static final class Space {
        private final Map<String, Integer> ids = new HashMap<>();
        private float[] idf;
        private int[][] postings;
        private float[][] weights;

        void build(List<Map<String, Integer>> docs) {
            for (Map<String, Integer> d : docs) for (String t : d.keySet()) ids.putIfAbsent(t, ids.size());
            int[] df = new int[ids.size()];
            for (Map<String, Integer> d : docs) for (String t : d.keySet()) df[ids.get(t)]++;
            idf = new float[df.length];
            for (int t = 0; t < df.length; t++) idf[t] = (float) (Math.log((docs.size() + 1.0) / (df[t] + 1.0)) + 1.0);
            postings = new int[df.length][];
            weights = new float[df.length][];
            for (int t = 0; t < df.length; t++) {
                postings[t] = new int[df[t]];
                weights[t] = new float[df[t]];
            }
            int[] fill = new int[df.length];
            for (int d = 0; d < docs.size(); d++) {
                Map<String, Integer> doc = docs.get(d);
                double norm = 0;
                for (Map.Entry<String, Integer> e : doc.entrySet()) {
                    double v = tf(e.getValue()) * idf[ids.get(e.getKey())];
                    norm += v * v;
                }
                norm = Math.sqrt(norm);
                for (Map.Entry<String, Integer> e : doc.entrySet()) {
                    int t = ids.get(e.getKey());
                    postings[t][fill[t]] = d;
                    weights[t][fill[t]++] = (float) (tf(e.getValue()) * idf[t] / norm);
                }
            }
        }

        /** Adds {@code factor} x cosine(query, label) to every label's score. Unknown query features count in the norm. */
        void accumulate(Map<String, Integer> query, float factor, float[] score) {
            if (query.isEmpty()) return;
            double norm = 0;
            float maxIdf = idf.length == 0 ? 1f : max(idf);
            Map<Integer, Double> q = new HashMap<>();
            for (Map.Entry<String, Integer> e : query.entrySet()) {
                Integer t = ids.get(e.getKey());
                double v = tf(e.getValue()) * (t == null ? maxIdf : idf[t]);
                norm += v * v;
                if (t != null) q.put(t, v);
            }
            norm = Math.sqrt(norm);
            for (Map.Entry<Integer, Double> e : q.entrySet()) {
                int t = e.getKey();
                float qw = (float) (factor * e.getValue() / norm);
                int[] p = postings[t];
                float[] w = weights[t];
                for (int j = 0; j < p.length; j++) score[p[j]] += qw * w[j];
            }
        }

        private static double tf(int n) {
            return 1 + Math.log(n);
        }

        private static float max(float[] a) {
            float m = a[0];
            for (float v : a) m = Math.max(m, v);
            return m;
        }
    }

    @Override
    public String toString() {
        return language + " title index: " + uris.length + " labels, " + params + (stemmer == null ? ", no stemmer" : "");
    }

}
