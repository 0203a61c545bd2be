package org.skillscope.eval;

import java.nio.file.Path;
import java.util.List;
import org.skillscope.core.CoreException;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.JsonMappers;

/**
 * Does a sentence state a skill at all? On SkillSpan, a sentence is positive when any token is tagged
 * skill or knowledge, and predicted positive when the matcher asserts at least one skill for it (mapped
 * as {@code map} maps a text). The false-positive rate is the share of the other sentences that get one.
 */
public final class SentenceEval {
    private SentenceEval() {}

    public record Result(int sentences, int skillSentences, int otherSentences, double precision, double recall,
                         double falsePositiveRate) {
        /** {@code {"sentences","skillSentences","otherSentences","precision","recall","falsePositiveRate"}}: the CLI's last line. */
        public String toJson() {
            return JsonMappers.write(JsonMappers.object().put("sentences", sentences).put("skillSentences", skillSentences)
                    .put("otherSentences", otherSentences).put("precision", JsonMappers.fixed(precision, 4))
                    .put("recall", JsonMappers.fixed(recall, 4)).put("falsePositiveRate", JsonMappers.fixed(falsePositiveRate, 4)));
        }
    }

    public static Result run(SkillMatcher matcher, Path gold) {
        return score(matcher, SkillSpanReader.read(gold));
    }

    public static Result score(SkillMatcher matcher, List<SkillSpanReader.Sentence> sentences) {
        if (sentences.isEmpty()) {
            throw new CoreException("gold set has no sentence");
        }
        List<List<SkillMatch>> matched = matcher.matchAll(sentences.stream().map(SkillSpanReader.Sentence::text).toList());
        int pos = 0, tp = 0, fp = 0;
        for (int i = 0; i < sentences.size(); i++) {
            boolean predicted = matched.get(i).stream().anyMatch(SkillMatch::asserted);
            if (sentences.get(i).hasSkill()) {
                pos++;
                if (predicted) tp++;
            } else if (predicted) {
                fp++;
            }
        }
        int neg = sentences.size() - pos;
        return new Result(sentences.size(), pos, neg, tp + fp == 0 ? 0 : (double) tp / (tp + fp), pos == 0 ? 0 : (double) tp / pos,
                neg == 0 ? 0 : (double) fp / neg);
    }
}
