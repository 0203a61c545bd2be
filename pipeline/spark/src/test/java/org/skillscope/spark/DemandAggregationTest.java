package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Skill-level demand counts from vacancy skills joined to their place, checked by hand on four ads. */
class DemandAggregationTest {
    private static SparkSession spark;
    private static Dataset<Row> located;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.session("local[2]", "skillscope-demand-test");
        StructType place = new StructType().add("doc_id", DataTypes.StringType).add("skill_uri", DataTypes.StringType)
                .add("inferred", DataTypes.IntegerType).add("country", DataTypes.StringType).add("region", DataTypes.StringType).add("sector", DataTypes.StringType)
                .add("ym", DataTypes.StringType).add("half", DataTypes.StringType);
        located = spark.createDataFrame(List.of(
                RowFactory.create("v:1", "K8S", 0, "DE", "Bavaria", "IT", "2024-01", "E"),
                RowFactory.create("v:2", "K8S", 0, "DE", null, null, "2024-02", "L"),
                RowFactory.create("v:2", "JAVA", 0, "DE", null, null, "2024-02", "L"),
                // an ad in another language whose occupation implies K8S
                RowFactory.create("v:3", "K8S", 1, "FR", "Paris", "IT", null, null)), place);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static Set<String> lines(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(r -> r.mkString("|")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void skillCountsPerScopeWithTheHalvesOfThePeriod() {
        assertEquals(new TreeSet<>(List.of(
                "all|*|K8S|3|1|1|1", "all|*|JAVA|1|0|1|0",
                "country|DE|K8S|2|1|1|0", "country|DE|JAVA|1|0|1|0", "country|FR|K8S|1|0|0|1",
                "region|DE / Bavaria|K8S|1|1|0|0", "region|FR / Paris|K8S|1|0|0|1",
                "sector|IT|K8S|2|1|0|1")), lines(DemandAggregation.skillCounts(located)));
    }

    @Test
    void monthlyCountsOnlyDatedVacanciesOverallAndPerCountry() {
        assertEquals(new TreeSet<>(List.of(
                "all|*|K8S|2024-01|1", "all|*|K8S|2024-02|1", "all|*|JAVA|2024-02|1",
                "country|DE|K8S|2024-01|1", "country|DE|K8S|2024-02|1", "country|DE|JAVA|2024-02|1")),
                lines(DemandAggregation.monthly(located)));
    }

    @Test
    void aVacancyWithSeveralSkillsOfAKindOrAGroupCountsOnce() {
        Dataset<Row> k8s = spark.createDataFrame(List.of(RowFactory.create("K8S"), RowFactory.create("JAVA")), RunTables.SKILL_ONLY);
        assertEquals(new TreeSet<>(List.of("all|*|3", "country|DE|2", "country|FR|1", "region|DE / Bavaria|1", "region|FR / Paris|1", "sector|IT|2")),
                lines(DemandAggregation.vacanciesWithAny(located, k8s)));
        // v:2 asks for JAVA and K8S, both in G1: one vacancy for G1, not two
        Dataset<Row> groups = spark.createDataFrame(List.of(RowFactory.create("JAVA", "G1"), RowFactory.create("K8S", "G1"),
                RowFactory.create("K8S", "G2")), RunTables.SKILL_GROUP);
        // regions too: a region's supply-vs-demand view is never empty where it has ads
        assertEquals(new TreeSet<>(List.of("all|*|G1|3", "all|*|G2|3", "country|DE|G1|2", "country|DE|G2|2", "country|FR|G1|1",
                        "country|FR|G2|1", "region|DE / Bavaria|G1|1", "region|DE / Bavaria|G2|1", "region|FR / Paris|G1|1",
                        "region|FR / Paris|G2|1", "sector|IT|G1|2", "sector|IT|G2|2")),
                lines(DemandAggregation.skillGroups(located, groups)));
    }

    @Test
    void totalsCountDatedAdsAndEachWindowAndTheWindowsMixByCountryAndSource() {
        StructType vacancy = new StructType().add("doc_id", DataTypes.StringType).add("country", DataTypes.StringType)
                .add("region", DataTypes.StringType).add("sector", DataTypes.StringType).add("ym", DataTypes.StringType)
                .add("half", DataTypes.StringType).add("mapped", DataTypes.BooleanType).add("source", DataTypes.StringType);
        Dataset<Row> vacancies = spark.createDataFrame(List.of(
                RowFactory.create("v:1", "DE", "Bavaria", "IT", "2024-01", "E", true, "eures"),
                RowFactory.create("v:2", "DE", null, null, "2024-02", "L", true, "eures"),
                RowFactory.create("v:3", "FR", "Paris", "IT", null, null, true, "adzuna"),
                RowFactory.create("v:4", "FR", null, null, "2024-02", "L", true, "eures"),
                RowFactory.create("v:5", "PL", null, null, "2024-02", "L", false, "eures")), vacancy); // not mapped: nowhere
        Dataset<Row> scopes = DemandAggregation.scopes(vacancies);
        assertEquals(new TreeSet<>(List.of("all|*|4|3|1|2", "country|DE|2|2|1|1", "country|FR|2|1|0|1", "region|DE / Bavaria|1|1|1|0",
                "region|FR / Paris|1|0|0|0", "sector|IT|2|1|1|0")), lines(DemandAggregation.totals(scopes)));
        assertEquals(new TreeSet<>(List.of("all|*|E|DE|eures|1", "all|*|L|DE|eures|1", "all|*|L|FR|eures|1", "country|DE|E|DE|eures|1",
                "country|DE|L|DE|eures|1", "country|FR|L|FR|eures|1", "region|DE / Bavaria|E|DE|eures|1", "sector|IT|E|DE|eures|1")),
                lines(DemandAggregation.windowMix(scopes)));
    }
}
