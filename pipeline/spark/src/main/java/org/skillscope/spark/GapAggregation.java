package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Stage 5 (Spark side): the counts gap bundles are built from. The driver gets counts per skill and
 * per pair of a scope's gap skills (bounded by gap skills squared), never one skill set per vacancy:
 * at a million ads those sets are nearly one per ad and did not fit a 4 GB heap.
 */
final class GapAggregation {
    private static final String[] SCOPE_SKILL = {"scope_type", "scope", "skill_uri"};

    private GapAggregation() {}

    /**
     * (doc_id, scope_type, scope, skill_uri): each vacancy's gap skills of each scope it is in, from
     * {@link DemandAggregation#located} rows; bundles are sought overall and per country ({@link RunTables#bundled}).
     */
    static Dataset<Row> hits(Dataset<Row> located, Dataset<Row> scopeGapSkills) {
        return DemandAggregation.scoped(located, RunTables.BUNDLED)
                .join(broadcast(scopeGapSkills), SCOPE_SKILL)
                .select("doc_id", SCOPE_SKILL);
    }

    /** (scope_type, scope, skill_uri, vacancies). */
    static Dataset<Row> singles(Dataset<Row> hits) {
        return hits.groupBy("scope_type", "scope", "skill_uri").agg(count(lit(1)).as("vacancies"));
    }

    /** (scope_type, scope, a, b, vacancies) with a < b, for pairs asked for together at least {@code min} times. */
    static Dataset<Row> pairs(Dataset<Row> hits, long min) {
        Dataset<Row> a = hits.as("a"), b = hits.as("b");
        return a.join(b, col("a.doc_id").equalTo(col("b.doc_id"))
                        .and(col("a.scope_type").equalTo(col("b.scope_type")))
                        .and(col("a.scope").equalTo(col("b.scope")))
                        .and(col("a.skill_uri").lt(col("b.skill_uri"))))
                .groupBy(col("a.scope_type").as("scope_type"), col("a.scope").as("scope"),
                        col("a.skill_uri").as("a"), col("b.skill_uri").as("b"))
                .agg(count(lit(1)).as("vacancies"))
                .filter(col("vacancies").geq(min));
    }

    /**
     * (scope_type, scope, rank_no, any, all) for bundles given as (scope_type, scope, rank_no, skill_uri, size):
     * vacancies asking for any member, and for all of them.
     */
    static Dataset<Row> bundleTotals(Dataset<Row> hits, Dataset<Row> members) {
        return hits.join(broadcast(members), SCOPE_SKILL)
                .groupBy("scope_type", "scope", "rank_no", "size", "doc_id").agg(count(lit(1)).as("hit"))
                .groupBy("scope_type", "scope", "rank_no")
                .agg(count(lit(1)).as("any"), sum(when(col("hit").equalTo(col("size")), 1L).otherwise(0L)).as("all"));
    }
}
