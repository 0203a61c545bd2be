package org.skillscope.eval;

import org.skillscope.datasets.JsonMappers;

/**
 * Skill extraction quality. Ranking: RP@5 and RP@10 in percent, MRR in 0-1, averaged over {@code queries}
 * (sentences with gold). Assertion: micro precision, recall and F1 of the asserted skills over (sentence,
 * skill) pairs, the sentences without gold skill included (every skill asserted on them is a false
 * positive); {@code assertedOnNoSkill} of the {@code noSkillSentences} got at least one.
 */
public record SkillEvalResult(int queries, double rp5, double rp10, double mrr, double precision, double recall, double f1,
                              int noSkillSentences, int assertedOnNoSkill) {
    /** {@code {"queries","rp@5","rp@10","mrr","precision","recall","f1","noSkillSentences","assertedOnNoSkill"}}: the CLI's last line. */
    public String toJson() {
        return JsonMappers.write(JsonMappers.object().put("queries", queries).put("rp@5", JsonMappers.fixed(rp5, 2))
                .put("rp@10", JsonMappers.fixed(rp10, 2)).put("mrr", JsonMappers.fixed(mrr, 4))
                .put("precision", JsonMappers.fixed(precision, 4)).put("recall", JsonMappers.fixed(recall, 4))
                .put("f1", JsonMappers.fixed(f1, 4)).put("noSkillSentences", noSkillSentences).put("assertedOnNoSkill", assertedOnNoSkill));
    }
}
