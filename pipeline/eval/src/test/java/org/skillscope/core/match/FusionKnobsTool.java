package org.skillscope.core.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.eval.RealData;
import org.skillscope.eval.GoldFormat;
import org.skillscope.eval.GoldQuery;
import org.skillscope.eval.GoldSet;

/**
 * The fusion knobs of {@link MatcherConfig} (dense weight, description mix, phrase weight, coverage boost) on training
 * data only: each knob moved one step either way from the defaults, the rest held, and the fusion's ranking scored on
 * the synthetic train split and the ESCO-derived queries (labels hidden), as {@link RerankTrainingTool} builds them.
 * Two figures per setting: RP@5 in fusion order, and recall@100, the share of gold skills among the 100 candidates the
 * re-ranker trees re-order (what the trees can reach). No fitting happens here, so every query is held out.
 * Skipped unless {@code -Dskillscope.fusion.knobs=true}:
 * <pre>mvn -B -o -pl pipeline/eval -am test -Dtest=FusionKnobsTool -Dsurefire.failIfNoSpecifiedTests=false -Dskillscope.fusion.knobs=true</pre>
 */
class FusionKnobsTool {
    private static final int CANDIDATES = 100;

    @Test
    void knobs() {
        assumeTrue(Boolean.getBoolean("skillscope.fusion.knobs"), "no -Dskillscope.fusion.knobs=true: skipped");
        Path data = RealData.data();
        Esco esco = RealData.esco();
        try (SkillIndex index = SkillIndex.openOrBuild(esco, RealData.indexCache())) {
            ConceptIndex skills = index.skills();
            Map<String, Integer> ordinal = new HashMap<>();
            for (int c = 0; c < skills.size(); c++) ordinal.put(skills.concept(c).uri(), c);
            GoldSet synth = RealData.gold(skills, data.resolve("gold/skill-extraction-synthetic/train.csv"), GoldFormat.SKILLSKAPE);
            List<String> texts = new ArrayList<>();
            List<Set<Integer>> golds = new ArrayList<>();
            for (GoldQuery q : synth.queries()) {
                Set<Integer> g = new HashSet<>();
                for (String u : q.gold()) if (ordinal.containsKey(u)) g.add(ordinal.get(u));
                if (!g.isEmpty()) { texts.add(q.text()); golds.add(g); }
            }
            List<EscoQueries.Query> escoQueries = EscoQueries.of(esco, skills, RerankTrainingTool.ESCO_QUERIES, RerankTrainingTool.SEED).queries();

            MatcherConfig d = MatcherConfig.defaults();
            Map<String, MatcherConfig> grid = new LinkedHashMap<>();
            grid.put("defaults", d);
            for (float v : new float[] {0.6f, 0.9f}) grid.put("denseWeight " + v, d.withFusion(v, d.denseDocMix(), d.chunkWeight(), d.coverageBoost()));
            for (float v : new float[] {0.1f, 0.4f}) grid.put("denseDocMix " + v, d.withFusion(d.denseWeight(), v, d.chunkWeight(), d.coverageBoost()));
            for (float v : new float[] {0.5f, 0.9f}) grid.put("chunkWeight " + v, d.withFusion(d.denseWeight(), d.denseDocMix(), v, d.coverageBoost()));
            for (float v : new float[] {0f, 0.2f}) grid.put("coverageBoost " + v, d.withFusion(d.denseWeight(), d.denseDocMix(), d.chunkWeight(), v));

            System.err.println("| setting | synthetic RP@5 | synthetic recall@100 | ESCO RP@5 | ESCO recall@100 | mean RP@5 |");
            System.err.println("|---|---|---|---|---|---|");
            for (Map.Entry<String, MatcherConfig> e : grid.entrySet()) {
                RankingEngine engine = new RankingEngine(skills, index.encoder(), e.getValue(), null, true);
                List<UnitRanking> ys = new ArrayList<>();
                for (int i = 0; i < texts.size(); i += 512) ys.addAll(engine.rank(texts.subList(i, Math.min(texts.size(), i + 512)), CANDIDATES));
                double[] y = score(ys, golds);
                List<UnitRanking> es = new ArrayList<>();
                List<Set<Integer>> eg = new ArrayList<>();
                for (EscoQueries.Query q : escoQueries) {
                    es.add(engine.rankWithout(q.text(), q.hidden()::contains, CANDIDATES));
                    eg.add(q.gold());
                }
                double[] x = score(es, eg);
                System.err.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(), 100 * y[0], 100 * y[1], 100 * x[0], 100 * x[1],
                        50 * (y[0] + x[0]));
            }
        }
    }

    /** {RP@5, recall@100}: per query, gold skills in the top 5 over min(5, gold), and gold skills among the candidates. */
    static double[] score(List<UnitRanking> rankings, List<Set<Integer>> golds) {
        double rp = 0, rec = 0;
        int n = 0;
        for (int i = 0; i < rankings.size(); i++) {
            UnitRanking r = rankings.get(i);
            Set<Integer> g = golds.get(i);
            if (r == null || g.isEmpty()) continue;
            int top = 0, all = 0;
            for (int j = 0; j < r.concepts().length; j++) {
                if (g.contains(r.concepts()[j])) { all++; if (j < 5) top++; }
            }
            rp += (double) top / Math.min(5, g.size());
            rec += (double) all / g.size();
            n++;
        }
        return new double[] {rp / n, rec / n};
    }
}
