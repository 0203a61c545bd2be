package org.skillscope.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Green and digital alignment from ESCO collection membership (docs/scoring.md). Pure. */
public final class AlignmentScorer {
    static final double SKILL_WEIGHT = 0.7;

    private AlignmentScorer() {}

    /**
     * @param inCollection   membership test (e.g. green collection; digital or DigComp)
     * @param essentialOf    essential skills of an occupation
     */
    public static AlignmentScore score(String collections, List<TaughtSkill> taught, Predicate<String> inCollection,
                                       List<PreparedOccupation> occupations, Function<String, Set<String>> essentialOf) {
        double total = 0, inside = 0;
        List<String> members = new ArrayList<>();
        for (TaughtSkill t : RelevanceScorer.dedupe(taught)) {
            total += t.confidence();
            if (inCollection.test(t.skillUri())) {
                inside += t.confidence();
                members.add(t.skillUri());
            }
        }
        double skillShare = total == 0 ? 0 : inside / total;
        Double occShare = null;
        if (!occupations.isEmpty()) {
            // weight each occupation by how well the credential covers it
            double w = 0, s = 0;
            for (PreparedOccupation o : occupations) {
                Set<String> ess = essentialOf.apply(o.occupationUri());
                if (ess.isEmpty()) continue;
                double share = ess.stream().filter(inCollection).count() / (double) ess.size();
                s += o.coverage() * share;
                w += o.coverage();
            }
            occShare = w == 0 ? null : s / w;
        }
        double score = occShare == null ? 100 * skillShare : 100 * (SKILL_WEIGHT * skillShare + (1 - SKILL_WEIGHT) * occShare);
        return new AlignmentScore(collections, score, skillShare, occShare, members);
    }
}
