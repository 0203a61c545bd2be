package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.skillscope.core.gap.GapParams;

import java.util.List;

/**
 * Stage 5, gaps: skills in demand that no credential teaches, per scope, and bundles of gap skills that
 * vacancies ask for together.
 */
final class GapStage {
    private GapStage() {}

    /** @param located the vacancy skills with their vacancy's place and date ({@link DemandStage#run}) */
    static void run(SparkSession spark, Dataset<Row> located, RunTables tables) {
        tables.gaps();
        // bundles from counts per skill and per pair of gap skills: the driver never holds a set per vacancy
        Dataset<Row> gapHits = GapAggregation.hits(located, spark.createDataFrame(tables.gapSkillRows(), RunTables.SCOPE_SKILL))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> members = tables.bundleMembers(GapAggregation.singles(gapHits).collectAsList(),
                GapAggregation.pairs(gapHits, GapParams.DEFAULTS.minCoOccurrence()).collectAsList());
        tables.bundles(GapAggregation.bundleTotals(gapHits, spark.createDataFrame(members, RunTables.BUNDLE_MEMBER)).collectAsList());
        gapHits.unpersist();
    }
}
