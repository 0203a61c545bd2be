package org.skillscope.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillscope.core.CoreException;
import org.skillscope.core.lang.TitleIndex;
import org.skillscope.core.lang.TitleParams;
import org.skillscope.datasets.esco.LocalizedLabel;

/**
 * Title → occupation quality within one language (MELO): national titles ranked over the ESCO
 * concepts (occupations and ISCO groups, as MELO does) by their labels in that language.
 */
public final class LanguageOccupationEval {
    private LanguageOccupationEval() {}

    /** The queries and gold of a MELO folder (queries.tsv, annotations.tsv, concept_mapping.tsv). */
    public static GoldSet readMelo(Path folder) {
        try {
            return MeloReader.read(folder);
        } catch (java.io.IOException e) {
            throw new CoreException("cannot read MELO folder " + folder + ": " + e.getMessage());
        }
    }

    public static OccupationEvalResult score(TitleIndex index, GoldSet set) {
        List<GoldQuery> qs = set.queries();
        if (qs.isEmpty()) throw new CoreException("gold set has no query with a resolvable gold occupation");
        double mrr = 0, acc1 = 0, acc5 = 0;
        for (GoldQuery q : qs) {
            int rank = index.rankOf(q.text(), q.gold());
            if (rank == 0) continue;
            mrr += 1.0 / rank;
            acc1 += rank <= 1 ? 1 : 0;
            acc5 += rank <= 5 ? 1 : 0;
        }
        int n = qs.size();
        return new OccupationEvalResult(n, mrr / n, 100 * acc1 / n, 100 * acc5 / n);
    }

    /**
     * How often the top occupation is right by its score, in tenths: {@code [band][0]} titles whose top
     * score falls in the band, {@code [band][1]} of them right. What the job's score floor rests on.
     */
    public static long[][] topOneByScore(TitleIndex index, GoldSet set, long[][] into) {
        for (GoldQuery q : set.queries()) {
            List<org.skillscope.core.lang.TitleMatch> top = index.rank(q.text(), 1);
            if (top.isEmpty()) continue;
            int band = (int) Math.min(9, Math.floor(top.get(0).score() * 10));
            into[band][0]++;
            if (q.gold().contains(top.get(0).uri())) into[band][1]++;
        }
        return into;
    }

    /** One language's labels and gold, for cross-validation. */
    public record LanguageSet(String language, List<LocalizedLabel> labels, GoldSet gold) {}

    /** For a held-out language: the parameters chosen on the other languages, and its MRR with them. */
    public record HeldOut(String language, TitleParams chosen, double chosenMeanOnOthers, double mrr) {}

    /**
     * Leave one language out: each candidate is scored on every language; for each language the
     * candidate with the best mean MRR over the <em>other</em> languages is chosen and its MRR on the
     * held-out language reported. Nothing is tuned on the language it is then measured on.
     */
    public static List<HeldOut> leaveOneLanguageOut(List<LanguageSet> sets, List<TitleParams> grid,
                                                    java.util.function.Consumer<String> progress) {
        if (sets.size() < 2) throw new CoreException("cross-validation needs at least two languages with gold");
        Map<TitleParams, Map<String, Double>> mrr = new LinkedHashMap<>();
        for (TitleParams p : grid) {
            Map<String, Double> byLanguage = new LinkedHashMap<>();
            for (LanguageSet s : sets) {
                byLanguage.put(s.language(), score(new TitleIndex(s.language(), s.labels(), p), s.gold()).mrr());
            }
            mrr.put(p, byLanguage);
            progress.accept(p + ": " + byLanguage);
        }
        List<HeldOut> out = new ArrayList<>();
        for (LanguageSet held : sets) {
            TitleParams best = null;
            double bestMean = -1;
            for (TitleParams p : grid) {
                double sum = 0;
                for (LanguageSet s : sets) if (s != held) sum += mrr.get(p).get(s.language());
                double mean = sum / (sets.size() - 1);
                if (mean > bestMean) {
                    bestMean = mean;
                    best = p;
                }
            }
            out.add(new HeldOut(held.language(), best, bestMean, mrr.get(best).get(held.language())));
        }
        return out;
    }

    /** The candidates cross-validation chooses from. */
    public static List<TitleParams> grid() {
        List<TitleParams> g = new ArrayList<>();
        for (double w : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            for (int[] n : new int[][] {{2, 4}, {3, 4}, {3, 5}}) {
                for (int prefix : new int[] {4, 5, 6}) g.add(new TitleParams(w, n[0], n[1], prefix));
            }
        }
        return g;
    }

}
