package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Stage 3, demand: Spark counts vacancies per scope, skill, month and occupation ({@link DemandAggregation});
 * the driver turns the counts into demand, green/digital and skill-group rows ({@link RunTables}).
 */
final class DemandStage {
    private DemandStage() {}

    /**
     * Fills the tables' demand; returns the vacancy skills joined once to their vacancy's place and date
     * (persisted: the gaps read them too; the caller unpersists).
     */
    static Dataset<Row> run(SparkSession spark, Dataset<Row> vacancies, MapStage.Mapped mapped, RunTables tables) {
        Dataset<Row> scopes = DemandAggregation.scopes(vacancies).cache();
        // every skill-level count reads the vacancy skills joined once to their vacancy's place and date
        Dataset<Row> located = DemandAggregation.located(vacancies, mapped.vacancySkills()).persist(StorageLevel.MEMORY_AND_DISK());
        tables.demand(DemandAggregation.totals(scopes).collectAsList(), DemandAggregation.windowMix(scopes).collectAsList(),
                DemandAggregation.skillCounts(located).collectAsList(),
                DemandAggregation.monthly(located).collectAsList(),
                DemandAggregation.monthTotals(scopes).collectAsList(),
                DemandAggregation.occupations(scopes, mapped.vacancyOcc()).collectAsList());
        tables.transition(
                DemandAggregation.vacanciesWithAny(located, spark.createDataFrame(tables.skillsOf(true), RunTables.SKILL_ONLY)).collectAsList(),
                DemandAggregation.vacanciesWithAny(located, spark.createDataFrame(tables.skillsOf(false), RunTables.SKILL_ONLY)).collectAsList());
        tables.skillGroups(DemandAggregation.skillGroups(located,
                spark.createDataFrame(tables.skillGroupRows(), RunTables.SKILL_GROUP)).collectAsList());
        scopes.unpersist();
        return located;
    }
}
