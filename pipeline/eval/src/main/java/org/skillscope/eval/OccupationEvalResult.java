package org.skillscope.eval;

import org.skillscope.datasets.JsonMappers;

/** Occupation ranking quality: MRR in 0-1, acc@1 and acc@5 in percent (share of queries with a gold item in the top k). */
public record OccupationEvalResult(int queries, double mrr, double acc1, double acc5) {
    /** Exactly {@code {"queries":N,"mrr":x,"acc@1":x,"acc@5":x}}. */
    public String toJson() {
        return JsonMappers.write(JsonMappers.object().put("queries", queries).put("mrr", JsonMappers.fixed(mrr, 4))
                .put("acc@1", JsonMappers.fixed(acc1, 2)).put("acc@5", JsonMappers.fixed(acc5, 2)));
    }
}
