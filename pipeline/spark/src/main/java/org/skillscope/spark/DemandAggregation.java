package org.skillscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.skillscope.core.lang.Multilingual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Stage 3 (Spark side): vacancy counts per scope, skill, month and half of the period. A vacancy
 * belongs to several scopes at once: all ("*"), its country, its country/region, its sector.
 * Skill-level counts read {@link #located} (each vacancy skill with its vacancy's place and date,
 * joined once and cached) and expand the scopes row by row: every aggregation is then a scan with
 * map-side combining, not a shuffle join of the vacancy skills with four scope rows per vacancy.
 */
final class DemandAggregation {
    private static final String[] PLACE = {"country", "region", "sector", "ym", "half"};
    /** Every scope type a vacancy counts in. */
    private static final String[] SCOPE_TYPES = {"all", "country", "region", "sector"};
    /** The scope types with monthly series (regions and sectors are too thin for months). */
    private static final String[] MONTHLY_SCOPES = {"all", "country"};

    private DemandAggregation() {}

    /**
     * (doc_id, ym, half, stratum, scope_type, scope) for every mapped vacancy and each scope it is in; the
     * stratum ("country|source") is what the growth windows' mix is compared by.
     */
    static Dataset<Row> scopes(Dataset<Row> vacancies) {
        return scoped(vacancies.filter(col("mapped")).select(col("doc_id"), col("country"), col("region"), col("sector"), col("ym"), col("half"),
                concat_ws("|", coalesce(col("country"), lit("?")), coalesce(col("source"), lit("?"))).as("stratum")), SCOPE_TYPES);
    }

    /** (scope_type, scope, half, stratum, vacancies): the mix of each growth window of each scope. */
    static Dataset<Row> windowMix(Dataset<Row> scopes) {
        return scopes.filter(col("half").isNotNull()).groupBy("scope_type", "scope", "half", "stratum").agg(count(lit(1)).as("vacancies"));
    }

    /**
     * (doc_id, skill_uri, inferred, country, region, sector, ym, half) for the skills of every mapped vacancy;
     * inferred is 1 for a skill the vacancy's occupation implies but its text does not state, else 0.
     */
    static Dataset<Row> located(Dataset<Row> vacancies, Dataset<Row> vacancySkills) {
        return vacancySkills.select(col("doc_id"), col("skill_uri"), when(col("source").equalTo(Multilingual.INFERRED), 1).otherwise(0).as("inferred"))
                .join(vacancies.filter(col("mapped")).select("doc_id", PLACE), "doc_id");
    }

    /**
     * Each row once per scope of the given types that it is in: its columns but country, region and
     * sector, then scope_type and scope. Region scopes read "country / region"; a missing place is no scope.
     */
    static Dataset<Row> scoped(Dataset<Row> rows, String... types) {
        Column[] scopes = Arrays.stream(types).map(t -> struct(lit(t).as("scope_type"), scopeOf(t).as("scope"))).toArray(Column[]::new);
        List<Column> rest = Arrays.stream(rows.columns()).filter(c -> !List.of("country", "region", "sector").contains(c)).map(functions::col).toList();
        List<Column> exploded = new ArrayList<>(rest), flat = new ArrayList<>(rest);
        exploded.add(explode(array(scopes)).as("s"));
        flat.add(col("s.scope_type").as("scope_type"));
        flat.add(col("s.scope").as("scope"));
        return rows.select(exploded.toArray(Column[]::new)).select(flat.toArray(Column[]::new)).filter(col("scope").isNotNull());
    }

    private static Column scopeOf(String type) {
        return switch (type) {
            case "all" -> lit("*");
            case "country" -> col("country");
            case "region" -> when(col("region").isNotNull(), concat_ws(" / ", col("country"), col("region")));
            case "sector" -> col("sector");
            default -> throw new IllegalArgumentException("no scope type " + type);
        };
    }

    /** (scope_type, scope, vacancies, dated, early, late): early and late count the dated ads of each growth window. */
    static Dataset<Row> totals(Dataset<Row> scopes) {
        return scopes.groupBy("scope_type", "scope").agg(
                count(lit(1)).as("vacancies"),
                count(col("ym")).as("dated"),
                sum(when(col("half").equalTo("E"), 1).otherwise(0)).as("early"),
                sum(when(col("half").equalTo("L"), 1).otherwise(0)).as("late"));
    }

    /** (scope_type, scope, skill_uri, vacancies, early, late, inferred) from {@link #located} rows. */
    static Dataset<Row> skillCounts(Dataset<Row> located) {
        return scoped(located, SCOPE_TYPES)
                .groupBy("scope_type", "scope", "skill_uri").agg(
                        count(lit(1)).as("vacancies"),
                        sum(when(col("half").equalTo("E"), 1).otherwise(0)).as("early"),
                        sum(when(col("half").equalTo("L"), 1).otherwise(0)).as("late"),
                        sum(col("inferred")).cast(DataTypes.LongType).as("inferred"));
    }

    /** Monthly counts for the overall and country scopes: (scope_type, scope, skill_uri, ym, vacancies). */
    static Dataset<Row> monthly(Dataset<Row> located) {
        return scoped(located.filter(col("ym").isNotNull()), MONTHLY_SCOPES)
                .groupBy("scope_type", "scope", "skill_uri", "ym").agg(count(lit(1)).as("vacancies"));
    }

    /** Month totals for the same scopes: (scope_type, scope, ym, vacancies). */
    static Dataset<Row> monthTotals(Dataset<Row> scopes) {
        return scopes.filter(col("ym").isNotNull().and(col("scope_type").isin((Object[]) MONTHLY_SCOPES)))
                .groupBy("scope_type", "scope", "ym").agg(count(lit(1)).as("vacancies"));
    }

    /** (scope_type, scope, occupation_uri, vacancies) from the title mapping. */
    static Dataset<Row> occupations(Dataset<Row> scopes, Dataset<Row> vacancyOccupations) {
        return vacancyOccupations.filter(col("occupation_uri").isNotNull()).select("doc_id", "occupation_uri")
                .join(scopes, "doc_id").groupBy("scope_type", "scope", "occupation_uri").agg(count(lit(1)).as("vacancies"));
    }

    /** Vacancies asking for at least one skill of a kind, per scope: (scope_type, scope, vacancies). */
    static Dataset<Row> vacanciesWithAny(Dataset<Row> located, Dataset<Row> skillsOfKind) {
        Dataset<Row> docs = located.join(broadcast(skillsOfKind), "skill_uri").drop("skill_uri", "inferred").distinct();
        return scoped(docs, SCOPE_TYPES).groupBy("scope_type", "scope").agg(count(lit(1)).as("vacancies"));
    }

    /** (scope_type, scope, skill_group, vacancies): vacancies asking for any skill of the group. */
    static Dataset<Row> skillGroups(Dataset<Row> located, Dataset<Row> skillGroupOf) {
        Dataset<Row> docGroups = located.join(broadcast(skillGroupOf), "skill_uri").drop("skill_uri", "inferred").distinct();
        return scoped(docGroups, SCOPE_TYPES)
                .groupBy("scope_type", "scope", "skill_group").agg(count(lit(1)).as("vacancies"));
    }
}
