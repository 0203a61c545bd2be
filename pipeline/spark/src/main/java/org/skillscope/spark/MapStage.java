package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillscope.core.lang.Multilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

/**
 * Stage 2, mapping: vacancies and credential outcomes to ESCO skills, vacancy titles to ESCO occupations.
 * English texts go through the matcher; other languages with ESCO labels get their titles' occupations,
 * the tool names their text states and the skills their occupation implies ({@link OtherLanguages}).
 */
final class MapStage {
    private static final Logger LOG = LoggerFactory.getLogger(MapStage.class);
    static final StructType DOC = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true);

    /**
     * What mapping gives the later stages.
     *
     * @param unitSkills    distinct unit -> asserted skills (evidence sentences are read from it)
     * @param docSkills     every document's skills, vacancies' and credentials' alike
     * @param vacancySkills the vacancy skills that count in demand, stated and inferred (persisted)
     * @param vacancyOcc    (doc_id, title, occupation_uri, occupation_label, occupation_score) per mapped vacancy
     */
    record Mapped(Dataset<Row> unitSkills, Dataset<Row> docSkills, Dataset<Row> vacancySkills, Dataset<Row> vacancyOcc,
                  long units, long distinctUnits, long vacancySkillPairs) {

        /** Rows (doc_id, skill_uri, confidence, evidence_unit, evidence_label, label) of the credentials' outcomes. */
        List<Row> credentialSkills() {
            return docSkills.filter(DocId.isCredential(col("doc_id"))).collectAsList();
        }

        String summary() {
            return units + " units (" + distinctUnits + " distinct) mapped, " + vacancySkillPairs + " vacancy-skill pairs";
        }
    }

    private MapStage() {}

    static Mapped run(SparkSession spark, JobConfig cfg, Corpus corpus, Multilingual languages, String escoPath, String cache) {
        Dataset<Row> vacancies = corpus.vacancies();
        Dataset<Row> docs = vacancies.filter(col("english")).select("doc_id", "text")
                .union(spark.createDataFrame(corpus.credentialDocs(), DOC));
        Dataset<Row> units = Mapping.units(docs, escoPath, cache).cache();
        long unitCount = units.count();
        long distinctUnits = units.select("unit").distinct().count();
        int mapPartitions = Mapping.partitionsFor(distinctUnits, cfg.partitions());
        LOG.info("mapping {} distinct units (of {}) in {} partitions", distinctUnits, unitCount, mapPartitions);
        Dataset<Row> unitSkills = Mapping.mapUnits(units, mapPartitions, escoPath, cache);
        Dataset<Row> titleOcc = Mapping.titles(vacancies.filter(col("english")), cfg.partitions(), escoPath, cache);
        Dataset<Row> vacancyOcc = vacancies.filter(col("english")).select("doc_id", "title").join(titleOcc, "title");
        String labelPaths = Matchers.joined(cfg.escoLanguages());
        Dataset<Row> englishUnits = units, otherUnits = null;
        if (languages != null) {
            // other languages: their own units (tool and standard names only), titles by their own labels
            Dataset<Row> other = vacancies.filter(col("mapped").and(not(col("english"))));
            otherUnits = Mapping.units(other.select("doc_id", "text"), escoPath, cache).cache();
            long otherDistinct = otherUnits.select("unit").distinct().count();
            unitCount += otherUnits.count();
            distinctUnits += otherDistinct;
            unitSkills = unitSkills.union(OtherLanguages.terms(otherUnits, Mapping.partitionsFor(otherDistinct, cfg.partitions()), escoPath, cache, labelPaths));
            units = units.union(otherUnits);
            Dataset<Row> otherTitles = OtherLanguages.titles(other, escoPath, cache, labelPaths);
            Dataset<Row> otherOcc = other.select("doc_id", "language", "title").join(otherTitles, new String[] {"language", "title"})
                    .select("doc_id", "title", "occupation_uri", "occupation_label", "occupation_score");
            vacancyOcc = vacancyOcc.select("doc_id", "title", "occupation_uri", "occupation_label", "occupation_score").union(otherOcc);
        }
        unitSkills = unitSkills.cache();
        vacancyOcc = vacancyOcc.cache();
        Dataset<Row> docSkills = Mapping.docSkills(units, unitSkills, vacancyOcc, escoPath, cache).cache();
        Dataset<Row> vacancySkills = docSkills.filter(DocId.isVacancy(col("doc_id"))).persist(StorageLevel.MEMORY_AND_DISK());
        if (languages != null) {
            Dataset<Row> otherOcc = vacancyOcc.join(vacancies.filter(col("mapped").and(not(col("english")))).select("doc_id"), "doc_id");
            vacancySkills = vacancySkills.unionByName(OtherLanguages.inferred(otherOcc, vacancySkills, escoPath, cache, labelPaths).cache());
        }
        long vacancySkillPairs = vacancySkills.count();
        // every unit of every document: only docSkills needed them, and it is stored now
        englishUnits.unpersist();
        if (otherUnits != null) otherUnits.unpersist();
        return new Mapped(unitSkills, docSkills, vacancySkills, vacancyOcc, unitCount, distinctUnits, vacancySkillPairs);
    }
}
