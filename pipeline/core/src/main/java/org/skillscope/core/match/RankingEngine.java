package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.skillscope.core.embed.Encoder;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.VectorMath;
import org.skillscope.core.text.Chunker;

/**
 * Ranks the concepts of an index for text units in two stages. Candidates: BM25 over labels,
 * nearest labels and descriptions of the unit (HNSW), nearest labels of each phrase of the unit.
 * Scoring (exact, candidates only): BM25 (best label + a little description) divided by the unit's
 * best; dense = cosines with labels and "label. description", where a phrase may stand in for the
 * whole unit, min-max scaled over the candidates; the two fused, plus a boost when a whole label
 * occurs in the unit. A phrase's vector is pooled from its tokens in the unit's own encoder pass
 * (late chunking: half the inference, and better on the house and tech validation splits than
 * embedding phrases alone). An optional {@link CandidateScorer} (for skills: the bundled {@link TreeReranker})
 * then re-scores the candidates from their {@link RerankFeatures}, the fused score among them.
 * A unit's ranking depends on its text alone (the encoder runs each unit in a pass of its own), so the
 * job, {@code map} and the API rank it the same. No cache: callers deduplicate their units (the job maps
 * each distinct sentence once).
 */
public final class RankingEngine {
    private final ConceptIndex index;
    private final Encoder encoder;   // null in LEXICAL mode
    private final MatcherConfig config;
    private final Chunker chunker;
    private final float[] prior;     // per concept in [0, 1], or null
    private final boolean parallel;
    private final CandidateScorer scorer;  // null: the fused score ranks
    private final float[][] traits;        // per concept, for the scorer's features, or null
    private final Asserter asserter;       // null: confidence is the cosine with the matched label

    /**
     * @param prior     per-concept prior in [0, 1] weighted by {@code config.priorWeight()}, or null for none
     * @param parallel  rank the units of one call on all cores (false where callers already run side by side)
     */
    public RankingEngine(ConceptIndex index, Encoder encoder, MatcherConfig config, float[] prior, boolean parallel) {
        this(index, encoder, config, prior, parallel, null, null);
    }

    /**
     * @param scorer re-scores the candidates from their {@link RerankFeatures} (null: the fused score ranks)
     * @param traits per-concept {@link SkillTraits} rows for those features, or null
     */
    public RankingEngine(ConceptIndex index, Encoder encoder, MatcherConfig config, float[] prior, boolean parallel,
                         CandidateScorer scorer, float[][] traits) {
        this(index, encoder, config, prior, parallel, scorer, traits, null);
    }

    /** @param asserter gives each returned candidate its confidence (null: the cosine with the matched label) */
    public RankingEngine(ConceptIndex index, Encoder encoder, MatcherConfig config, float[] prior, boolean parallel,
                         CandidateScorer scorer, float[][] traits, Asserter asserter) {
        if (config.mode() != MatcherConfig.Mode.LEXICAL && encoder == null) {
            throw new IllegalArgumentException("mode " + config.mode() + " needs an encoder");
        }
        this.index = index;
        this.encoder = encoder;
        this.config = config;
        this.chunker = new Chunker(config.maxChunks());
        this.prior = prior;
        this.parallel = parallel;
        this.scorer = scorer;
        this.traits = traits;
        this.asserter = asserter;
    }

    public ConceptIndex index() {
        return index;
    }

    public MatcherConfig config() {
        return config;
    }

    /** Top {@code k} candidates per unit, in input order (fewer when fewer concepts are candidates). */
    public List<UnitRanking> rank(List<String> units, int k) {
        return rank(units, k, false);
    }

    /** Every concept per unit (for evaluation): candidates by score, then all others in index order with score 0. */
    public List<UnitRanking> rankAll(List<String> units) {
        return rank(units, index.size(), true);
    }

    private List<UnitRanking> rank(List<String> units, int k, boolean padAll) {
        UnitRanking[] out = new UnitRanking[units.size()];
        // a unit repeated within the call is ranked once
        Map<String, List<Integer>> todo = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) todo.computeIfAbsent(units.get(i), u -> new ArrayList<>()).add(i);
        List<String> fresh = new ArrayList<>(todo.keySet());
        boolean dense = config.mode() != MatcherConfig.Mode.LEXICAL;
        // per unit: its vector, then its phrases' (pooled from the unit's own pass). The encoder runs each unit alone
        // anyway (see OnnxEncoder), so on all cores each unit is embedded in its own task, beside the others' ranking.
        // In turn (a Spark task), the call's units go to the encoder together: it tokenizes them in one batch on all
        // cores (embedding each unit on its own took the real-data map stage from 94-104 s to 114-119 s)
        float[][][] vectors = dense && !parallel ? encoder.embedWithPhrases(fresh, fresh.stream().map(chunker::phrases).toList()) : null;
        UnitRanking[] ranked = new UnitRanking[fresh.size()];
        IntStream todoUnits = IntStream.range(0, fresh.size());
        (parallel ? todoUnits.parallel() : todoUnits).forEach(j -> {
            String u = fresh.get(j);
            float[][] v = !dense ? null
                    : vectors != null ? vectors[j] : encoder.embedWithPhrases(List.of(u), List.of(chunker.phrases(u)))[0];
            float[] uv = dense ? v[0] : null;
            List<float[]> cv = dense ? Arrays.asList(v).subList(1, v.length) : List.of();
            ranked[j] = rankUnit(u, uv, cv, k, padAll);
        });
        for (int j = 0; j < fresh.size(); j++) {
            for (int i : todo.get(fresh.get(j))) out[i] = ranked[j];
        }
        return Arrays.asList(out);
    }

    /** Per-thread concept-sized work arrays, reset after each unit (only its candidates' entries), so no 13.9k-sized allocation or fill per unit. */
    private static final class Scratch {
        final float[] lexAll;
        final int[] lexLabelAll;
        final float[] descAll;
        final boolean[] seen;
        int[] candidates;  // the unit's candidates once known: the only entries written, so the only ones to reset

        Scratch(int n) {
            lexAll = new float[n];
            lexLabelAll = new int[n];
            descAll = new float[n];
            seen = new boolean[n];
        }
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(index().size()));

    UnitRanking rankUnit(String unit, float[] uv, List<float[]> chunkVecs, int k, boolean padAll) {
        return rankUnit(unit, uv, chunkVecs, k, padAll, (IntPredicate) null);
    }

    /**
     * One unit ranked as if the labels {@code hidden} accepts were not in the index: the supervision
     * for the re-ranker built from ESCO's own labels (a label used as query would else find itself).
     * Embeds on its own; not for serving.
     */
    UnitRanking rankWithout(String unit, IntPredicate hidden, int k) {
        boolean dense = config.mode() != MatcherConfig.Mode.LEXICAL;
        float[][] v = dense ? encoder.embedWithPhrases(List.of(unit), List.of(chunker.phrases(unit)))[0] : null;
        List<float[]> cv = dense ? Arrays.asList(v).subList(1, v.length) : List.of();
        return rankUnit(unit, dense ? v[0] : null, cv, k, false, hidden);
    }

    private UnitRanking rankUnit(String unit, float[] uv, List<float[]> chunkVecs, int k, boolean padAll, IntPredicate hidden) {
        Scratch s = scratch.get();
        try {
            return rankUnit(unit, uv, chunkVecs, k, padAll, s, hidden);
        } finally {
            if (s.candidates != null) {
                for (int c : s.candidates) {
                    s.lexAll[c] = 0f;
                    s.lexLabelAll[c] = 0;
                    s.descAll[c] = 0f;
                    s.seen[c] = false;
                }
                s.candidates = null;
            } else {
                Arrays.fill(s.lexAll, 0f);
                Arrays.fill(s.lexLabelAll, 0);
                Arrays.fill(s.descAll, 0f);
                Arrays.fill(s.seen, false);
            }
        }
    }

    private UnitRanking rankUnit(String unit, float[] uv, List<float[]> chunkVecs, int k, boolean padAll, Scratch s,
                                 IntPredicate hidden) {
        int n = index.size();
        boolean dense = uv != null;
        boolean lexical = config.mode() != MatcherConfig.Mode.DENSE;
        float[] lexAll = s.lexAll;
        int[] lexLabelAll = s.lexLabelAll;
        float[] descAll = s.descAll;
        boolean[] seen = s.seen;
        int[] candBuf = new int[64];
        int m = 0;
        List<String> unitTermList = List.of();
        if (lexical) {
            unitTermList = index.terms(unit);
            for (int c : index.lexicalTerms(unitTermList, config.lexTopLabels(), config.lexTopDescs(), lexAll, lexLabelAll, descAll, hidden)) {
                if (!seen[c]) {
                    seen[c] = true;
                    candBuf = push(candBuf, m++, c);
                }
            }
        }
        if (dense) {
            List<int[]> hits = new ArrayList<>(2 + chunkVecs.size());
            hits.add(index.nearestByLabel(uv, config.knnLabels()));
            hits.add(index.nearestByDescription(uv, config.knnConcepts()));
            for (float[] cv : chunkVecs) {
                hits.add(index.nearestByLabel(cv, config.knnChunk()));
            }
            for (int[] h : hits) {
                for (int c : h) {
                    if (!seen[c]) {
                        seen[c] = true;
                        candBuf = push(candBuf, m++, c);
                    }
                }
            }
        }
        int[] cs = Arrays.copyOf(candBuf, m);
        s.candidates = cs;  // every concept the searches wrote is a candidate
        if (scorer != null) {
            Arrays.sort(cs);  // so that ties of the re-ranker fall to the smaller concept ordinal
        }
        float[] lex = new float[m];
        float[] den = new float[m];
        float[] conf = new float[m];
        int[] denseLabel = new int[m];
        float[] labA = new float[m];
        float[] chunkLabA = new float[m];
        float[] docA = new float[m];
        float[] chunkDocA = new float[m];
        boolean[] covered = new boolean[m];
        Set<String> unitTerms = new HashSet<>(unitTermList);
        int[] unitTermIds = lexical ? index.termIds(unitTerms) : null;
        float cw = config.chunkWeight();
        float mix = config.denseDocMix();
        // the unit (query 0) and its phrases scored together, one label at a time
        int nq = dense ? 1 + chunkVecs.size() : 0;
        float[] queries = null;
        float[] acc = new float[Math.max(1, nq)];
        // per phrase: the candidate whose label it is closest to (a phrase "names" that skill, as a span would)
        float[] phraseBest = new float[Math.max(1, nq)];
        int[] phraseWinner = new int[Math.max(1, nq)];
        Arrays.fill(phraseBest, -2f);
        Arrays.fill(phraseWinner, -1);
        if (dense) {
            float[][] qs = new float[nq][];
            qs[0] = uv;
            for (int j = 1; j < nq; j++) {
                qs[j] = chunkVecs.get(j - 1);
            }
            queries = VectorMath.flatten(qs, index.dim());
        }
        for (int i = 0; i < m; i++) {
            int c = cs[i];
            lex[i] = lexAll[c] + config.descWeight() * descAll[c];
            if (lexical) {
                for (int l = index.firstLabel(c); l < index.endLabel(c) && !covered[i]; l++) {
                    covered[i] = (hidden == null || !hidden.test(l)) && index.holdsAll(unitTermIds, l);
                }
            }
            if (dense) {
                float lab = -2f;
                int bestL = index.firstLabel(c);
                float chunkLab = -2f;
                for (int l = index.firstLabel(c); l < index.endLabel(c); l++) {
                    if (hidden != null && hidden.test(l)) {
                        continue;
                    }
                    index.labelSims(l, queries, nq, acc);
                    float sim = acc[0];
                    if (sim > lab) {
                        lab = sim;
                        bestL = l;
                    }
                    for (int j = 1; j < nq; j++) {
                        float t = acc[j];
                        if (t > phraseBest[j]) {
                            phraseBest[j] = t;
                            phraseWinner[j] = i;
                        }
                        if (t > chunkLab) {
                            chunkLab = t;
                            if (t > lab) {
                                bestL = l;
                            }
                        }
                    }
                }
                index.conceptSims(c, queries, nq, acc);
                float doc = acc[0];
                float chunkDoc = -2f;
                for (int j = 1; j < nq; j++) {
                    chunkDoc = Math.max(chunkDoc, acc[j]);
                }
                float labMix = Math.max(lab, cw * chunkLab + (1 - cw) * lab);
                float docMix = Math.max(doc, cw * chunkDoc + (1 - cw) * doc);
                den[i] = mix * docMix + (1 - mix) * labMix;
                conf[i] = Math.max(lab, chunkLab);
                denseLabel[i] = bestL;
                labA[i] = lab;
                chunkLabA[i] = chunkLab;
                docA[i] = doc;
                chunkDocA[i] = chunkDoc;
            }
        }
        Fusion.divideByMax(lex);
        if (dense) {
            Fusion.minMax(den);
        }
        float w = switch (config.mode()) {
            case LEXICAL -> 0f;
            case DENSE -> 1f;
            case HYBRID -> config.denseWeight();
        };
        float maxScore = 1f + config.coverageBoost() + (prior != null ? config.priorWeight() : 0f);
        float[] fused = new float[m];
        for (int i = 0; i < m; i++) {
            // divided by the largest possible sum, so scores stay in [0, 1]
            fused[i] = (Fusion.combine(lex[i], den[i], w) + (covered[i] && lexical ? config.coverageBoost() : 0f)
                    + (prior != null ? config.priorWeight() * prior[cs[i]] : 0f)) / maxScore;
        }
        // rows only for the best fused candidates the scorer reads and the k returned ones the asserter reads (with a
        // scorer the returned ones are among those it re-scored, unless k is larger: a full ranking for evaluation)
        int read = Math.min(m, scorer != null ? Math.max(scorer.rowsRead(), k) : k);
        float[][] rows = (scorer != null || asserter != null) && m > 0
                ? rows(cs, fused, read, lex, den, covered, denseLabel, labA, chunkLabA, docA, chunkDocA, dense) : null;
        if (scorer != null && m > 0) {
            fused = scorer.score(unit, cs, fused, rows);
        }
        int[] top = TopK.indices(fused, Math.min(k, m));
        // a full ranking (evaluation) pads with the uncandidated concepts; otherwise only candidates
        int size = padAll ? n : top.length;
        int[] concepts = new int[size];
        float[] scores = new float[size];
        int[] labels = new int[size];
        float[] confidence = new float[size];
        for (int r = 0; r < top.length; r++) {
            int i = top[r];
            int c = cs[i];
            concepts[r] = c;
            scores[r] = fused[i];
            boolean lexWins = !dense || (lexLabelAll[c] >= 0 && lexAll[c] > 0 && (1 - w) * lex[i] >= w * den[i]);
            labels[r] = lexWins && lexAll[c] > 0 ? lexLabelAll[c] : (dense ? denseLabel[i] : index.firstLabel(c));
            confidence[r] = dense ? conf[i] : lex[i];
        }
        if (asserter != null && top.length > 0) {
            int[] wins = new int[m];
            float[] winSim = new float[m];
            for (int j = 1; j < nq; j++) {
                if (phraseWinner[j] >= 0) {
                    wins[phraseWinner[j]]++;
                    winSim[phraseWinner[j]] = Math.max(winSim[phraseWinner[j]], phraseBest[j]);
                }
            }
            float[] coherence = coherence(cs, top, dense);
            float best = fused[top[0]];
            float second = top.length > 1 ? fused[top[1]] : best;
            float[][] feats = new float[top.length][];
            for (int r = 0; r < top.length; r++) {
                String[] lt = index.labelTerms(labels[r]);
                int shared = 0;
                float generic = 0, adds = 0;
                for (String t : lt) {
                    if (unitTerms.contains(t)) {
                        shared++;
                        generic = Math.max(generic, asserter.genericity(t));
                    } else {
                        adds = Math.max(adds, 1 - asserter.genericity(t));
                    }
                }
                feats[r] = AssertionFeatures.of(rows[top[r]], fused[top[r]], r, best, second, unitTermList.size(), wins[top[r]], winSim[top[r]],
                        coherence[r], lt.length, lt.length == 0 ? 0 : (float) shared / lt.length, generic, adds);
            }
            float[] p = asserter.confidence(unit, uv, Arrays.copyOf(concepts, top.length), feats);
            System.arraycopy(p, 0, confidence, 0, p.length);
        }
        if (size > top.length) {
            // full ranking asked for (evaluation): the rest follow in index order with score 0
            int r = top.length;
            for (int c = 0; c < n && r < size; c++) {
                if (!seen[c]) {
                    concepts[r] = c;
                    labels[r] = index.firstLabel(c);
                    r++;
                }
            }
        }
        return new UnitRanking(unit, concepts, scores, labels, confidence);
    }

    /** Candidates the coherence of a skill is measured against. */
    static final int COHERENCE_PEERS = 10;

    /**
     * Per returned candidate: the mean cosine of its "label. description" vector with those of the unit's other
     * best candidates. The candidates of a cooking sentence are about cooking; a homonym ("Chef", the
     * configuration tool) stands apart from them, while in "Chef, Puppet or Ansible" it has peers. Given as the
     * difference to the median of the peers' own coherence (0 when there are fewer than two candidates).
     */
    private float[] coherence(int[] cs, int[] top, boolean dense) {
        float[] out = new float[top.length];
        int n = Math.min(COHERENCE_PEERS, top.length);
        if (!dense || n < 2) {
            return out;
        }
        int dim = index.dim();
        float[] peers = new float[n * dim];
        for (int j = 0; j < n; j++) {
            index.conceptVector(cs[top[j]], peers, j * dim);
        }
        float[] sims = new float[n];
        for (int r = 0; r < top.length; r++) {
            index.conceptSims(cs[top[r]], peers, n, sims);
            float sum = 0;
            for (int j = 0; j < n; j++) {
                if (j != r) sum += sims[j];
            }
            out[r] = sum / (r < n ? n - 1 : n);
        }
        // relative to the peers' own: cosines between unrelated skills are far from 0 with this model
        float[] peersOwn = Arrays.copyOf(out, n);
        Arrays.sort(peersOwn);
        float median = peersOwn[n / 2];
        for (int r = 0; r < top.length; r++) {
            out[r] -= median;
        }
        return out;
    }

    /**
     * The {@link RerankFeatures} rows (the fused score and rank among all candidates included) of the {@code read} best
     * fused candidates; the others' rows are null.
     */
    private float[][] rows(int[] cs, float[] fused, int read, float[] lex, float[] den, boolean[] covered, int[] denseLabel,
                            float[] lab, float[] chunkLab, float[] doc, float[] chunkDoc, boolean dense) {
        int m = cs.length;
        int[] rank = new int[m];
        int[] order = TopK.indices(fused, m);
        for (int r = 0; r < m; r++) {
            rank[order[r]] = r;
        }
        Scratch s = scratch.get();
        float maxLab = -2f, maxDoc = -2f, maxDesc = 0f;
        for (int i = 0; i < m; i++) {
            maxLab = Math.max(maxLab, lab[i]);
            maxDoc = Math.max(maxDoc, doc[i]);
            maxDesc = Math.max(maxDesc, s.descAll[cs[i]]);
        }
        RerankFeatures.UnitMax u = new RerankFeatures.UnitMax(maxLab, maxDoc, maxDesc);
        // every candidate read against the best fused ones (the peers, read or not): the coherence the asserter sees, before re-ranking
        float[] byRank = coherence(cs, Arrays.copyOf(order, Math.max(read, Math.min(m, COHERENCE_PEERS))), dense);
        float[][] rows = new float[m][];
        for (int r = 0; r < read; r++) {
            int i = order[r];
            int c = cs[i];
            boolean lexHit = s.lexAll[c] > 0;
            int dl = dense ? denseLabel[i] : index.firstLabel(c);
            RerankFeatures.Signals sig = new RerankFeatures.Signals(s.lexAll[c], lex[i], s.descAll[c],
                    dense ? lab[i] : 0, dense ? chunkLab[i] : -2, dense ? doc[i] : 0, dense ? chunkDoc[i] : -2, den[i], covered[i],
                    fused[i], rank[i], index.labelKind(dl), lexHit ? index.labelKind(s.lexLabelAll[c]) : null,
                    index.labelTerms(dl).length, byRank[r]);
            rows[i] = RerankFeatures.row(sig, u, traits != null ? traits[c] : null);
        }
        return rows;
    }

    private static int[] push(int[] buf, int at, int value) {
        int[] b = at < buf.length ? buf : Arrays.copyOf(buf, buf.length * 2);
        b[at] = value;
        return b;
    }

}
