package org.skillscope.eval;

import java.util.Locale;

/** Occupation ranking quality: MRR in 0-1, acc@1 and acc@5 in percent (share of queries with a gold item in the top k). */
public record OccupationEvalResult(int queries, double mrr, double acc1, double acc5) {
    /** Exactly {@code {"queries":N,"mrr":x,"acc@1":x,"acc@5":x}}. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"queries\":%d,\"mrr\":%.4f,\"acc@1\":%.2f,\"acc@5\":%.2f}", queries, mrr, acc1, acc5);
    }
}
