package org.skillscope.eval;

import java.nio.file.Path;
import java.util.List;
import org.skillscope.core.CoreException;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.UnitRanking;
import org.skillscope.datasets.esco.Esco;

/** Evaluates title → occupation ranking on jobbert or MELO gold, over all ESCO occupations. */
public final class OccupationEval {
    private OccupationEval() {}

    public static OccupationEvalResult run(Esco esco, OccupationMatcher matcher, Path gold, GoldFormat format) {
        if (format != GoldFormat.JOBBERT && format != GoldFormat.MELO) {
            throw new CoreException("occupation evaluation reads jobbert or melo gold, not " + format);
        }
        GoldSet set = new GoldReader(SkillEval.preferredLabels(matcher.index())).read(gold, format);
        return score(matcher, set);
    }

    public static OccupationEvalResult score(OccupationMatcher matcher, GoldSet set) {
        List<GoldQuery> qs = set.queries();
        if (qs.isEmpty()) {
            throw new CoreException("gold set has no query with a resolvable gold occupation");
        }
        List<UnitRanking> rankings = matcher.rankAllTitles(qs.stream().map(GoldQuery::text).toList());
        double mrr = 0, acc1 = 0, acc5 = 0;
        for (int i = 0; i < qs.size(); i++) {
            List<String> ranked = SkillEval.uris(matcher.index(), rankings.get(i));
            mrr += Metrics.reciprocalRank(ranked, qs.get(i).gold());
            acc1 += Metrics.hitAt(ranked, qs.get(i).gold(), 1);
            acc5 += Metrics.hitAt(ranked, qs.get(i).gold(), 5);
        }
        int n = qs.size();
        return new OccupationEvalResult(n, mrr / n, 100 * acc1 / n, 100 * acc5 / n);
    }
}
