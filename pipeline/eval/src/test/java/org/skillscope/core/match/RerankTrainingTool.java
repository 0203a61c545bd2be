package org.skillscope.core.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import org.junit.jupiter.api.Test;
import org.skillscope.eval.RealData;
import org.skillscope.eval.GoldFormat;
import org.skillscope.eval.GoldQuery;
import org.skillscope.eval.GoldSet;
import org.skillscope.eval.SkillEval;
import org.skillscope.eval.SkillSpanReader;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.datasets.esco.Esco;

/**
 * Re-derives the bundled re-ranker trees (pipeline/core/src/main/resources/.../rerank-trees.tsv) from
 * training data only. Skipped unless asked for; from the worktree root, with the real data beside it:
 * <pre>mvn -B -o -pl pipeline/eval -am test -Dtest=RerankTrainingTool -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dskillscope.rerank.train=../core/src/main/resources/org/skillscope/core/match/rerank-trees.tsv</pre>
 * Supervision: the synthetic {@code train.csv} (LLM-written job-ad sentences with their ESCO skills),
 * {@link EscoQueries} (sentences that name skills by an alternative label, hidden from the match) and SkillSpan
 * {@code train.json} (real postings; each skill or knowledge span ranked alone gives its sentence the skill it names,
 * {@link SpanSilver}, silver). The synthetic sentences paraphrase, so alone they teach that literal label matches are
 * rare (trained on them and the ESCO sentences only, the trees gained 12 points on synthetic cross-validation and
 * lost 11 on the tech validation split); the real postings name their tools and balance that. Folds group a skill's
 * queries (synthetic, ESCO) or a posting's sentences (SkillSpan), so cross-validation measures skills and postings
 * the model did not see. The trees' depth and rounds are chosen by the mean of the three sets' out-of-fold RP@5;
 * the synthetic dev split and the house/tech validation splits are read once, after, and only printed.
 */
class RerankTrainingTool {
    static final int FOLDS = 5;
    static final int ESCO_QUERIES = 1500;
    static final long SEED = 20261202L;
    /** Candidates per query the model trains on (by fusion rank): the re-ranker decides the top, not the tail. */
    static final int TRAIN_CANDIDATES = Integer.getInteger("skillscope.rerank.candidates", 100);
    static final int[] DEPTHS = {4, 6};
    static final int[] ROUNDS = {150, 300};
    static final double ETA = 0.1;
    static final int ITERATIONS = 600;
    static final double STEP = 0.1;

    /** Signal groups, for the cross-validated choice of what the model sees and for what each adds. */
    static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("fusion", List.of("fused", "rankLog"));
        g.put("lexical", List.of("lexNorm", "lexLog", "descNorm", "covered", "lexPreferred", "lexHidden"));
        g.put("label cosines", List.of("lab", "labGap", "chunkLab", "densePreferred", "denseHidden", "labelTerms"));
        g.put("description cosines", List.of("doc", "docGap", "chunkDoc", "denseNorm"));
        g.put("skill traits", List.of(SkillTraits.NAMES));
        g.put("centrality", List.of("centrality"));
        return g;
    }

    /** One training or check query: its candidates' full feature rows, their skills and its gold skills. */
    record Q(float[][] rows, int[] concepts, Set<Integer> gold, int fold) {}

    @Test
    void train() throws IOException {
        String out = System.getProperty("skillscope.rerank.train");
        assumeTrue(out != null, "no -Dskillscope.rerank.train=FILE: skipped");
        Path data = RealData.data();
        Esco esco = RealData.esco();
        try (SkillIndex index = SkillIndex.openOrBuild(esco, RealData.indexCache())) {
            ConceptIndex skills = index.skills();
            Map<String, float[][]> rows = new ConcurrentHashMap<>();
            Map<String, int[]> cands = new ConcurrentHashMap<>();
            CandidateScorer recorder = (unit, concepts, fusedScores, f) -> {  // reads every candidate's row
                rows.put(unit, f);
                cands.put(unit, concepts.clone());
                return fusedScores.clone();
            };
            RankingEngine engine = new RankingEngine(skills, index.encoder(), MatcherConfig.defaults(), null, true,
                    recorder, SkillTraits.of(esco, skills));
            Map<String, Integer> ordinal = new HashMap<>();
            for (int c = 0; c < skills.size(); c++) ordinal.put(skills.concept(c).uri(), c);

            GoldSet synth = RealData.gold(skills, data.resolve("gold/skill-extraction-synthetic/train.csv"), GoldFormat.SKILLSKAPE);
            List<String> texts = synth.queries().stream().map(GoldQuery::text).toList();
            for (int i = 0; i < texts.size(); i += 512) engine.rank(texts.subList(i, Math.min(texts.size(), i + 512)), 1);
            // folds by skill (a query's first gold skill in URI order): cross-validation then asks how the model does on
            // skills it did not see, not how well it remembers which skills the synthetic sentences were written for
            List<Q> ys = new ArrayList<>();
            for (int i = 0; i < synth.queries().size(); i++) {
                GoldQuery q = synth.queries().get(i);
                Set<Integer> g = new HashSet<>();
                for (String u : q.gold()) if (ordinal.containsKey(u)) g.add(ordinal.get(u));
                if (rows.containsKey(q.text()) && !g.isEmpty()) ys.add(new Q(rows.get(q.text()), cands.get(q.text()), g, skillFold(skills, g)));
            }
            List<Q> es = new ArrayList<>();
            List<EscoQueries.Query> escoQueries = EscoQueries.of(esco, skills, ESCO_QUERIES, SEED).queries();
            for (EscoQueries.Query q : escoQueries) {
                engine.rankWithout(q.text(), q.hidden()::contains, 1);
                es.add(new Q(rows.get(q.text()), cands.get(q.text()), q.gold(), skillFold(skills, q.gold())));
            }
            // real postings: SkillSpan train sentences with skill or knowledge spans, each span's gold the skill it names ({@link SpanSilver})
            // among its best fused matches ranked alone (silver, as the house/tech annotators labelled spans), folds by posting
            List<SkillSpanReader.Sentence> allSpanSentences = SkillSpanReader.read(data.resolve("vacancies/skillspan/train.json"));
            List<SkillSpanReader.Sentence> spans = allSpanSentences.stream()
                    .filter(SkillSpanReader.Sentence::hasSkill).toList();
            Map<String, Integer> spanBest = SpanSilver.of(engine, spans, AssertionTrainingTool.genericity(engine.index(), allSpanSentences));
            List<String> spanSentences = spans.stream().map(SkillSpanReader.Sentence::text).toList();
            for (int i = 0; i < spanSentences.size(); i += 512) engine.rank(spanSentences.subList(i, Math.min(spanSentences.size(), i + 512)), 1);
            List<Q> ss = new ArrayList<>();
            for (SkillSpanReader.Sentence x : spans) {
                Set<Integer> g = new HashSet<>();
                for (String sp : x.spans()) if (spanBest.containsKey(sp)) g.add(spanBest.get(sp));
                if (!g.isEmpty() && rows.containsKey(x.text())) {
                    ss.add(new Q(rows.get(x.text()), cands.get(x.text()), g, Math.floorMod(x.posting().hashCode(), FOLDS)));
                }
            }
            System.err.printf(Locale.ROOT, "training queries: %d synthetic train, %d ESCO-derived, %d SkillSpan train (silver)%n",
                    ys.size(), es.size(), ss.size());
            List<Q> all = new ArrayList<>(ys);
            all.addAll(es);
            all.addAll(ss);
            List<List<Q>> checks = List.of(ys, es, ss);

            List<String> everything = new ArrayList<>();
            GROUPS.values().forEach(everything::addAll);
            System.err.printf(Locale.ROOT, "RP@5 without re-ranking (fusion order): synthetic %.2f, ESCO %.2f, SkillSpan %.2f%n",
                    100 * rp(ys, null, null, 5), 100 * rp(es, null, null, 5), 100 * rp(ss, null, null, 5));
            // the linear model shipped before, as a baseline (its L2 chosen the same way)
            for (double l2 : new double[] {0.1, 0.01}) {
                double[] cv = crossValidate(all, checks, List.of("fused", "lab", "lexLog"), l2);
                System.err.println("linear (fused, lab, lexLog) L2 " + l2 + ": " + report(cv));
            }
            // trees: depth and rounds chosen by cross-validation on every signal; then what each group adds, left out
            String bestConfig = null;
            double bestScore = -1;
            for (int depth : DEPTHS) {
                for (int rounds : ROUNDS) {
                    double[] cv = crossValidateTrees(all, checks, everything, depth, rounds);
                    String c = depth + "/" + rounds;
                    System.err.printf(Locale.ROOT, "trees depth %d, %d rounds, every signal: %s%n", depth, rounds, report(cv));
                    if (cv[cv.length - 1] > bestScore + 1e-9) { bestScore = cv[cv.length - 1]; bestConfig = c; }
                }
            }
            int depth = Integer.parseInt(bestConfig.split("/")[0]), rounds = Integer.parseInt(bestConfig.split("/")[1]);
            List<String> features = everything;
            if (!Boolean.getBoolean("skillscope.rerank.skipAblation")) {
                for (String gname : GROUPS.keySet()) {
                    List<String> f = new ArrayList<>(everything);
                    f.removeAll(GROUPS.get(gname));
                    double[] cv = crossValidateTrees(all, checks, f, depth, rounds);
                    System.err.printf(Locale.ROOT, "trees without %-20s %s (all: %.2f)%n", gname + ":", report(cv), 100 * bestScore);
                }
            }
            Booster booster = fitTrees(all, features, depth, rounds);
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "# re-ranker trees, written by RerankTrainingTool (test scope): LambdaMART (XGBoost rank:ndcg) on %d "
                    + "synthetic train + %d ESCO-derived + %d SkillSpan train sentences, %d candidates per query; depth %d and %d rounds chosen by %d-fold "
                    + "cross-validation (out-of-fold RP@5, mean of the three sets, %.2f)", ys.size(), es.size(), ss.size(), TRAIN_CANDIDATES, depth, rounds,
                    FOLDS, 100 * bestScore));
            lines.add("candidates\t" + TRAIN_CANDIDATES);
            for (String f : features) lines.add("feature\t" + f);
            int[] cols = columns(features);
            List<float[]> check = new ArrayList<>();
            for (Q q : all.subList(0, Math.min(all.size(), 300))) {
                for (float[] r : q.rows()) {
                    float[] x = new float[cols.length];
                    for (int j = 0; j < cols.length; j++) x[j] = r[cols[j]];
                    check.add(x);
                }
            }
            lines.addAll(XgbTrees.dump(booster, check));
            Files.write(Path.of(out), lines);
            TreeReranker trained = TreeReranker.parse(lines);
            System.err.println("wrote " + out + ": " + features.size() + " signals, " + rounds + " trees");
            // read once, after: the held-out checks
            SkillMatcher m = new SkillMatcher(index, MatcherConfig.defaults(), trained);
            SkillMatcher before = new SkillMatcher(index, MatcherConfig.defaults(), null);
            for (Map.Entry<String, GoldSet> e : Map.of(
                    "house", RealData.gold(skills, data.resolve("gold/skill-extraction/house_validation_annotations.csv"), GoldFormat.DECORTE),
                    "tech", RealData.gold(skills, data.resolve("gold/skill-extraction/tech_validation_annotations.csv"), GoldFormat.DECORTE),
                    "synthetic dev", RealData.gold(skills, data.resolve("gold/skill-extraction-synthetic/dev.csv"), GoldFormat.SKILLSKAPE))
                    .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                System.err.println(e.getKey() + " retrained " + SkillEval.score(m, e.getValue()).toJson()
                        + " fusion alone " + SkillEval.score(before, e.getValue()).toJson());
            }
        }
    }

    /** Out-of-fold RP@5 on each set of {@code checks}, then their mean: each fold scored by a model fitted on the others. */
    static double[] crossValidate(List<Q> all, List<List<Q>> checks, List<String> features, double l2) {
        double[][] w = new double[FOLDS][];
        IntStream.range(0, FOLDS).parallel().forEach(k -> w[k] = fit(all.stream().filter(q -> q.fold() != k).toList(), features, l2));
        double[] out = new double[checks.size() + 1];
        for (int c = 0; c < checks.size(); c++) {
            out[c] = rp(checks.get(c), features, w, 5);
            out[checks.size()] += out[c] / checks.size();
        }
        return out;
    }

    static String report(double[] cv) {
        return String.format(Locale.ROOT, "out-of-fold RP@5 synthetic %.2f ESCO %.2f SkillSpan %.2f mean %.2f", 100 * cv[0], 100 * cv[1], 100 * cv[2], 100 * cv[3]);
    }

    /** A fold from the query's first gold skill (by URI): the queries of one skill share a fold. */
    static int skillFold(ConceptIndex skills, Set<Integer> gold) {
        String first = gold.stream().map(c -> skills.concept(c).uri()).sorted().findFirst().orElseThrow();
        return Math.floorMod(first.hashCode(), FOLDS);
    }

    static double[] fit(List<Q> qs, List<String> features, double l2) {
        int[] cols = columns(features);
        boolean[] penalised = new boolean[cols.length];
        for (int j = 0; j < cols.length; j++) penalised[j] = !features.get(j).equals("fused");  // "the fusion as it is", not "nothing"
        List<ListwiseTrainer.Query> train = new ArrayList<>();
        int fusedCol = List.of(RerankFeatures.names()).indexOf("fused");
        for (Q q : qs) {
            Integer[] order = IntStream.range(0, q.rows().length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> Float.compare(q.rows()[b][fusedCol], q.rows()[a][fusedCol]));
            int n = Math.min(TRAIN_CANDIDATES, order.length);
            float[][] x = new float[n][cols.length];
            boolean[] g = new boolean[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < cols.length; j++) x[i][j] = q.rows()[order[i]][cols[j]];
                g[i] = q.gold().contains(q.concepts()[order[i]]);
            }
            train.add(new ListwiseTrainer.Query(x, g));
        }
        return ListwiseTrainer.train(train, penalised, new ListwiseTrainer.Params(l2, ITERATIONS, STEP));
    }

    /** Mean RP@k of the queries ranked by their fold's model ({@code w == null}: by the fusion score). */
    static double rp(List<Q> qs, List<String> features, double[][] w, int k) {
        int[] cols = features == null ? new int[] {List.of(RerankFeatures.names()).indexOf("fused")} : columns(features);
        double sum = 0;
        for (Q q : qs) {
            double[] wk = w == null ? new double[] {1} : w[q.fold()];
            double[] s = new double[q.rows().length];
            for (int i = 0; i < s.length; i++) for (int j = 0; j < cols.length; j++) s[i] += wk[j] * q.rows()[i][cols[j]];
            sum += rp(q, s, k);
        }
        return sum / qs.size();
    }

    /** RP@k of one query whose candidates score {@code s}. */
    static double rp(Q q, double[] s, int k) {
        Integer[] order = IntStream.range(0, s.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
        int hits = 0;
        for (int i = 0; i < Math.min(k, order.length); i++) if (q.gold().contains(q.concepts()[order[i]])) hits++;
        return (double) hits / Math.min(k, q.gold().size());
    }

    /** {out-of-fold RP@5 on the synthetic queries, on the ESCO queries} of trees fitted on the other folds. */
    static double[] crossValidateTrees(List<Q> all, List<List<Q>> checks, List<String> features, int depth, int rounds) {
        double[] out = new double[checks.size() + 1];
        int[] cols = columns(features);
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            Booster b = fitTrees(all.stream().filter(q -> q.fold() != fold).toList(), features, depth, rounds);
            for (int c = 0; c < checks.size(); c++) {
                List<Q> held = checks.get(c).stream().filter(q -> q.fold() == fold).toList();
                out[c] += rpTrees(held, cols, b, 5) * held.size() / checks.get(c).size();
            }
            b.dispose();
        }
        for (int c = 0; c < checks.size(); c++) out[checks.size()] += out[c] / checks.size();
        return out;
    }

    /** LambdaMART over each query's best {@link #TRAIN_CANDIDATES} fused candidates; deterministic (fixed seed, no sampling). */
    static Booster fitTrees(List<Q> qs, List<String> features, int depth, int rounds) {
        int[] cols = columns(features);
        int fusedCol = List.of(RerankFeatures.names()).indexOf("fused");
        List<float[]> xs = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (Q q : qs) {
            Integer[] order = IntStream.range(0, q.rows().length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> Float.compare(q.rows()[b][fusedCol], q.rows()[a][fusedCol]));
            int n = Math.min(TRAIN_CANDIDATES, order.length);
            boolean any = false;
            for (int i = 0; i < n; i++) any |= q.gold().contains(q.concepts()[order[i]]);
            if (!any) continue;  // nothing to learn from a query whose gold the candidates miss
            for (int i = 0; i < n; i++) {
                float[] x = new float[cols.length];
                for (int j = 0; j < cols.length; j++) x[j] = q.rows()[order[i]][cols[j]];
                xs.add(x);
                ys.add(q.gold().contains(q.concepts()[order[i]]) ? 1f : 0f);
            }
            groups.add(n);
        }
        float[] labels = new float[ys.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = ys.get(i);
        return XgbTrees.fit(xs, labels, groups.stream().mapToInt(Integer::intValue).toArray(), "rank:ndcg", depth, rounds, ETA);
    }

    static double rpTrees(List<Q> qs, int[] cols, Booster b, int k) {
        if (qs.isEmpty()) return 0;
        List<float[]> xs = new ArrayList<>();
        for (Q q : qs) {
            for (float[] r : q.rows()) {
                float[] x = new float[cols.length];
                for (int j = 0; j < cols.length; j++) x[j] = r[cols[j]];
                xs.add(x);
            }
        }
        double[] pred = XgbTrees.margins(b, xs);
        double sum = 0;
        int at = 0;
        int fusedCol = List.of(RerankFeatures.names()).indexOf("fused");
        for (Q q : qs) {
            double[] s = new double[q.rows().length];
            for (int i = 0; i < s.length; i++) s[i] = pred[at++];
            // as TreeReranker scores: the trees order the best TRAIN_CANDIDATES fused, the rest follow in fusion order
            float[] fused = new float[s.length];
            for (int i = 0; i < s.length; i++) fused[i] = q.rows()[i][fusedCol];
            Set<Integer> top = new HashSet<>();
            for (int i : TopK.indices(fused, TRAIN_CANDIDATES)) top.add(i);
            for (int i = 0; i < s.length; i++) if (!top.contains(i)) s[i] = -1e9 + fused[i];
            sum += rp(q, s, k);
        }
        return sum / qs.size();
    }

    static int[] columns(List<String> features) {
        List<String> names = List.of(RerankFeatures.names());
        return features.stream().mapToInt(names::indexOf).toArray();
    }

}
