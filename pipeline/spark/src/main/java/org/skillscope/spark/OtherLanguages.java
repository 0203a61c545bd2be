package org.skillscope.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.lang.TermMatcher;
import org.skillscope.core.lang.TitleMatch;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Stage 2 for vacancies in a language other than English that has ESCO occupation labels
 * ({@link Multilingual}): tool and standard names in their sentences as stated skills, the title to an
 * occupation in its own language, and that occupation's essential skills as inferred skills. The rows
 * have the shapes of {@link Mapping}'s, so demand, gaps and exports take them as they take English ones.
 */
final class OtherLanguages {
    static final StructType TITLE_OCCUPATIONS = new StructType()
            .add("language", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, false)
            .add("occupation_uri", DataTypes.StringType, true)
            .add("occupation_label", DataTypes.StringType, true)
            .add("occupation_score", DataTypes.DoubleType, true);
    static final StructType INFERRED = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("skill_uri", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false);

    private OtherLanguages() {}

    /** Distinct units -> the tool and standard names they state, as {@link Mapping#UNIT_SKILLS} rows. */
    static Dataset<Row> terms(Dataset<Row> units, int partitions, String escoPath, String cacheDir, String labelPaths) {
        Dataset<String> distinct = units.select("unit").distinct().repartition(partitions, col("unit"))
                .sortWithinPartitions("unit").as(Encoders.STRING());
        return distinct.mapPartitions((MapPartitionsFunction<String, Row>) it -> {
            TermMatcher terms = Matchers.languages(escoPath, cacheDir, labelPaths).terms();
            Matchers m = Matchers.get(escoPath, cacheDir);
            List<Row> out = new ArrayList<>();
            while (it.hasNext()) {
                String unit = it.next();
                for (TermMatcher.Term t : terms.find(unit)) {
                    out.add(RowFactory.create(unit, t.skillUri(), m.esco.skills().get(t.skillUri()).preferredLabel(),
                            Multilingual.TERM_CONFIDENCE, t.label()));
                }
            }
            return out.iterator();
        }, Encoders.row(Mapping.UNIT_SKILLS));
    }

    /**
     * Distinct (language, title) -> the best occupation by that language's labels, or nulls when the title
     * scores below {@link Multilingual#MIN_TITLE_SCORE} (too unsure to infer skills from).
     */
    static Dataset<Row> titles(Dataset<Row> vacancies, String escoPath, String cacheDir, String labelPaths) {
        return vacancies.select("language", "title").na().drop().distinct().sort("language", "title")
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
                    Multilingual ml = Matchers.languages(escoPath, cacheDir, labelPaths);
                    List<Row> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Row r = it.next();
                        TitleMatch best = ml.occupation(r.getString(0), r.getString(1));
                        if (best == null || best.score() < Multilingual.MIN_TITLE_SCORE) {
                            out.add(RowFactory.create(r.getString(0), r.getString(1), null, null, null));
                        } else {
                            out.add(RowFactory.create(r.getString(0), r.getString(1), best.uri(), ml.preferredLabel(best.uri()), best.score()));
                        }
                    }
                    return out.iterator();
                }, Encoders.row(TITLE_OCCUPATIONS));
    }

    /**
     * (doc_id, occupation_uri, occupation_score) -> the occupation's essential skills, as {@link Mapping#docSkills}
     * rows with source "inferred" and the title's score as their score; skills the text states are left to those rows.
     */
    static Dataset<Row> inferred(Dataset<Row> vacancyOccupations, Dataset<Row> stated, String escoPath, String cacheDir, String labelPaths) {
        Dataset<Row> implied = vacancyOccupations.filter(col("occupation_uri").isNotNull())
                .select("doc_id", "occupation_uri", "occupation_score")
                .flatMap((FlatMapFunction<Row, Row>) r -> {
                    Multilingual ml = Matchers.languages(escoPath, cacheDir, labelPaths);
                    List<Row> out = new ArrayList<>();
                    for (String s : ml.essentialSkills(r.getString(1))) out.add(RowFactory.create(r.getString(0), s, Mapping.clamp(r.getDouble(2))));
                    return out.iterator();
                }, Encoders.row(INFERRED));
        return implied.join(stated.select("doc_id", "skill_uri"), new String[] {"doc_id", "skill_uri"}, "left_anti")
                .select(col("doc_id"), col("skill_uri"), col("confidence"), lit(null).cast(DataTypes.LongType).as("sentence_id"),
                        lit(null).cast(DataTypes.StringType).as("evidence_unit"), lit(null).cast(DataTypes.StringType).as("evidence_label"),
                        lit(null).cast(DataTypes.StringType).as("label"), lit(Multilingual.INFERRED).as("source"));
    }
}
