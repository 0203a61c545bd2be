package org.skillscope.eval;

import org.skillscope.datasets.JsonMappers;

/**
 * The Coursera silver check ({@link OutcomeSilverEval}): {@code courses} scored, the tags behind their
 * gold; RP@5 and RP@10 in percent and MRR in 0-1, averaged over courses; micro precision and recall of
 * the asserted skills against the silver gold.
 */
public record OutcomeSilverResult(int courses, int tags, int matchedTags, int ambiguousTags, double rp5, double rp10, double mrr,
                                  double precision, double recall) {
    /** {@code {"courses","tags","matchedTags","ambiguousTags","rp@5","rp@10","mrr","precision","recall"}}: the CLI's last line. */
    public String toJson() {
        return JsonMappers.write(JsonMappers.object().put("courses", courses).put("tags", tags).put("matchedTags", matchedTags)
                .put("ambiguousTags", ambiguousTags).put("rp@5", JsonMappers.fixed(rp5, 2)).put("rp@10", JsonMappers.fixed(rp10, 2))
                .put("mrr", JsonMappers.fixed(mrr, 4)).put("precision", JsonMappers.fixed(precision, 4))
                .put("recall", JsonMappers.fixed(recall, 4)));
    }
}
