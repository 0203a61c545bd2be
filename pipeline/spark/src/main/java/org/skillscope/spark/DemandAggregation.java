package org.skillscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Stage 3 (Spark side): vacancy counts per scope, skill, month and half of the period. A vacancy
 * belongs to several scopes at once: all ("*"), its country, its country/region, its sector.
 */
final class DemandAggregation {
    private DemandAggregation() {}

    /** (doc_id, scope_type, scope, ym, half) for every mapped vacancy and each scope it is in. */
    static Dataset<Row> scopes(Dataset<Row> vacancies) {
        Column all = struct(lit("all").as("scope_type"), lit("*").as("scope"));
        Column country = struct(lit("country").as("scope_type"), col("country").as("scope"));
        Column region = struct(lit("region").as("scope_type"),
                when(col("region").isNotNull(), concat_ws(" / ", col("country"), col("region"))).as("scope"));
        Column sector = struct(lit("sector").as("scope_type"), col("sector").as("scope"));
        return vacancies.filter(col("mapped"))
                .select(col("doc_id"), col("ym"), col("half"), explode(array(all, country, region, sector)).as("s"))
                .select(col("doc_id"), col("s.scope_type").as("scope_type"), col("s.scope").as("scope"), col("ym"), col("half"))
                .filter(col("scope").isNotNull());
    }

    /** (scope_type, scope, vacancies, early, late, early_months, late_months). */
    static Dataset<Row> totals(Dataset<Row> scopes) {
        return scopes.groupBy("scope_type", "scope").agg(
                count(lit(1)).as("vacancies"),
                sum(when(col("half").equalTo("E"), 1).otherwise(0)).as("early"),
                sum(when(col("half").equalTo("L"), 1).otherwise(0)).as("late"),
                countDistinct(when(col("half").equalTo("E"), col("ym"))).as("early_months"),
                countDistinct(when(col("half").equalTo("L"), col("ym"))).as("late_months"));
    }

    /** (scope_type, scope, skill_uri, vacancies, early, late). */
    static Dataset<Row> skillCounts(Dataset<Row> scopes, Dataset<Row> vacancySkills) {
        return vacancySkills.select("doc_id", "skill_uri").join(scopes, "doc_id")
                .groupBy("scope_type", "scope", "skill_uri").agg(
                        count(lit(1)).as("vacancies"),
                        sum(when(col("half").equalTo("E"), 1).otherwise(0)).as("early"),
                        sum(when(col("half").equalTo("L"), 1).otherwise(0)).as("late"));
    }

    /** Monthly counts for the overall and country scopes: (scope_type, scope, skill_uri, ym, vacancies). */
    static Dataset<Row> monthly(Dataset<Row> scopes, Dataset<Row> vacancySkills) {
        Dataset<Row> dated = scopes.filter(col("ym").isNotNull().and(col("scope_type").isin("all", "country")));
        return vacancySkills.select("doc_id", "skill_uri").join(dated, "doc_id")
                .groupBy("scope_type", "scope", "skill_uri", "ym").agg(count(lit(1)).as("vacancies"));
    }

    /** Month totals for the same scopes: (scope_type, scope, ym, vacancies). */
    static Dataset<Row> monthTotals(Dataset<Row> scopes) {
        return scopes.filter(col("ym").isNotNull().and(col("scope_type").isin("all", "country")))
                .groupBy("scope_type", "scope", "ym").agg(count(lit(1)).as("vacancies"));
    }

    /** (scope_type, scope, occupation_uri, vacancies) from the title mapping. */
    static Dataset<Row> occupations(Dataset<Row> scopes, Dataset<Row> vacancyOccupations) {
        return vacancyOccupations.filter(col("occupation_uri").isNotNull()).select("doc_id", "occupation_uri")
                .join(scopes, "doc_id").groupBy("scope_type", "scope", "occupation_uri").agg(count(lit(1)).as("vacancies"));
    }

    /** Vacancies asking for at least one skill of a kind, per scope: (scope_type, scope, vacancies). */
    static Dataset<Row> vacanciesWithAny(Dataset<Row> scopes, Dataset<Row> vacancySkills, Dataset<Row> skillsOfKind) {
        Dataset<Row> docs = vacancySkills.join(skillsOfKind, "skill_uri").select("doc_id").distinct();
        return docs.join(scopes, "doc_id").groupBy("scope_type", "scope").agg(count(lit(1)).as("vacancies"));
    }

    /** (scope_type, scope, skill_group, vacancies): vacancies asking for any skill of the group. */
    static Dataset<Row> skillGroups(Dataset<Row> scopes, Dataset<Row> vacancySkills, Dataset<Row> skillGroupOf) {
        Dataset<Row> docGroups = vacancySkills.join(skillGroupOf, "skill_uri").select("doc_id", "skill_group").distinct();
        return docGroups.join(scopes.filter(col("scope_type").isin("all", "country", "sector")), "doc_id")
                .groupBy("scope_type", "scope", "skill_group").agg(count(lit(1)).as("vacancies"));
    }
}
