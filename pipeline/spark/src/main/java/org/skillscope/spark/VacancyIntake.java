package org.skillscope.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.skillscope.datasets.validation.Rejection;
import org.skillscope.datasets.vacancy.EuLanguageDetector;
import org.skillscope.datasets.vacancy.RawRecord;
import org.skillscope.datasets.vacancy.Vacancy;
import org.skillscope.datasets.vacancy.VacancyLoader;
import org.skillscope.datasets.vacancy.VacancyMapping;
import org.skillscope.datasets.vacancy.VacancyValidator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * Stage 1 for vacancies, with Spark holding the records: the driver streams each file's raw records
 * in bounded batches to the executors, which validate them (language detection included) in
 * parallel; the per-file duplicate-id rule and the cross-file dedup run as Spark windows. The driver
 * keeps one batch or two, the rejects (file, line, field, reason) and per-file counts.
 * Files are read by the driver only, so executors need no access to the input paths.
 */
final class VacancyIntake {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VacancyIntake.class);
    /** Raw records per batch shipped to the executors: bounds the driver's share of the load. */
    static final int BATCH = 5_000;
    /**
     * Vacancies per partition at most once read: their units and skills are cached per partition, and
     * a cached block is read back whole, so blocks must stay far below a task's share of the heap
     * (1M ads in 4 partitions made 300 MB blocks that two tasks could not read back within 4 GB).
     */
    static final int VACANCIES_PER_PARTITION = 10_000;

    /** One row per raw record read: its outcome on its own, plus the vacancy's columns when it passes. */
    static final StructType CHECKED = new StructType()
            .add("file_idx", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false)
            .add("doc_id", DataTypes.StringType, true)    // null when rejected before the id was known
            .add("id", DataTypes.StringType, true)
            .add("field", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)    // null when the record passes its own checks
            .add("before_id", DataTypes.BooleanType, false)
            .add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("country", DataTypes.StringType, true)
            .add("region", DataTypes.StringType, true)
            .add("sector", DataTypes.StringType, true)
            .add("ym", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("mapped", DataTypes.BooleanType, false)
            .add("source", DataTypes.StringType, true)
            .add("region_dropped", DataTypes.BooleanType, false); // a data-quality finding, counted in the run's coverage

    /**
     * @param vacancies one row per source:id: the vacancy columns of {@link #CHECKED} (doc_id, title, text,
     *                  country, region, sector, ym, language, mapped, source, region_dropped) plus {@code copies}:
     *                  accepted records merged into it; cached
     * @param rejected  in read order (file, then line); without the raw text, which the job does not keep
     * @param files     per vacancy file, in order: read, rejected
     */
    record Loaded(Dataset<Row> vacancies, List<Rejection> rejected, long read, List<long[]> files) {
        Loaded withVacancies(Dataset<Row> v) {
            return new Loaded(v, rejected, read, files);
        }
    }

    private VacancyIntake() {}

    static Loaded load(SparkSession spark, List<Path> files, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, spark.sparkContext().defaultParallelism());
        List<JavaRDD<Row>> batches = new ArrayList<>();
        List<VacancyMapping> mappings = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        long read = 0;
        // one batch is validated while the driver reads the next; localCheckpoint cuts the batch RDD's
        // lineage once it is stored, so the driver's copy of the records can be collected
        ExecutorService submitter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vacancy-intake");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?>[] inFlight = {null};
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                VacancyMapping mapping = VacancyMapping.detect(file);
                mappings.add(mapping);
                int fileIdx = i;
                String name = file.toString();
                List<RawRecord> batch = new ArrayList<>(BATCH);
                long n = VacancyLoader.records(file, mapping, r -> {
                    // without its raw text, which only the quarantine of the single-JVM loader keeps: half the bytes shipped
                    batch.add(new RawRecord(r.line(), r.values(), null, r.errorField(), r.error()));
                    if (batch.size() == BATCH) {
                        inFlight[0] = submit(jsc, submitter, inFlight[0], batches, List.copyOf(batch), slices, fileIdx, name, mapping);
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) inFlight[0] = submit(jsc, submitter, inFlight[0], batches, List.copyOf(batch), slices, fileIdx, name, mapping);
                read += n;
                counts.add(new long[] {n, 0});
            }
            await(inFlight[0]);
            LOG.info("{} vacancy records streamed to Spark in {} batches", read, batches.size());
        } finally {
            submitter.shutdownNow();
        }
        Dataset<Row> checked = spark.createDataFrame(batches.isEmpty() ? jsc.<Row>emptyRDD() : jsc.union(batches.toArray(JavaRDD[]::new)), CHECKED);
        Dataset<Row> candidates = checked.filter(not(col("before_id")))
                .repartition((int) Math.max(Math.max(1, partitions), (read + VACANCIES_PER_PARTITION - 1) / VACANCIES_PER_PARTITION), col("doc_id"))
                // a file's id belongs to its first record that passes every check (VacancyValidator.check)
                .withColumn("owner", min(when(col("reason").isNull(), col("line"))).over(Window.partitionBy("doc_id", "file_idx")))
                // read twice, by the rejects and by the vacancies: shuffled and windowed once
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<Rejection> rejected = new ArrayList<>();
        List<Row> rejects = checked.filter(col("before_id")).select(col("file_idx"), col("line"), col("field"), col("reason"),
                        lit(null).cast(DataTypes.StringType).as("id"), lit(null).cast(DataTypes.LongType).as("owner"))
                .union(candidates.filter(col("owner").isNull().or(col("line").lt(col("owner"))))
                        .select("file_idx", "line", "field", "reason", "id", "owner").withColumn("owner", lit(null).cast(DataTypes.LongType)))
                .union(candidates.filter(col("line").gt(col("owner"))).select(col("file_idx"), col("line"),
                        lit(null).cast(DataTypes.StringType).as("field"), lit(null).cast(DataTypes.StringType).as("reason"), col("id"), col("owner")))
                .orderBy("file_idx", "line").collectAsList();
        for (Row r : rejects) {
            int f = r.getInt(0);
            boolean duplicate = !r.isNullAt(5);
            rejected.add(new Rejection(files.get(f).toString(), r.getLong(1), duplicate ? mappings.get(f).idColumn() : r.getString(2),
                    duplicate ? VacancyValidator.duplicateReason(r.getString(4), r.getLong(5)) : r.getString(3), ""));
            counts.get(f)[1]++;
        }

        // one per source:id: the first mappable copy in read order, else the first (as SkillScopeJob did on the driver)
        Dataset<Row> vacancies = candidates.filter(col("line").equalTo(col("owner")))
                .withColumn("rank", row_number().over(Window.partitionBy("doc_id").orderBy(not(col("mapped")), col("file_idx"), col("line"))))
                .withColumn("copies", count(lit(1)).over(Window.partitionBy("doc_id")))
                .filter(col("rank").equalTo(1))
                .select("doc_id", "title", "text", "country", "region", "sector", "ym", "language", "mapped", "source", "copies", "region_dropped")
                .persist(StorageLevel.MEMORY_AND_DISK());
        vacancies.count(); // stored, so the candidates can go
        candidates.unpersist();
        return new Loaded(vacancies, List.copyOf(rejected), read, counts);
    }

    private static Future<?> submit(JavaSparkContext jsc, ExecutorService submitter, Future<?> previous, List<JavaRDD<Row>> batches,
                                    List<RawRecord> records, int slices, int fileIdx, String file, VacancyMapping mapping) {
        await(previous);
        JavaRDD<Row> rows = jsc.parallelize(records, slices)
                .mapPartitions((FlatMapFunction<Iterator<RawRecord>, Row>) it -> check(it, fileIdx, file, mapping))
                .persist(StorageLevel.DISK_ONLY());
        rows.rdd().localCheckpoint();
        batches.add(rows);
        return submitter.submit(rows::count);
    }

    private static void await(Future<?> f) {
        if (f != null) Futures.await(f);
    }

    /** On an executor: each raw record to a {@link #CHECKED} row. */
    private static Iterator<Row> check(Iterator<RawRecord> records, int fileIdx, String file, VacancyMapping mapping) {
        // the detector is only built where a source gives no language
        VacancyValidator validator = new VacancyValidator(mapping, text -> Languages.get().detect(text), file);
        List<Row> out = new ArrayList<>();
        while (records.hasNext()) {
            VacancyValidator.Checked c = validator.evaluate(records.next());
            String docId = c.id() == null ? null : DocId.vacancy(mapping.source(), c.id());
            Vacancy v = c.vacancy();
            if (v == null) {
                out.add(RowFactory.create(fileIdx, c.line(), docId, c.id(), c.field(), c.reason(), c.beforeIdRule(),
                        null, null, null, null, null, null, null, false, mapping.source(), false));
                continue;
            }
            // the text to map is the description alone: a bare title states no skill ("Staff Nurse." asserted *work with
            // nursing staff* in 56 ads); the title goes to the occupation matcher (and, in other languages, the
            // occupation's essential skills as inferred) and to the job-word check (DocumentSense)
            String text = v.description() == null ? "" : v.description();
            out.add(RowFactory.create(fileIdx, c.line(), docId, c.id(), null, null, false, v.title(), text, v.country(),
                    blankToNull(v.region()), blankToNull(v.sector()), v.date() == null ? null : YearMonth.from(v.date()).toString(),
                    v.language(), Corpus.mappable(v.language()), v.source(), c.regionDropped()));
        }
        return out.iterator();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The language profiles take half a second to load: once per executor thread (the detector is not shared across threads). */
    private static final class Languages {
        private static final ThreadLocal<EuLanguageDetector> DETECTOR = ThreadLocal.withInitial(EuLanguageDetector::create);

        static EuLanguageDetector get() {
            return DETECTOR.get();
        }
    }
}
