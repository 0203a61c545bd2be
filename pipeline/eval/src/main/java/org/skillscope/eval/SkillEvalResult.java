package org.skillscope.eval;

import java.util.Locale;

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
        return String.format(Locale.ROOT, "{\"queries\":%d,\"rp@5\":%.2f,\"rp@10\":%.2f,\"mrr\":%.4f,\"precision\":%.4f,"
                + "\"recall\":%.4f,\"f1\":%.4f,\"noSkillSentences\":%d,\"assertedOnNoSkill\":%d}",
                queries, rp5, rp10, mrr, precision, recall, f1, noSkillSentences, assertedOnNoSkill);
    }
}
