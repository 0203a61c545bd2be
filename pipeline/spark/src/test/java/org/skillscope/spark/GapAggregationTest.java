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
import org.skillscope.core.gap.CoOccurrence;
import org.skillscope.core.gap.GapFinder;
import org.skillscope.core.gap.GapParams;
import org.skillscope.core.gap.GapSkill;
import org.skillscope.core.gap.SkillBundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bundles from the counts Spark aggregates equal bundles from one skill set per vacancy (the pure
 * definition), scope by scope: the driver gets counts, not sets, and nothing changes.
 */
class GapAggregationTest {
    private static SparkSession spark;
    private static final GapParams P = new GapParams(1, 10, 0.2, 4, 2, 0.15);

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.session("local[2]", "skillscope-gap-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static GapSkill gap(String scope, String uri, double score) {
        return new GapSkill(scope, uri, uri.toLowerCase(), 1, 0.1, 0.1, null, 1.0, score, false, uri.equals("K8S"), "high demand");
    }

    @Test
    void bundlesFromSparkCountsEqualBundlesFromSkillSets() {
        // per vacancy: its country and its skills (OTHER is not a gap anywhere; JAVA is a gap overall only)
        Map<String, List<String>> ads = new TreeMap<>(Map.of(
                "v:1", List.of("DE", "K8S", "DOCKER", "OTHER"), "v:2", List.of("DE", "K8S", "DOCKER", "JAVA"),
                "v:3", List.of("DE", "K8S", "DOCKER"), "v:4", List.of("FR", "JAVA", "K8S"), "v:5", List.of("FR", "JAVA", "K8S", "DOCKER"),
                "v:6", List.of("FR", "TEAM"), "v:7", List.of("FR", "K8S", "TEAM"), "v:8", List.of("DE", "JAVA", "K8S", "TEAM"),
                "v:9", List.of("DE", "TEAM", "DOCKER"), "v:10", List.of("FR", "OTHER")));
        Map<String, List<GapSkill>> gaps = new TreeMap<>(Map.of(
                "all|*", List.of(gap("*", "JAVA", .5), gap("*", "K8S", .4), gap("*", "DOCKER", .3), gap("*", "TEAM", .2)),
                "country|DE", List.of(gap("DE", "K8S", .4), gap("DE", "DOCKER", .3), gap("DE", "TEAM", .2)),
                "country|FR", List.of(gap("FR", "TEAM", .4), gap("FR", "K8S", .3), gap("FR", "JAVA", .2))));

        List<Row> located = new ArrayList<>(), gapRows = new ArrayList<>();
        ads.forEach((doc, a) -> a.subList(1, a.size()).forEach(s -> located.add(RowFactory.create(doc, s, a.get(0), "R", "S", null, null))));
        gaps.forEach((k, v) -> v.forEach(g -> gapRows.add(RowFactory.create(k.split("\\|")[0], k.split("\\|")[1], g.skillUri()))));
        StructType place = new StructType().add("doc_id", DataTypes.StringType).add("skill_uri", DataTypes.StringType)
                .add("country", DataTypes.StringType).add("region", DataTypes.StringType).add("sector", DataTypes.StringType)
                .add("ym", DataTypes.StringType).add("half", DataTypes.StringType);
        Dataset<Row> hits = GapAggregation.hits(spark.createDataFrame(located, place), spark.createDataFrame(gapRows, RunTables.SCOPE_SKILL)).cache();

        Map<String, CoOccurrence> co = new TreeMap<>();
        for (Row r : GapAggregation.singles(hits).collectAsList())
            co.computeIfAbsent(r.getString(0) + "|" + r.getString(1), k -> new CoOccurrence()).addSingle(r.getString(2), r.getLong(3));
        for (Row r : GapAggregation.pairs(hits, P.minCoOccurrence()).collectAsList())
            co.get(r.getString(0) + "|" + r.getString(1)).addPair(r.getString(2), r.getString(3), r.getLong(4));
        Map<String, List<List<String>>> members = new TreeMap<>();
        List<Row> memberRows = new ArrayList<>();
        gaps.forEach((k, g) -> {
            List<List<String>> m = GapFinder.bundleMembers(g, co.get(k), P, 5);
            members.put(k, m);
            for (int i = 0; i < m.size(); i++)
                for (String s : m.get(i)) memberRows.add(RowFactory.create(k.split("\\|")[0], k.split("\\|")[1], i + 1, s, m.get(i).size()));
        });
        Map<String, long[]> totals = new TreeMap<>();
        for (Row r : GapAggregation.bundleTotals(hits, spark.createDataFrame(memberRows, RunTables.BUNDLE_MEMBER)).collectAsList())
            totals.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getInt(2), new long[] {r.getLong(3), r.getLong(4)});

        int compared = 0;
        for (Map.Entry<String, List<GapSkill>> e : gaps.entrySet()) {
            String scope = e.getKey().split("\\|")[1];
            List<Set<String>> sets = new ArrayList<>();
            ads.values().stream().filter(a -> scope.equals("*") || a.get(0).equals(scope)).forEach(a -> sets.add(Set.copyOf(a.subList(1, a.size()))));
            List<SkillBundle> expected = GapFinder.bundles(scope, e.getValue(), sets, P, 5);
            List<SkillBundle> fromSpark = new ArrayList<>();
            List<List<String>> m = members.get(e.getKey());
            for (int i = 0; i < m.size(); i++) {
                long[] n = totals.get(e.getKey() + "|" + (i + 1));
                fromSpark.add(GapFinder.bundle(scope, m.get(i), e.getValue(), n[0], n[1]));
            }
            assertEquals(expected, fromSpark, e.getKey());
            compared += expected.size();
        }
        // one bundle per scope: overall JAVA+K8S+DOCKER, DE K8S+DOCKER, FR K8S+JAVA (TEAM is asked for alone)
        assertEquals(3, compared);
        assertEquals(List.of(List.of("JAVA", "K8S", "DOCKER")), members.get("all|*"));
        assertEquals(List.of(List.of("K8S", "JAVA")), members.get("country|FR"));
        hits.unpersist();
    }
}
