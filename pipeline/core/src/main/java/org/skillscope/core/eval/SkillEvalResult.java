package org.skillscope.core.eval;

import java.util.Locale;

/** Skill ranking quality: RP@5 and RP@10 in percent, MRR in 0-1, averaged over {@code queries}. */
public record SkillEvalResult(int queries, double rp5, double rp10, double mrr) {
    /** Exactly {@code {"queries":N,"rp@5":x,"rp@10":x,"mrr":x}}: the CLI's last line. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"queries\":%d,\"rp@5\":%.2f,\"rp@10\":%.2f,\"mrr\":%.4f}", queries, rp5, rp10, mrr);
    }
}
