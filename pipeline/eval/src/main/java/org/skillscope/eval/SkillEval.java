package org.skillscope.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillscope.core.CoreException;
import org.skillscope.core.index.Concept;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.core.match.UnitRanking;
import org.skillscope.datasets.esco.Esco;

/**
 * Evaluates skill extraction on a gold file. Ranking: each gold sentence is one unit (no splitting, no
 * boilerplate filter: the benchmark already gives sentences), ranked over all ESCO skills. Assertion:
 * each sentence mapped as {@code map} and {@code POST /api/map} map a text, its asserted skills against the gold.
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
        // assertion: each sentence as a user would send it (split into units, boilerplate dropped)
        List<String> texts = new ArrayList<>(qs.stream().map(GoldQuery::text).toList());
        texts.addAll(set.textsWithoutGold());
        List<List<SkillMatch>> matched = matcher.matchAll(texts);
        long tp = 0, asserted = 0, gold = 0;
        int onNoSkill = 0;
        for (int i = 0; i < texts.size(); i++) {
            Set<String> g = i < n ? qs.get(i).gold() : Set.of();
            gold += g.size();
            int here = 0;
            for (SkillMatch m : matched.get(i)) {
                if (!m.asserted()) continue;
                here++;
                if (g.contains(m.uri())) tp++;
            }
            asserted += here;
            if (i >= n && here > 0) onNoSkill++;
        }
        double p = asserted == 0 ? 0 : (double) tp / asserted, r = gold == 0 ? 0 : (double) tp / gold;
        return new SkillEvalResult(n, 100 * rp5 / n, 100 * rp10 / n, mrr / n, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
                set.textsWithoutGold().size(), onNoSkill);
    }

    static List<String> uris(ConceptIndex index, UnitRanking r) {
        List<String> out = new ArrayList<>(r.size());
        for (int c : r.concepts()) {
            out.add(index.concept(c).uri());
        }
        return out;
    }
}
