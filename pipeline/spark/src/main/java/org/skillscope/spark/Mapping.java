package org.skillscope.spark;

import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.match.SkillMatch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Stage 2: texts to ESCO skills on the executors. Documents are split into units (sentences,
 * boilerplate dropped); identical units across all documents are mapped once.
 */
final class Mapping {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Mapping.class);
    static final StructType UNITS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("unit", DataTypes.StringType, false);
    static final StructType UNIT_SKILLS = new StructType()
            .add("unit", DataTypes.StringType, false)
            .add("skill_uri", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("matched_label", DataTypes.StringType, true);
    static final StructType TITLE_OCCUPATIONS = new StructType()
            .add("title", DataTypes.StringType, false)
            .add("occupation_uri", DataTypes.StringType, true)
            .add("occupation_label", DataTypes.StringType, true)
            .add("occupation_score", DataTypes.DoubleType, true);
    /**
     * Units per matcher call. The encoder sorts a call's texts by length before it cuts them into model
     * batches: the more texts a call has, the less each batch pads (64 random units padded about twice over).
     */
    static final int BATCH = 512;
    /**
     * Distinct texts per mapping task: small enough that the last task on a core ends soon after the
     * others (about ten seconds of work), large enough that per-task overhead stays negligible.
     */
    static final int TEXTS_PER_PARTITION = 1000;
    static final int MAX_PARTITIONS = 4096;

    private Mapping() {}

    /** (doc_id, text) -> (doc_id, unit) with the matcher's splitter and boilerplate filter. */
    static Dataset<Row> units(Dataset<Row> docs, String escoPath, String cacheDir) {
        return docs.flatMap((FlatMapFunction<Row, Row>) r -> {
            Matchers m = Matchers.get(escoPath, cacheDir);
            List<Row> out = new ArrayList<>();
            String text = r.getString(1);
            if (text != null) for (String u : m.skills.units(text)) out.add(RowFactory.create(r.getString(0), u));
            return out.iterator();
        }, Encoders.row(UNITS));
    }

    /**
     * How many mapping tasks for this many distinct texts, unless the caller fixed it ({@code fixed > 0}).
     * It follows from the input alone, never from the number of cores: the quantized embedding model
     * scales a batch as a whole, so a text's vector depends on its batch companions, and only batches
     * that are the same on local[1], local[2] and a cluster give the same results everywhere.
     */
    static int partitionsFor(long distinctTexts, int fixed) {
        if (fixed > 0) return fixed;
        return (int) Math.min(MAX_PARTITIONS, Math.max(1, (distinctTexts + TEXTS_PER_PARTITION - 1) / TEXTS_PER_PARTITION));
    }

    /** Distinct units -> asserted skills, (unit, skill_uri, label, confidence, matched_label). */
    static Dataset<Row> mapUnits(Dataset<Row> units, int partitions, String escoPath, String cacheDir) {
        // partitioned by content and sorted, so every run batches the same units together (see partitionsFor)
        Dataset<String> distinct = units.select("unit").distinct().repartition(partitions, col("unit"))
                .sortWithinPartitions("unit").as(Encoders.STRING());
        return distinct.mapPartitions((MapPartitionsFunction<String, Row>) it -> {
            Matchers m = Matchers.get(escoPath, cacheDir);
            List<Row> out = new ArrayList<>();
            List<String> batch = new ArrayList<>(BATCH);
            int partition = org.apache.spark.TaskContext.getPartitionId();
            long done = 0, started = System.nanoTime();
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    List<List<SkillMatch>> results = m.skills.matchAll(batch);
                    for (int i = 0; i < batch.size(); i++) {
                        for (SkillMatch s : results.get(i)) {
                            if (!s.asserted()) continue; // at most the matcher's few per unit
                            out.add(RowFactory.create(batch.get(i), s.uri(), s.label(), clamp(s.confidence()),
                                    s.evidence() == null ? null : s.evidence().matchedLabel()));
                        }
                    }
                    done += batch.size();
                    batch.clear();
                }
            }
            LOG.info("mapping partition {} done: {} units ({} /s)", partition, done, Math.round(done / ((System.nanoTime() - started) / 1e9)));
            return out.iterator();
        }, Encoders.row(UNIT_SKILLS));
    }

    /**
     * Per document and skill: the best confidence and the unit and label that gave it, all from one row.
     * Ties (confidences clamp at 1) go to the greatest unit, so the evidence never depends on row order.
     * A vacancy's evidence is named by its unit's {@link #sentenceId} (the text is stored once per run,
     * see {@link #sentences}); a credential's keeps its text and skill label, which its tables show.
     * At 1M ads that drops two of the five strings (the unit text, the skill label) on each of 19M rows.
     * Every row is {@code source} "stated": the text says it ({@link OtherLanguages#inferred} adds the others).
     * A vacancy's unit whose hit is the job itself ({@link org.skillscope.core.match.DocumentSense#isTheJob}: "Chef" in a
     * "Chef de Partie" ad matched to the occupation *chef*) gives it nothing; {@code vacancyOcc} is (doc_id, title,
     * occupation_uri, ...).
     */
    static Dataset<Row> docSkills(Dataset<Row> units, Dataset<Row> unitSkills, Dataset<Row> vacancyOcc, String escoPath, String cacheDir) {
        Column credential = DocId.isCredential(col("doc_id"));
        Dataset<Row> job = vacancyOcc.select(col("doc_id"), col("title").as("job_title"), col("occupation_uri").as("job_occupation"));
        return units.join(unitSkills, "unit").join(job, new String[] {"doc_id"}, "left")
                .filter((FilterFunction<Row>) r -> {
                    if (r.getAs("job_occupation") == null && r.getAs("job_title") == null) return true;
                    Matchers m = Matchers.get(escoPath, cacheDir);
                    return !m.sense.isTheJob(r.getAs("unit"), r.getAs("skill_uri"), r.getAs("matched_label"), r.getAs("job_title"), r.getAs("job_occupation"));
                })
                .groupBy("doc_id", "skill_uri")
                .agg(max(struct(col("confidence"), col("unit"), col("matched_label"), col("label"))).as("best"))
                .select(col("doc_id"), col("skill_uri"), col("best.confidence").as("confidence"), sentenceId(col("best.unit")),
                        when(credential, col("best.unit")).as("evidence_unit"), col("best.matched_label").as("evidence_label"),
                        when(credential, col("best.label")).as("label"), lit(Multilingual.STATED).as("source"));
    }

    /** A sentence's id: a hash of its text, cut to 53 bits so it stays exact as a JSON number. */
    static Column sentenceId(Column unit) {
        return xxhash64(unit).bitwiseAND(lit((1L << 53) - 1)).as("sentence_id");
    }

    /**
     * (sentence_id, sentence) for every unit that is the evidence of some vacancy skill: from the
     * distinct mapped units (a few per distinct unit), never from the vacancy skills' rows.
     */
    static Dataset<Row> sentences(Dataset<Row> unitSkills, Dataset<Row> vacancySkills) {
        return unitSkills.select(col("unit")).distinct().select(sentenceId(col("unit")), col("unit").as("sentence"))
                .join(vacancySkills.select("sentence_id").distinct(), new String[] {"sentence_id"}, "left_semi");
    }

    /** Distinct vacancy titles -> best ESCO occupation, in batches (one embedding call each), ordered as the units are. */
    static Dataset<Row> titles(Dataset<Row> vacancies, int fixedPartitions, String escoPath, String cacheDir) {
        Dataset<Row> titles = vacancies.select("title").na().drop().distinct().cache();
        Dataset<String> distinct = titles.repartition(partitionsFor(titles.count(), fixedPartitions), col("title"))
                .sortWithinPartitions("title").as(Encoders.STRING());
        return distinct.mapPartitions((MapPartitionsFunction<String, Row>) it -> {
            Matchers m = Matchers.get(escoPath, cacheDir);
            List<Row> out = new ArrayList<>();
            List<String> batch = new ArrayList<>(BATCH);
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    List<List<SkillMatch>> best = m.occupations.matchAll(batch, 1);
                    for (int i = 0; i < batch.size(); i++) {
                        List<SkillMatch> occ = best.get(i);
                        if (occ.isEmpty()) out.add(RowFactory.create(batch.get(i), null, null, null));
                        else out.add(RowFactory.create(batch.get(i), occ.get(0).uri(), occ.get(0).label(), occ.get(0).score()));
                    }
                    batch.clear();
                }
            }
            return out.iterator();
        }, Encoders.row(TITLE_OCCUPATIONS));
    }

    /** Confidence feeds scores as a weight in (0, 1]. */
    static double clamp(double c) {
        return Math.max(1e-6, Math.min(1.0, c));
    }

    static <T> Iterator<T> empty() {
        return java.util.Collections.emptyIterator();
    }
}
