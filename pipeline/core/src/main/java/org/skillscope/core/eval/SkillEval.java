package org.skillscope.core.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillscope.core.CoreException;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.core.match.UnitRanking;
import org.skillscope.datasets.esco.Esco;

/**
 * Evaluates skill ranking on a gold file: each gold sentence is one unit (no splitting, no
 * boilerplate filter: the benchmark already gives sentences), ranked over all ESCO skills.
 */
public final class SkillEval {
    private SkillEval() {}

    public static SkillEvalResult run(Esco esco, SkillMatcher matcher, Path gold, GoldFormat format) {
        if (format != GoldFormat.DECORTE && format != GoldFormat.SKILLSKAPE) {
            throw new CoreException("skill evaluation reads decorte or skillskape gold, not " + format);
        }
        GoldSet set = new GoldReader(preferredLabels(matcher.index())).read(gold, format);
        return score(matcher, set);
    }

    static Map<String, String> preferredLabels(ConceptIndex index) {
        Map<String, String> out = new HashMap<>();
        for (Concept c : index.concepts()) {
            out.putIfAbsent(c.preferredLabel().strip(), c.uri());
        }
        return out;
    }

    public static SkillEvalResult score(SkillMatcher matcher, GoldSet set) {
        List<GoldQuery> qs = set.queries();
        if (qs.isEmpty()) {
            throw new CoreException("gold set has no query with a resolvable gold skill");
        }
        List<UnitRanking> rankings = matcher.rankAllUnits(qs.stream().map(GoldQuery::text).toList());
        double rp5 = 0, rp10 = 0, mrr = 0;
        for (int i = 0; i < qs.size(); i++) {
            List<String> ranked = uris(matcher.index(), rankings.get(i));
            rp5 += Metrics.rPrecisionAt(ranked, qs.get(i).gold(), 5);
            rp10 += Metrics.rPrecisionAt(ranked, qs.get(i).gold(), 10);
            mrr += Metrics.reciprocalRank(ranked, qs.get(i).gold());
        }
        int n = qs.size();
        return new SkillEvalResult(n, 100 * rp5 / n, 100 * rp10 / n, mrr / n);
    }

    static List<String> uris(ConceptIndex index, UnitRanking r) {
        List<String> out = new ArrayList<>(r.size());
        for (int c : r.concepts()) {
            out.add(index.concept(c).uri());
        }
        return out;
    }
}
