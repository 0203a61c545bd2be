package org.skillscope.core.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.skillscope.eval.RealData;
import org.skillscope.eval.GoldFormat;
import org.skillscope.eval.GoldQuery;
import org.skillscope.eval.GoldSet;
import org.skillscope.eval.SkillSpanReader;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.datasets.esco.Esco;

/**
 * Re-derives the bundled {@link AssertionModel} (pipeline/core/src/main/resources/.../assertion-model.tsv). Skipped
 * unless asked for; from the worktree root, with the real data beside it:
 * <pre>mvn -B -o -pl pipeline/eval -am test -Dtest=AssertionTrainingTool -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dskillscope.assertion.train=../core/src/main/resources/org/skillscope/core/match/assertion-model.tsv</pre>
 * Training data only: SkillSpan {@code train.json} (sentences with and without skill/knowledge spans: the
 * unit model), the synthetic {@code train.csv} and {@link EscoQueries} (ESCO labels over our candidates: the
 * pair model). Regularisation of each model and the threshold are chosen by 5-fold cross-validation on them, the folds
 * keeping a sentence and its copies (templates repeated across postings) together
 * (the threshold on out-of-fold probabilities: synthetic train pairs plus every candidate of SkillSpan's
 * no-skill sentences as negatives). The house/tech validation splits and SkillSpan dev/test are never read.
 */
class AssertionTrainingTool {
    static final int FOLDS = 5;
    static final int K = 20;
    static final double[] L2 = {1e-5, 1e-4, 1e-3, 1e-2};
    static final int ESCO_QUERIES = 1500;
    static final long SEED = 20261204L;

    /** What the engine handed the asserter for one unit. */
    record Seen(float[] vector, int[] concepts, float[][] features) {}

    @Test
    void train() throws IOException {
        String out = System.getProperty("skillscope.assertion.train");
        assumeTrue(out != null, "no -Dskillscope.assertion.train=FILE: skipped");
        Path data = RealData.data();
        Esco esco = RealData.esco();
        try (SkillIndex index = SkillIndex.openOrBuild(esco, RealData.indexCache())) {
            ConceptIndex skills = index.skills();
            Map<String, Seen> seen = new ConcurrentHashMap<>();
            List<SkillSpanReader.Sentence> spans = SkillSpanReader.read(data.resolve("vacancies/skillspan/train.json"));
            Map<String, Float> generic = genericity(skills, spans);
            Asserter recorder = new Asserter() {
                @Override
                public float[] confidence(String unit, float[] v, int[] cs, float[][] f) {
                    seen.put(unit, new Seen(v, cs, f));
                    return new float[cs.length];
                }

                @Override
                public float genericity(String term) {
                    return generic.getOrDefault(term, 0f);
                }
            };
            RankingEngine engine = new RankingEngine(skills, index.encoder(), MatcherConfig.defaults(),
                    SkillPrior.occupationDemand(esco, skills), true, TreeReranker.bundled(), SkillTraits.of(esco, skills), recorder);

            // unit model: SkillSpan train sentences, positive when any token is tagged skill or knowledge, plus the synthetic
            // train and the ESCO-derived sentences as positives: SkillSpan's postings are IT and house jobs, and alone they
            // teach the model that a course or construction sentence states nothing ("Mount photovoltaic panels safely." got 0.13)
            rankInBatches(engine, spans.stream().map(SkillSpanReader.Sentence::text).toList());
            List<SkillSpanReader.Sentence> unitSet = spans.stream().filter(s -> seen.containsKey(s.text())).toList();
            GoldSet synthSet = RealData.gold(skills, data.resolve("gold/skill-extraction-synthetic/train.csv"), GoldFormat.SKILLSKAPE);
            List<GoldQuery> synth = synthSet.queries();
            rankInBatches(engine, synth.stream().map(GoldQuery::text).toList());
            // the synthetic sentences whose only label is UNK state no ESCO skill (pay, benefits, company lines written in the
            // synthetic set's own style): negatives. Without them every synthetic sentence was a positive, so the unit model
            // learnt the synthetic style itself, pay lines included, as a sign of a skill
            List<String> synthNone = synthSet.textsWithoutGold();
            rankInBatches(engine, synthNone);
            List<EscoQueries.Query> escoQueries = EscoQueries.of(esco, skills, ESCO_QUERIES, SEED).queries();
            for (EscoQueries.Query q : escoQueries) engine.rankWithout(q.text(), q.hidden()::contains, K);
            // positives beside SkillSpan's: the synthetic sentences (long, every sector) and the ESCO-derived ones (short
            // phrases naming an activity, as learning outcomes do: "Install photovoltaic systems on residential roofs")
            List<String> extra = new ArrayList<>();
            for (GoldQuery q : synth) if (seen.containsKey(q.text())) extra.add(q.text());
            int synthCount = extra.size();
            for (EscoQueries.Query q : escoQueries) if (seen.containsKey(q.text())) extra.add(q.text());
            List<GoldQuery> synthSeen = synth.stream().filter(q -> seen.containsKey(q.text())).toList();
            boolean withSynth = !Boolean.getBoolean("skillscope.assertion.skillSpanOnly");
            List<String> none = synthNone.stream().filter(seen::containsKey).toList();
            int n = unitSet.size(), m = withSynth ? extra.size() : 0, z = withSynth ? none.size() : 0;
            List<String> uText = new ArrayList<>(n + m + z);
            for (SkillSpanReader.Sentence sent : unitSet) uText.add(sent.text());
            if (withSynth) { uText.addAll(extra); uText.addAll(none); }
            float[][] uxAll = new float[n + m + z][];
            boolean[] uyAll = new boolean[n + m + z];
            for (int i = 0; i < uxAll.length; i++) uxAll[i] = unitRow(seen.get(uText.get(i)));
            for (int i = 0; i < n; i++) uyAll[i] = unitSet.get(i).hasSkill();
            for (int i = 0; i < m; i++) uyAll[n + i] = true;  // the z synthetic UNK rows after them stay false: negatives
            // folds keep a sentence and its copies together (the unit model and the SkillSpan pair rows): SkillSpan train's sentences are often copies of a
            // template in another posting (1,038 of 4,800), and with folds by row a template learnt in one fold was read in another
            int[] uFoldAll = new int[n + m + z];
            for (int i = 0; i < uFoldAll.length; i++) uFoldAll[i] = Math.floorMod(copyKey(uText.get(i)).hashCode(), FOLDS);
            double uL2 = choose("unit", uxAll, uyAll, uFoldAll);
            double[] uOofAll = oof(uxAll, uyAll, uFoldAll, uL2);
            double[] uw = Logistic.fit(uxAll, uyAll, uL2);
            float[][] ux = java.util.Arrays.copyOf(uxAll, n);
            boolean[] uy = java.util.Arrays.copyOf(uyAll, n);
            double[] uOof = java.util.Arrays.copyOf(uOofAll, n);
            // out of sample on the synthetic sentences (out of fold when trained on them): how many read as stating a skill
            int synthHit = 0;
            int escoHit = 0;
            for (int i = 0; i < extra.size(); i++) {
                double p = withSynth ? uOofAll[n + i] : Logistic.predict(uw, unitRow(seen.get(extra.get(i))));
                if (p >= 0.5) { if (i < synthCount) synthHit++; else escoHit++; }
            }
            int spTp = 0, spFp = 0, spPos = 0;
            for (int i = 0; i < n; i++) {
                if (uy[i]) { spPos++; if (uOof[i] >= 0.5) spTp++; } else if (uOof[i] >= 0.5) spFp++;
            }
            int noneHit = 0;
            for (int i = 0; i < z; i++) if (uOofAll[n + m + i] >= 0.5) noneHit++;
            System.err.printf(Locale.ROOT, "unit model (%s): P >= 0.5 for %.3f of the synthetic and %.3f of the ESCO-derived sentences, "
                    + "%d of the %d synthetic sentences labelled UNK; SkillSpan recall %.3f, false-positive rate %.3f%n",
                    withSynth ? "SkillSpan + synthetic + ESCO-derived" : "SkillSpan only", (double) synthHit / synthCount,
                    (double) escoHit / (extra.size() - synthCount), noneHit, z, (double) spTp / spPos,
                    (double) spFp / (n - spPos));

            // pair data. S: SkillSpan train sentences with spans, a candidate is stated when one of the sentence's spans
            // ranked alone names it (SpanSilver: silver, as the house/tech gold labels spans); Y: synthetic train
            // sentences with their ESCO labels; E: ESCO-derived sentences (literal labels, which Y lacks)
            // the spans are ranked through the same recorder: a span that is a whole sentence ("Good communication skills")
            // must not replace that sentence's record (its full candidate list) with its top few
            Map<String, Seen> sentencesSeen = new HashMap<>(seen);
            // -Dskillscope.assertion.senseSilver=true: a span whose pick the sense checks withdraw names no skill
            SpanSilver.Unsupported withdrawn = SpanSilver.Unsupported.NONE;
            if (Boolean.getBoolean("skillscope.assertion.senseSilver")) {
                DocumentSense sense = new DocumentSense(esco, t -> generic.getOrDefault(t, 0f));
                withdrawn = (text, c, label) -> sense.unsupported(text, skills.concept(c).uri(), label);
            }
            Map<String, Integer> spanBest = SpanSilver.of(skills, batch -> engine.rank(batch, SpanSilver.TOP), unitSet, generic, withdrawn);
            int overwritten = 0;
            for (Map.Entry<String, Seen> e : sentencesSeen.entrySet()) if (seen.put(e.getKey(), e.getValue()) != e.getValue()) overwritten++;
            System.err.printf(Locale.ROOT, "sentence records restored after ranking the spans: %d%n", overwritten);
            // -Dskillscope.assertion.silverDocFloor=F: a span whose silver skill's description is further from the span than F
            // (cosine) names no skill ("REST" -> *promote balance between rest and activity*, "Elastic Stack" -> *stack goods*)
            String docFloorProp = System.getProperty("skillscope.assertion.silverDocFloor");
            if (docFloorProp != null) {
                float docFloor = Float.parseFloat(docFloorProp);
                int before = spanBest.size();
                List<String> unnamed = new ArrayList<>();
                spanBest.entrySet().removeIf(e -> {
                    Seen sp = seen.get(e.getKey());
                    if (sp == null) return false;
                    for (int r = 0; r < sp.concepts().length; r++) {
                        if (sp.concepts()[r] != e.getValue()) continue;
                        boolean drop = sp.features()[r][DOC_COL] < docFloor;
                        if (drop && unnamed.size() < 60) unnamed.add(e.getKey() + " -> " + skills.concept(e.getValue()).preferredLabel()
                                + String.format(Locale.ROOT, " (%.3f)", sp.features()[r][DOC_COL]));
                        return drop;
                    }
                    return false;
                });
                System.err.printf(Locale.ROOT, "silver doc floor %.3f: %d of %d spans name no skill; some: %s%n", docFloor, before - spanBest.size(), before, unnamed);
            }
            PairData sData = new PairData(), yData = new PairData(), eData = new PairData();
            List<Integer> yConcept = new ArrayList<>(), eConcept = new ArrayList<>();
            List<String> yText = new ArrayList<>();
            List<Integer> yQuery = new ArrayList<>();  // per Y row: its synthetic sentence (copies of a text stay apart)
            List<Integer> sSentence = new ArrayList<>();
            List<Integer> rowConcept = new ArrayList<>();  // per S row, then per negative row
            List<Integer> rowSentence = new ArrayList<>();
            for (int i = 0; i < unitSet.size(); i++) {
                SkillSpanReader.Sentence sent = unitSet.get(i);
                if (!sent.hasSkill()) continue;
                Set<Integer> silver = new java.util.HashSet<>();
                for (String sp : sent.spans()) if (spanBest.containsKey(sp)) silver.add(spanBest.get(sp));
                Seen s = seen.get(sent.text());
                sData.gold += silver.size();
                for (int r = 0; r < s.concepts().length; r++) {
                    sData.add(s.features()[r], silver.contains(s.concepts()[r]), uFoldAll[i]);
                    sSentence.add(i);
                    rowConcept.add(s.concepts()[r]);
                }
            }
            for (int g = 0; g < synth.size(); g++) {
                GoldQuery q = synth.get(g);
                Seen s = seen.get(q.text());
                yData.gold += q.gold().size();
                if (s == null) continue;
                for (int r = 0; r < s.concepts().length; r++) {
                    yData.add(s.features()[r], q.gold().contains(skills.concept(s.concepts()[r]).uri()), g % FOLDS);
                    yConcept.add(s.concepts()[r]);
                    yText.add(q.text());
                    yQuery.add(g);
                }
            }
            for (int g = 0; g < escoQueries.size(); g++) {
                EscoQueries.Query q = escoQueries.get(g);
                Seen s = seen.get(q.text());
                if (s == null) continue;
                for (int r = 0; r < s.concepts().length; r++) {
                    eData.add(s.features()[r], q.gold().contains(s.concepts()[r]), g % FOLDS);
                    eConcept.add(s.concepts()[r]);
                }
            }
            // no-skill SkillSpan sentences: every candidate a negative, scored with the unit model out of fold
            List<float[]> negRows = new ArrayList<>();
            List<Double> negUnit = new ArrayList<>();
            int noSkill = 0;
            for (int i = 0; i < ux.length; i++) {
                if (uy[i]) continue;
                noSkill++;
                Seen sn = seen.get(unitSet.get(i).text());
                for (int r = 0; r < sn.features().length; r++) {
                    negRows.add(sn.features()[r]);
                    negUnit.add(uOof[i]);
                    rowConcept.add(sn.concepts()[r]);
                    rowSentence.add(i);
                }
            }
            rowSentence.addAll(0, sSentence);
            int[] rowFold = new int[rowSentence.size()];  // per S row, then per negative row: its sentence's fold
            for (int i = 0; i < rowFold.length; i++) rowFold[i] = uFoldAll[rowSentence.get(i)];
            // stated rate per skill: of the SkillSpan sentences that have it among their candidates, how many state it
            // (silver), shrunk towards the overall rate; cross-fitted (a row's own fold left out) for SkillSpan rows
            int[][] cand = new int[FOLDS][skills.size()], stated = new int[FOLDS][skills.size()];
            int allCand = 0, allStated = 0;
            for (int i = 0; i < rowSentence.size(); i++) {
                int f = rowFold[i], c = rowConcept.get(i);
                boolean y = i < sData.size() && sData.y.get(i);
                cand[f][c]++;
                allCand++;
                if (y) { stated[f][c]++; allStated++; }
            }
            double p0 = (double) allStated / allCand;
            java.util.function.BiFunction<Integer, Integer, Float> rate = (c, leftOut) -> {
                int nc = 0, ks = 0;
                for (int f = 0; f < FOLDS; f++) if (f != leftOut) { nc += cand[f][c]; ks += stated[f][c]; }
                if (nc < MIN_CANDIDATE) return 0f;
                double r = (ks + RATE_PRIOR * p0) / (nc + RATE_PRIOR);
                return (float) (Math.log(r / (1 - r)) - Math.log(p0 / (1 - p0)));
            };
            PairData sR = new PairData();
            for (int i = 0; i < sData.size(); i++) sR.add(withRate(sData.x.get(i), rate.apply(rowConcept.get(i), rowFold[i])), sData.y.get(i), sData.fold.get(i));
            sR.gold = sData.gold;
            sData = sR;
            PairData yR = new PairData(), eR = new PairData();
            for (int i = 0; i < yData.size(); i++) yR.add(withRate(yData.x.get(i), rate.apply(yConcept.get(i), -1)), yData.y.get(i), yData.fold.get(i));
            for (int i = 0; i < eData.size(); i++) eR.add(withRate(eData.x.get(i), rate.apply(eConcept.get(i), -1)), eData.y.get(i), eData.fold.get(i));
            yR.gold = yData.gold;
            eR.gold = eData.gold;
            yData = yR;
            eData = eR;
            for (int i = 0; i < negRows.size(); i++) {
                int at = sData.size() + i;
                negRows.set(i, withRate(negRows.get(i), rate.apply(rowConcept.get(at), rowFold[at])));
            }
            Map<String, Float> rates = new java.util.TreeMap<>();
            for (int c = 0; c < skills.size(); c++) {
                float r = rate.apply(c, -1);
                if (r != 0) rates.put(skills.concept(c).uri(), r);
            }
            // the synthetic sentences' unit probability, out of fold when the unit model trained on them
            Map<String, Double> yUnit = new HashMap<>();
            for (int i = 0; i < synthCount; i++) {
                yUnit.put(extra.get(i), withSynth ? uOofAll[n + i] : Logistic.predict(uw, unitRow(seen.get(extra.get(i)))));
            }
            double[] uProb = new double[ux.length];
            for (int i = 0; i < ux.length; i++) uProb[i] = uOof[i];
            // choose the training sets of the pair model and its L2 by out-of-fold F1 on SkillSpan (silver pairs + no-skill sentences)
            Map<String, List<PairData>> variants = new java.util.LinkedHashMap<>();
            variants.put("S", List.of(sData));
            variants.put("S+E", List.of(sData, eData));
            variants.put("S+Y+E", List.of(sData, yData, eData));
            variants.put("Y+E", List.of(yData, eData));
            variants.put("S+Y", List.of(sData, yData));
            variants.put("Y", List.of(yData));
            String bestVariant = null;
            double bestL2 = 0, bestT = 0, bestF1 = -1;
            List<double[]> bestScored = null;
            // every SkillSpan row (S rows, then the no-skill sentences' rows) with its silver label
            List<float[]> scoredRows = new ArrayList<>(sData.x);
            scoredRows.addAll(negRows);
            float[] rowLabels = new float[scoredRows.size()];
            for (int i = 0; i < sData.size(); i++) rowLabels[i] = sData.y.get(i) ? 1f : 0f;
            // -Dskillscope.assertion.fast=true: the shipped form alone (joint trees, depth 5, 400 rounds), for experiments
            boolean fast = Boolean.getBoolean("skillscope.assertion.fast");
            if (fast && Boolean.getBoolean("skillscope.assertion.noJoint")) throw new IllegalArgumentException("fast trains the joint form alone: drop noJoint");
            for (Map.Entry<String, List<PairData>> v : fast ? List.<Map.Entry<String, List<PairData>>>of() : variants.entrySet()) {
                for (double l2 : L2) {
                    // out-of-fold pair probabilities for S and for the negatives (fold k held out of every set)
                    double[] sP = new double[sData.size()];
                    double[] negP = new double[negRows.size()];
                    double[] yP = new double[yData.size()];
                    for (int k = 0; k < FOLDS; k++) {
                        PairData train = new PairData();
                        for (PairData d : v.getValue()) for (int i = 0; i < d.size(); i++) if (d.fold.get(i) != k) train.add(d.x.get(i), d.y.get(i), 0);
                        double[] w = Logistic.fit(train.xs(), train.ys(), l2);
                        for (int i = 0; i < sData.size(); i++) if (sData.fold.get(i) == k) sP[i] = Logistic.predict(w, sData.x.get(i));
                        for (int i = 0; i < yData.size(); i++) if (yData.fold.get(i) == k) yP[i] = Logistic.predict(w, yData.x.get(i));
                        for (int i = 0; i < negRows.size(); i++) {
                            if (rowFold[sData.size() + i] == k) negP[i] = Logistic.predict(w, negRows.get(i));
                        }
                    }
                    List<double[]> scored = new ArrayList<>();
                    for (int i = 0; i < sData.size(); i++) scored.add(new double[] {uProb[sSentence.get(i)] * sP[i], sData.y.get(i) ? 1 : 0});
                    for (int i = 0; i < negRows.size(); i++) scored.add(new double[] {negUnit.get(i) * negP[i], 0});
                    double[] tf = bestThreshold(scored, sData.gold);
                    // the synthetic sentences with their ESCO gold, and SkillSpan's no-skill sentences as negatives
                    List<double[]> scoredY = new ArrayList<>();
                    for (int i = 0; i < yData.size(); i++) scoredY.add(new double[] {yUnit.get(yText.get(i)) * yP[i], yData.y.get(i) ? 1 : 0});
                    for (int i = 0; i < negRows.size(); i++) scoredY.add(new double[] {negUnit.get(i) * negP[i], 0});
                    double[] tfY = bestThreshold(scoredY, yData.gold);
                    System.err.printf(Locale.ROOT, "pair model on %s, L2 %.0e: out-of-fold SkillSpan F1 %.3f at threshold %.2f; synthetic F1 %.3f at %.2f (%s)%n",
                            v.getKey(), l2, tf[1], tf[0], tfY[1], tfY[0], prf(scoredY, yData.gold, tfY[0]));
                    if (tf[1] > bestF1 + 1e-9) {
                        bestF1 = tf[1]; bestT = tf[0]; bestVariant = v.getKey(); bestL2 = l2; bestScored = scored;
                    }
                }
            }
            // the pair model as boosted trees instead (on S, SkillSpan's spans), on the same out-of-fold F1; kept when it beats
            // the logistic one. Trees on S+Y scored 0.365-0.370 against 0.388-0.394 on S (stop 29), so the grid leaves Y out
            int treeDepth = 0, treeRounds = 0;  // 0: the logistic model stays
            for (int depth : fast ? new int[0] : new int[] {3, 5}) {
                for (int rounds : new int[] {150, 400}) {
                    double[] p = oofTrees(scoredRows, rowLabels, rowFold, sData.size(), depth, rounds);
                    double[] sP = java.util.Arrays.copyOf(p, sData.size());
                    double[] negP = java.util.Arrays.copyOfRange(p, sData.size(), p.length);
                    List<double[]> scored = new ArrayList<>();
                    for (int i = 0; i < sData.size(); i++) scored.add(new double[] {uProb[sSentence.get(i)] * sP[i], sData.y.get(i) ? 1 : 0});
                    for (int i = 0; i < negRows.size(); i++) scored.add(new double[] {negUnit.get(i) * negP[i], 0});
                    double[] tf = bestThreshold(scored, sData.gold);
                    System.err.printf(Locale.ROOT, "pair trees on S, depth %d, %d rounds: out-of-fold SkillSpan F1 %.3f at threshold %.2f (%s)%n",
                            depth, rounds, tf[1], tf[0], prf(scored, sData.gold, tf[0]));
                    if (tf[1] > bestF1 + 1e-9) {
                        bestF1 = tf[1]; bestT = tf[0]; bestScored = scored;
                        treeDepth = depth; treeRounds = rounds;
                    }
                }
            }
            // the joint form: one set of trees over the pair features, the stated rate and the unit model's logit (out of
            // fold), trained on the candidates of every SkillSpan train sentence (those of sentences without a span all
            // negatives), so strong evidence for one skill can outweigh a unit that reads as stating little
            // ("Install photovoltaic systems on residential roofs": unit 0.19, pair 0.88) and weak evidence needs a clear unit
            List<float[]> jRows = new ArrayList<>();
            for (int i = 0; i < sData.size(); i++) jRows.add(withUnit(sData.x.get(i), uProb[sSentence.get(i)]));
            for (int i = 0; i < negRows.size(); i++) jRows.add(withUnit(negRows.get(i), negUnit.get(i)));
            boolean joint = false;
            if (!Boolean.getBoolean("skillscope.assertion.noJoint")) {
                for (int depth : fast ? new int[] {5} : new int[] {3, 5}) {
                    for (int rounds : fast ? new int[] {400} : new int[] {150, 400}) {
                        double[] jp = oofTrees(jRows, rowLabels, rowFold, jRows.size(), depth, rounds);
                        List<double[]> scored = new ArrayList<>();
                        for (int i = 0; i < jp.length; i++) scored.add(new double[] {jp[i], i < sData.size() && sData.y.get(i) ? 1 : 0});
                        double[] tf = bestThreshold(scored, sData.gold);
                        double[] r = rule(scored, rowSentence, uy, sData.gold, tf[0], tf[0]);
                        System.err.printf(Locale.ROOT, "joint trees (pair features, stated rate, unit logit) on every SkillSpan sentence, depth %d, %d rounds: "
                                + "out-of-fold F1 %.3f at threshold %.2f (%s); sentence recall %.3f FPR %.3f%n",
                                depth, rounds, tf[1], tf[0], prf(scored, sData.gold, tf[0]), r[3], r[4]);
                        if (tf[1] > bestF1 + 1e-9) {
                            bestF1 = tf[1]; bestT = tf[0]; bestScored = scored;
                            treeDepth = depth; treeRounds = rounds; joint = true;
                        }
                    }
                }
            }
            // sense: a hit on a one-word label must fit among the unit's other best candidates; the floor on its
            // coherence is the 5th percentile over the stated (silver) one-word-label pairs, so 95 % of those pass it
            int shortCol = List.of(AssertionFeatures.names()).indexOf("shortLabel");
            int docGapCol = List.of(AssertionFeatures.names()).indexOf("coherence");
            List<Float> gaps = new ArrayList<>(), negGaps = new ArrayList<>();
            for (int i = 0; i < sData.size(); i++) {
                // coherence 0: fewer than two candidates, nothing to compare with
                if (sData.x.get(i)[shortCol] > 0 && sData.x.get(i)[docGapCol] != 0) (sData.y.get(i) ? gaps : negGaps).add(sData.x.get(i)[docGapCol]);
            }
            java.util.Collections.sort(gaps);
            java.util.Collections.sort(negGaps);
            // the floor: a percentile of the stated pairs' coherence, chosen by the out-of-fold F1 with the threshold
            // re-chosen for each (no floor included); within 0.002 of the best, the stricter floor (a homonym costs trust)
            float senseFloor = -1f;
            double floorF1 = -1;
            for (int pct : new int[] {0, 5, 10, 15, 20, 25, 30}) {
                float floor = pct == 0 ? -1f : gaps.get((int) (pct / 100.0 * (gaps.size() - 1)));
                List<double[]> gated = new ArrayList<>();
                for (int i = 0; i < bestScored.size(); i++) {
                    float[] f = scoredRows.get(i);
                    boolean cut = f[shortCol] > 0 && f[docGapCol] != 0 && f[docGapCol] < floor;
                    gated.add(new double[] {cut ? 0 : bestScored.get(i)[0], bestScored.get(i)[1]});
                }
                double[] tf = bestThreshold(gated, sData.gold);
                System.err.printf(Locale.ROOT, "sense floor at the %d-th percentile (%.3f): F1 %.3f at threshold %.2f%n", pct, floor, tf[1], tf[0]);
                if (tf[1] >= floorF1 - 0.002) {
                    if (tf[1] > floorF1) floorF1 = tf[1];
                    senseFloor = floor;
                    bestT = tf[0];
                    bestF1 = tf[1];
                }
            }
            System.err.printf(Locale.ROOT, "one-word-label pairs: %d stated, coherence 5/25/50 %% %.3f %.3f %.3f; %d not, coherence 25/50/75 %% %.3f %.3f %.3f%n",
                    gaps.size(), senseFloor, gaps.get(gaps.size() / 4), gaps.get(gaps.size() / 2), negGaps.size(),
                    negGaps.get(negGaps.size() / 4), negGaps.get(negGaps.size() / 2), negGaps.get(3 * negGaps.size() / 4));
            List<double[]> gatedBest = new ArrayList<>();
            for (int i = 0; i < bestScored.size(); i++) {
                float[] f = scoredRows.get(i);
                boolean cut = f[shortCol] > 0 && f[docGapCol] != 0 && f[docGapCol] < senseFloor;
                gatedBest.add(new double[] {cut ? 0 : bestScored.get(i)[0], bestScored.get(i)[1]});
            }
            contextExperiment(esco, index, unitSet, rowSentence, rowConcept, gatedBest, sData.gold, bestT);
            double further = furtherThreshold(gatedBest, rowSentence, uy, sData.gold, bestT);
            double[] atRule = rule(gatedBest, rowSentence, uy, sData.gold, bestT, further);
            System.err.println(errorKinds(gatedBest, rowSentence, uy, bestT, further));
            String dump = System.getProperty("skillscope.assertion.dump");
            if (dump != null) dumpRows(Path.of(dump), gatedBest, scoredRows, rowSentence, rowConcept, unitSet, skills);
            PairData all = new PairData();
            for (PairData d : treeDepth > 0 ? List.of(sData) : variants.get(bestVariant)) for (int i = 0; i < d.size(); i++) all.add(d.x.get(i), d.y.get(i), 0);
            float[] unitW = new float[uw.length - 2];
            for (int j = 0; j < unitW.length; j++) unitW[j] = (float) uw[j];
            AssertionModel model;
            String pairModel;
            if (treeDepth > 0) {
                List<float[]> rows = joint ? jRows : all.x;
                float[] labels = joint ? rowLabels : java.util.Arrays.copyOf(rowLabels, all.size());  // all: the S rows
                ml.dmlc.xgboost4j.java.Booster b = XgbTrees.fit(rows, labels, null, "binary:logistic", treeDepth, treeRounds, 0.05);
                TreeEnsemble trees = TreeEnsemble.parse(XgbTrees.dump(b, rows.subList(0, Math.min(5000, rows.size()))), rows.get(0).length);
                b.dispose();
                model = new AssertionModel(unitW, (float) uw[uw.length - 1], (float) uw[uw.length - 2], trees, joint, (float) bestT, senseFloor, generic, rates)
                        .withThresholds((float) bestT, (float) further);
                pairModel = String.format(Locale.ROOT, joint ? "joint boosted trees over the pair features, the stated rate and the unit model's logit, "
                        + "on every SkillSpan train sentence's candidates (depth %d, %d rounds, eta 0.05)" : "boosted trees (depth %d, %d rounds, eta 0.05)", treeDepth, treeRounds);
            } else {
                double[] pw = Logistic.fit(all.xs(), all.ys(), bestL2);
                float[] pairW = new float[AssertionFeatures.COUNT];
                for (int j = 0; j < pairW.length; j++) pairW[j] = (float) pw[j];  // then the stated-rate weight, then the bias
                model = new AssertionModel(unitW, (float) uw[uw.length - 1], (float) uw[uw.length - 2], pairW,
                        (float) pw[pw.length - 1], (float) bestT, senseFloor, generic, rates, (float) pw[AssertionFeatures.COUNT])
                        .withThresholds((float) bestT, (float) further);
                pairModel = String.format(Locale.ROOT, "logistic, L2 %.0e", bestL2);
            }
            int pos = 0;
            for (boolean b : uy) if (b) pos++;
            String summary = String.format(Locale.ROOT,
                    "unit model: %d SkillSpan train sentences (%d with a skill or knowledge span)" + (withSynth ? " and %d synthetic train and ESCO-derived sentences (stating skills) and " + z + " synthetic sentences labelled UNK (stating none)" : "%s") + ", L2 %.0e;%n"
                    + "folds keep a sentence and its copies together (the unit model and the SkillSpan pair rows);%n"
                    + "pair model: %s, trained on %s (S: %d SkillSpan sentences with spans, silver; Y: %d synthetic; E: %d ESCO-derived), %d rows;%n"
                    + "threshold %.2f: out-of-fold F1 %.3f over SkillSpan train pairs (%d no-skill sentences included);%n"
                    + "SkillSpan train at that threshold (both models out of fold): sentence recall %.3f, false-positive rate %.3f;%n"
                    + "further threshold %.2f (a unit's skills other than its likeliest; out-of-fold precision reaches %.2f there): "
                    + "P %.3f R %.3f F1 %.3f over SkillSpan train pairs",
                    ux.length, pos, withSynth ? (Object) m : "", uL2, pairModel, joint ? "S and the no-skill sentences' candidates" : treeDepth > 0 ? "S" : bestVariant, pos, synth.size(),
                    ESCO_QUERIES, joint ? jRows.size() : all.size(), bestT, bestF1, noSkill, atRule[3], atRule[4],
                    further, PRECISION_TARGET, atRule[0], atRule[1], atRule[2]);
            System.err.println(summary);
            System.err.println(reliability(bestScored));
            // the synthetic train split as a yardstick with ESCO gold (not silver): the final model (its pair trees never saw these
            // sentences), the unit model out of fold, their UNK sentences' candidates all negatives; the two thresholds as chosen
            if (!joint) {
                System.err.println("synthetic train with ESCO gold: measured for the joint form only");
            } else {
                // rows by sentence: the synthetic sentences (stating skills), then the UNK ones (stating none), as rule() reads them
                List<double[]> yScored = new ArrayList<>();
                List<Integer> ySentence = new ArrayList<>();
                for (int i = 0; i < yData.size(); i++) {
                    float[] f = yData.x.get(i);
                    double p = model.pairProbability(java.util.Arrays.copyOf(f, AssertionFeatures.COUNT), f[AssertionFeatures.COUNT], logit(yUnit.get(yText.get(i))));
                    yScored.add(new double[] {p, yData.y.get(i) ? 1 : 0});
                    ySentence.add(yQuery.get(i));
                }
                for (int i = 0; i < z; i++) {
                    Seen sn = seen.get(none.get(i));
                    for (int r = 0; r < sn.features().length; r++) {
                        yScored.add(new double[] {model.pairProbability(sn.features()[r], rate.apply(sn.concepts()[r], -1), logit(uOofAll[n + m + i])), 0});
                        ySentence.add(synth.size() + i);
                    }
                }
                boolean[] yStates = new boolean[synth.size() + z];
                java.util.Arrays.fill(yStates, 0, synth.size(), true);
                double[] y = rule(yScored, ySentence, yStates, yData.gold, bestT, further);
                System.err.printf(Locale.ROOT, "synthetic train with ESCO gold (final model, thresholds %.2f / %.2f): P %.4f R %.4f F1 %.4f; %d of %d UNK sentences asserted%n",
                        bestT, further, y[0], y[1], y[2], Math.round(y[4] * z), z);
            }
            Files.write(Path.of(out), model.lines("assertion model, written by AssertionTrainingTool (test scope)\n" + summary));
        }
    }

    /**
     * Every SkillSpan train candidate row out of fold, for experiments with rules on top of the model: sentence index,
     * probability, silver label, concept, the feature columns by name, and the sentence's text (tab-separated, a header line).
     */
    static void dumpRows(Path file, List<double[]> scored, List<float[]> rows, List<Integer> rowSentence, List<Integer> rowConcept,
                         List<SkillSpanReader.Sentence> sentences, ConceptIndex skills) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("sentence\tp\ty\tskill");
        for (String n : AssertionFeatures.names()) head.append('\t').append(n);
        lines.add(head.append("\tstatedRate\ttext").toString());
        for (int i = 0; i < scored.size(); i++) {
            StringBuilder b = new StringBuilder();
            b.append(rowSentence.get(i)).append('\t').append((float) scored.get(i)[0]).append('\t').append((int) scored.get(i)[1])
                    .append('\t').append(skills.concept(rowConcept.get(i)).preferredLabel());
            for (float f : rows.get(i)) b.append('\t').append(f);
            lines.add(b.append('\t').append(sentences.get(rowSentence.get(i)).text().replaceAll("[\\t\\r\\n]", " ")).toString());
        }
        Files.write(file, lines);
    }

    /** Candidate rows with labels and folds. */
    static final class PairData {
        final List<float[]> x = new ArrayList<>();
        final List<Boolean> y = new ArrayList<>();
        final List<Integer> fold = new ArrayList<>();
        int gold;

        void add(float[] row, boolean label, int f) { x.add(row); y.add(label); fold.add(f); }

        int size() { return x.size(); }
        float[][] xs() { return x.toArray(new float[0][]); }
        boolean[] ys() { boolean[] b = new boolean[y.size()]; for (int i = 0; i < b.length; i++) b[i] = y.get(i); return b; }
    }

    /** {threshold, F1}: the best F1 over thresholds 0.05..0.95; {@code gold} pairs in all (some never candidates). */
    static double[] bestThreshold(List<double[]> scored, int gold) {
        double bestT = 0.5, bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            double th = t / 100.0, tp = 0, fp = 0;
            for (double[] s : scored) if (s[0] >= th) { if (s[1] > 0) tp++; else fp++; }
            double prec = tp + fp == 0 ? 0 : tp / (tp + fp), rec = tp / gold;
            double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            if (f1 > bestF1 + 1e-9) { bestF1 = f1; bestT = th; }
        }
        return new double[] {bestT, bestF1};
    }

    /** The precision target: a unit's further skills are asserted from where out-of-fold precision reaches it. */
    static final double PRECISION_TARGET = 0.50;

    /**
     * Out of fold, a unit's likeliest candidate asserted from {@code t1} and its others from {@code t2}: {pair
     * precision, recall, F1 (silver), sentence recall, sentence false-positive rate}.
     */
    static double[] rule(List<double[]> scored, List<Integer> rowSentence, boolean[] uy, int gold, double t1, double t2) {
        Map<Integer, Integer> best = likeliest(scored, rowSentence);
        int pos = 0, neg = 0;
        for (boolean b : uy) if (b) pos++; else neg++;
        double tp = 0, fp = 0;
        Set<Integer> posHit = new java.util.HashSet<>(), negHit = new java.util.HashSet<>();
        for (int i = 0; i < scored.size(); i++) {
            int sent = rowSentence.get(i);
            if (scored.get(i)[0] < (best.get(sent) == i ? t1 : t2)) continue;
            if (scored.get(i)[1] > 0) tp++; else fp++;
            (uy[sent] ? posHit : negHit).add(sent);
        }
        double prec = tp + fp == 0 ? 0 : tp / (tp + fp), rec = tp / gold;
        return new double[] {prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec), (double) posHit.size() / pos,
            (double) negHit.size() / neg};
    }

    /** Per sentence, its row of the highest probability (the first of equals). */
    static Map<Integer, Integer> likeliest(List<double[]> scored, List<Integer> rowSentence) {
        Map<Integer, Integer> best = new HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            best.merge(rowSentence.get(i), i, (a, b) -> scored.get(b)[0] > scored.get(a)[0] ? b : a);
        }
        return best;
    }

    /**
     * Where the asserted pairs fall, out of fold at the two thresholds: a unit's likeliest or a further candidate, on a
     * sentence with a span or without one, stated (silver) or not. Says where precision is lost.
     */
    static String errorKinds(List<double[]> scored, List<Integer> rowSentence, boolean[] uy, double t1, double t2) {
        Map<Integer, Integer> best = likeliest(scored, rowSentence);
        int[][] n = new int[2][3];  // [likeliest, further][stated, not stated on a span sentence, on a sentence without one]
        for (int i = 0; i < scored.size(); i++) {
            int sent = rowSentence.get(i);
            boolean likeliest = best.get(sent) == i;
            if (scored.get(i)[0] < (likeliest ? t1 : t2)) continue;
            n[likeliest ? 0 : 1][scored.get(i)[1] > 0 ? 0 : uy[sent] ? 1 : 2]++;
        }
        return String.format(Locale.ROOT, "asserted pairs out of fold: likeliest %d stated, %d not stated on a sentence with a span, "
                + "%d on a sentence without one; further %d stated, %d not stated, %d on a sentence without one",
                n[0][0], n[0][1], n[0][2], n[1][0], n[1][1], n[1][2]);
    }

    /**
     * The further threshold: the least probability from {@code t1} up at which out-of-fold pair precision reaches
     * {@link #PRECISION_TARGET} (t1 itself when it already does or nothing does). The likeliest candidate keeps
     * {@code t1}, so whether a sentence states a skill, and its recall and false-positive rate, do not change.
     */
    static double furtherThreshold(List<double[]> scored, List<Integer> rowSentence, boolean[] uy, int gold, double t1) {
        for (int t = (int) Math.round(t1 * 100); t <= 95; t++) {
            double[] r = rule(scored, rowSentence, uy, gold, t1, t / 100.0);
            System.err.printf(Locale.ROOT, "further threshold %.2f (likeliest from %.2f): P %.3f R %.3f F1 %.3f; sentences recall %.3f FPR %.3f%n",
                    t / 100.0, t1, r[0], r[1], r[2], r[3], r[4]);
            if (r[0] >= PRECISION_TARGET) return t / 100.0;
        }
        return t1;
    }

    /** Precision and recall at a threshold, as text. */
    static String prf(List<double[]> scored, int gold, double th) {
        double tp = 0, fp = 0;
        for (double[] s : scored) if (s[0] >= th) { if (s[1] > 0) tp++; else fp++; }
        return String.format(Locale.ROOT, "P %.3f R %.3f", tp + fp == 0 ? 0 : tp / (tp + fp), tp / gold);
    }

    /**
     * Does the document's context help? Each SkillSpan posting's first sentence is its title, matched to an ESCO
     * occupation; a candidate's context is whether that occupation needs it (essentially, optionally) or a sibling
     * of it (a skill under the same broader skill). Printed: the out-of-fold F1 with and without the context stage.
     */
    static ContextStage contextExperiment(Esco esco, SkillIndex index, List<SkillSpanReader.Sentence> sentences, List<Integer> rowSentence,
                                  List<Integer> rowConcept, List<double[]> scored, int gold, double threshold) {
        org.skillscope.core.esco.EscoGraph graph = new org.skillscope.core.esco.EscoGraph(esco);
        OccupationMatcher om = new OccupationMatcher(index);
        Map<String, String> title = new java.util.LinkedHashMap<>();
        for (SkillSpanReader.Sentence s : sentences) title.putIfAbsent(s.posting(), s.text());
        List<String> titles = new ArrayList<>(title.values());
        List<List<SkillMatch>> occ = om.matchAll(titles, 1);
        Map<String, String> occupationOf = new HashMap<>();
        int i0 = 0;
        for (String posting : title.keySet()) {
            List<SkillMatch> m = occ.get(i0++);
            if (!m.isEmpty()) occupationOf.put(posting, m.get(0).uri());
        }
        ConceptIndex skills = index.skills();
        Map<String, String> parent = new HashMap<>();
        for (org.skillscope.datasets.esco.BroaderRelation r : esco.broaderSkillRelations()) parent.putIfAbsent(r.conceptUri(), r.broaderUri());
        float[][] x = new float[scored.size()][];
        boolean[] y = new boolean[scored.size()];
        int[] fold = new int[scored.size()];
        for (int i = 0; i < x.length; i++) {
            SkillSpanReader.Sentence s = sentences.get(rowSentence.get(i));
            String o = occupationOf.get(s.posting());
            String uri = skills.concept(rowConcept.get(i)).uri();
            x[i] = ContextStage.features(scored.get(i)[0], o == null ? null : graph.essentialSkills(o), o == null ? null : graph.optionalSkills(o),
                    parent, uri);
            y[i] = scored.get(i)[1] > 0;
            fold[i] = Math.floorMod(s.posting().hashCode(), FOLDS);
        }
        double[] base = bestThreshold(scored, gold);
        double bestF1 = -1, bestL2 = L2[0];
        for (double l2 : L2) {
            double[] p = oof(x, y, fold, l2);
            List<double[]> withCtx = new ArrayList<>();
            for (int i = 0; i < p.length; i++) withCtx.add(new double[] {p[i], y[i] ? 1 : 0});
            double[] tf = bestThreshold(withCtx, gold);
            int tp = 0, fp = 0;
            for (double[] w : withCtx) if (w[0] >= threshold) { if (w[1] > 0) tp++; else fp++; }
            double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp), rec = (double) tp / gold;
            System.err.printf(Locale.ROOT, "context stage L2 %.0e: out-of-fold F1 %.3f at its best threshold %.2f; at %.2f: F1 %.3f (without context %.3f at %.2f)%n",
                    l2, tf[1], tf[0], threshold, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec), base[1], base[0]);
            if (tf[1] > bestF1) { bestF1 = tf[1]; bestL2 = l2; }
        }
        double[] w = Logistic.fit(x, y, bestL2);
        System.err.println("context stage weights (logit, essential, optional, sibling, bias): " + java.util.Arrays.toString(w));
        return new ContextStage(w);
    }

    /** A second logistic stage over the first's logit and the document's occupation context. */
    record ContextStage(double[] w) {
        static float[] features(double p, Set<String> essential, Set<String> optional, Map<String, String> parent, String uri) {
            double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
            float logit = (float) Math.log(q / (1 - q));
            if (essential == null) return new float[] {logit, 0, 0, 0};
            boolean ess = essential.contains(uri), opt = optional.contains(uri);
            boolean sib = false;
            String pu = parent.get(uri);
            if (pu != null && !ess && !opt) {
                for (String e : essential) if (pu.equals(parent.get(e))) { sib = true; break; }
                if (!sib) for (String e : optional) if (pu.equals(parent.get(e))) { sib = true; break; }
            }
            return new float[] {logit, ess ? 1 : 0, opt ? 1 : 0, sib ? 1 : 0};
        }
    }

    /**
     * Genericity of the analysed terms of SkillSpan train's sentences: log(1 + df) / log(1 + sentences), for terms
     * in at least {@link #MIN_DF} sentences (rarer ones count as specific, 0).
     */
    static Map<String, Float> genericity(ConceptIndex skills, List<SkillSpanReader.Sentence> sentences) {
        Map<String, Integer> df = new java.util.TreeMap<>();
        for (SkillSpanReader.Sentence s : sentences) {
            for (String t : new java.util.HashSet<>(skills.terms(s.text()))) df.merge(t, 1, Integer::sum);
        }
        Map<String, Float> out = new java.util.TreeMap<>();
        double norm = Math.log1p(sentences.size());
        df.forEach((t, n) -> {
            if (n >= MIN_DF) out.put(t, (float) (Math.log1p(n) / norm));
        });
        return out;
    }

    static final int MIN_DF = 10;
    /** The pair features' column of the cosine between the unit (or span) and the skill's description. */
    static final int DOC_COL = List.of(AssertionFeatures.names()).indexOf("doc");
    /** A skill's stated rate is kept when it was a candidate of at least this many training sentences. */
    static final int MIN_CANDIDATE = 5;
    /** Pseudo-sentences at the overall rate that a skill's stated rate is shrunk with. */
    static final double RATE_PRIOR = 10;

    /** A candidate row with its skill's stated rate appended (the model's last pair input). */
    static float[] withRate(float[] row, float rate) {
        float[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = rate;
        return out;
    }

    /**
     * Out-of-fold probabilities of boosted trees for every row: fold k's trees learn from the rows of the other folds
     * among the first {@code trainable} (the pair trees learn from the S rows alone, the joint trees from all).
     */
    static double[] oofTrees(List<float[]> rows, float[] labels, int[] fold, int trainable, int depth, int rounds) {
        double[] p = new double[rows.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<float[]> tx = new ArrayList<>(), held = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            List<Float> ty = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == k) { held.add(rows.get(i)); at.add(i); } else if (i < trainable) { tx.add(rows.get(i)); ty.add(labels[i]); }
            }
            float[] y = new float[ty.size()];
            for (int i = 0; i < y.length; i++) y[i] = ty.get(i);
            ml.dmlc.xgboost4j.java.Booster b = XgbTrees.fit(tx, y, null, "binary:logistic", depth, rounds, 0.05);
            double[] m = XgbTrees.margins(b, held);
            for (int i = 0; i < m.length; i++) p[at.get(i)] = AssertionModel.sigmoid(m[i]);
            b.dispose();
        }
        return p;
    }

    /** A pair row with the unit model's logit appended (the joint trees' last column). */
    static float[] withUnit(float[] row, double unitProbability) {
        float[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = (float) logit(unitProbability);
        return out;
    }

    /** The unit model's probability as the joint trees read it: its log-odds, clamped away from 0 and 1. */
    static double logit(double probability) {
        double p = Math.min(Math.max(probability, 1e-6), 1 - 1e-6);
        return Math.log(p / (1 - p));
    }

    /** A sentence's key for its copies: lower case, digits as 0, spaces collapsed. */
    static String copyKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "0").replaceAll("\\s+", " ").strip();
    }

    /** The unit model's inputs: the embedding, then log(1 + analysed terms). */
    static float[] unitRow(Seen s) {
        float[] v = s.vector();
        float[] x = new float[v.length + 1];
        System.arraycopy(v, 0, x, 0, v.length);
        x[v.length] = s.features()[0][AssertionFeatures.UNIT_TERMS];
        return x;
    }

    private static void rankInBatches(RankingEngine engine, List<String> texts) {
        for (int i = 0; i < texts.size(); i += 512) {
            engine.rank(texts.subList(i, Math.min(texts.size(), i + 512)), K);
        }
    }

    /** The L2 weight with the least out-of-fold log-loss. */
    private static double choose(String name, float[][] x, boolean[] y, int[] fold) {
        double best = L2[0], bestLoss = Double.MAX_VALUE;
        for (double l2 : L2) {
            double loss = logLoss(oof(x, y, fold, l2), y);
            System.err.printf(Locale.ROOT, "%s model L2 %.0e: out-of-fold log-loss %.4f%n", name, l2, loss);
            if (loss < bestLoss) { bestLoss = loss; best = l2; }
        }
        return best;
    }

    private static double logLoss(double[] p, boolean[] y) {
        double loss = 0;
        for (int i = 0; i < p.length; i++) loss -= Math.log(Math.max(1e-12, y[i] ? p[i] : 1 - p[i]));
        return loss / p.length;
    }

    private static double[] oof(float[][] x, boolean[] y, int[] fold, double l2) {
        double[] p = new double[x.length];
        for (int k = 0; k < FOLDS; k++) {
            List<float[]> tx = new ArrayList<>();
            List<Boolean> ty = new ArrayList<>();
            for (int i = 0; i < x.length; i++) if (fold[i] != k) { tx.add(x[i]); ty.add(y[i]); }
            boolean[] tya = new boolean[ty.size()];
            for (int i = 0; i < tya.length; i++) tya[i] = ty.get(i);
            double[] w = Logistic.fit(tx.toArray(new float[0][]), tya, l2);
            for (int i = 0; i < x.length; i++) if (fold[i] == k) p[i] = Logistic.predict(w, x[i]);
        }
        return p;
    }

    /** Deciles of predicted probability: how many, the mean prediction and the observed rate. */
    static String reliability(List<double[]> scored) {
        StringBuilder b = new StringBuilder("| predicted | pairs | mean predicted | observed |\n|---|---|---|---|\n");
        for (int d = 0; d < 10; d++) {
            double lo = d / 10.0, hi = (d + 1) / 10.0;
            int n = 0;
            double sp = 0, sy = 0;
            for (double[] s : scored) {
                if (s[0] >= lo && (s[0] < hi || d == 9)) { n++; sp += s[0]; sy += s[1]; }
            }
            b.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |%n", lo, hi, n, n == 0 ? 0 : sp / n, n == 0 ? 0 : sy / n));
        }
        return b.toString();
    }
}
