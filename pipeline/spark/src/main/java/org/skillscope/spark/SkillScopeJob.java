package org.skillscope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.Column;
import org.skillscope.core.demand.Coverage;
import org.skillscope.core.demand.DemandParams;
import org.skillscope.core.demand.GrowthWindows;
import org.skillscope.core.gap.GapParams;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TableRows;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The batch job: load, map, measure demand, score credentials, find gaps, publish one run.
 * It never sets a master: the caller's SparkSession decides where it runs (local or a cluster).
 */
public final class SkillScopeJob {
    private static final Logger LOG = LoggerFactory.getLogger(SkillScopeJob.class);
    static final ObjectMapper JSON = new ObjectMapper();
    /** Tables exported by Spark as Parquet, not as CSV and JSON Lines, above the detail limit. */
    private static final Set<String> PARQUET_ONLY = Set.of("vacancy_skills", "evidence_sentences");

    static final StructType DOC = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true);

    private SkillScopeJob() {}

    public static RunSummary run(SparkSession spark, JobConfig cfg) {
        Timings timings = new Timings();
        Esco esco = EscoLoader.load(cfg.esco());
        int parts = cfg.partitions() > 0 ? cfg.partitions() : 2 * spark.sparkContext().defaultParallelism();
        Inputs in = Inputs.load(spark, cfg.credentials(), cfg.vacancies(), parts);
        DemandParams demandParams = demandParams(spark);
        Multilingual languages = Matchers.registerLanguages(cfg.esco().toAbsolutePath().toString(), Matchers.joined(cfg.escoLanguages()), esco);
        if (languages != null) {
            languages.coverage().forEach((lang, c) -> {
                if (c.unknownUris() > 0) LOG.warn("{} labels name {} concepts that are not occupations of ESCO {}: not used", lang, c.unknownUris(), esco.version());
            });
        }
        Corpus corpus = Corpus.of(in, demandParams, languages == null ? Set.of() : languages.languages());
        timings.lap("load", in.read() + " records read, " + in.credentials().size() + " credentials, "
                + corpus.vacancyCount() + " vacancies (" + corpus.duplicateVacancies() + " cross-file duplicates merged), "
                + in.rejected().size() + " rejected");

        ResultsStore store = new ResultsStore(cfg.jdbcUrl());
        store.migrate();
        for (String gone : store.abandonDeadRuns()) {
            LOG.warn("run {} was left 'running' by a job that is gone (killed?): marked 'abandoned'", gone);
            Exports.discard(cfg.outDir(), gone);
        }
        String runId = runId();
        // the salt's fingerprint, never the salt: runs can be compared for the same pseudonyms
        // sorted: Map.of's order changes from JVM to JVM, and so would the JSON
        store.begin(runId, esco.version(), esco.fingerprint(), json(in.files()), json(new TreeMap<>(Map.of(
                "demand", demandParams, "gaps", org.skillscope.core.gap.GapParams.DEFAULTS,
                "learnerSalt", org.skillscope.datasets.credential.LearnerSalt.current().fingerprint()))));
        RunSummary s;
        try {
            s = runStages(spark, cfg, esco, in, corpus, demandParams, runId, store, timings);
        } catch (Throwable e) { // Spark's own exceptions are checked ones thrown undeclared: a failure of any kind fails the run
            store.fail(runId, e.toString());
            try {
                Exports.discard(cfg.outDir(), runId);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        // only now do the exports appear under their run id: the run is published
        Exports.promote(cfg.outDir(), runId);
        LOG.info("run {} published: {}", runId, json(s.toMap()));
        return s;
    }

    /**
     * Per language: vacancies, those mapped, those given an occupation, with any skill, and with stated skills;
     * the vacancies not mapped and why (no ESCO labels in their language), so none vanish without a word.
     */
    static Map<String, Object> languageReport(Corpus corpus, Dataset<Row> vacancyTable, Multilingual languages) {
        Map<String, Map<String, Object>> byLanguage = new TreeMap<>();
        for (Row r : vacancyTable.groupBy(coalesce(col("language"), lit("unknown")).as("lang"), col("mapped"),
                        col("occupation_uri").isNotNull().as("occ"), col("skills").gt(0).as("any"))
                .agg(count(lit(1)).as("n")).collectAsList()) {
            Map<String, Object> m = byLanguage.computeIfAbsent(r.getString(0), k -> {
                Map<String, Object> x = new LinkedHashMap<>();
                for (String f : List.of("vacancies", "mapped", "notMapped", "withOccupation", "withSkills")) x.put(f, 0L);
                return x;
            });
            long n = r.getLong(4);
            m.merge("vacancies", n, (a, b) -> (Long) a + (Long) b);
            m.merge(r.getBoolean(1) ? "mapped" : "notMapped", n, (a, b) -> (Long) a + (Long) b);
            if (r.getBoolean(2)) m.merge("withOccupation", n, (a, b) -> (Long) a + (Long) b);
            if (r.getBoolean(3)) m.merge("withSkills", n, (a, b) -> (Long) a + (Long) b);
        }
        byLanguage.forEach((lang, m) -> {
            boolean english = Corpus.mappable(lang.equals("unknown") ? null : lang);
            m.put("by", english ? "English matcher" : languages != null && languages.supports(lang) ? lang + " occupation labels, tool names, inferred skills" : null);
            if ((Long) m.get("notMapped") > 0) m.put("reason", "no ESCO labels in this language (give them with --esco-languages)");
            long noOccupation = (Long) m.get("mapped") - (Long) m.get("withOccupation");
            if (!english && noOccupation > 0) {
                m.put("withoutOccupation", noOccupation);
                m.put("withoutOccupationReason", "the title matches no occupation label of its language with score >= " + Multilingual.MIN_TITLE_SCORE
                        + ", or an ISCO group's label better (it names a group): no occupation and no inferred skills, only tool names its text states");
            }
        });
        return new LinkedHashMap<>(byLanguage);
    }

    /** The demand model's knobs; {@code --conf skillscope.growth.minDatedVacancies=N} sets the growth floor. */
    static DemandParams demandParams(SparkSession spark) {
        DemandParams d = DemandParams.DEFAULTS;
        String key = "skillscope.growth.minDatedVacancies";
        String v = spark.conf().get(key, String.valueOf(d.minDatedVacancies()));
        try {
            return new DemandParams(d.priorStrength(), d.minWindowMonths(), Long.parseLong(v.strip()), d.maxMixShift());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--conf " + key + " must be a whole number >= 1, got '" + v + "'");
        }
    }

    private static RunSummary runStages(SparkSession spark, JobConfig cfg, Esco esco, Inputs in, Corpus corpus, DemandParams demandParams,
                                        String runId, ResultsStore store, Timings timings) {
        String escoPath = cfg.esco().toAbsolutePath().toString();
        String cache = cfg.cacheDir().toAbsolutePath().toString();
        Matchers.register(escoPath, cache, esco); // builds the index once (or opens it from disk) before executors need it
        Multilingual languages = Matchers.registerLanguages(escoPath, Matchers.joined(cfg.escoLanguages()), esco); // as in run: the same instance
        timings.lap("index", "skill index ready in " + cache);

        // ---- 2. map ---------------------------------------------------------------------------------
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
        Dataset<Row> inferred = null, englishUnits = units, otherUnits = null;
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
        Dataset<Row> docSkills = Mapping.docSkills(units, unitSkills).cache();
        Dataset<Row> vacancySkills = Mapping.withoutJobWords(docSkills.filter(col("doc_id").startsWith("v:")), vacancyOcc, escoPath, cache)
                .persist(StorageLevel.MEMORY_AND_DISK());
        if (languages != null) {
            Dataset<Row> otherOcc = vacancyOcc.join(vacancies.filter(col("mapped").and(not(col("english")))).select("doc_id"), "doc_id");
            inferred = OtherLanguages.inferred(otherOcc, vacancySkills, escoPath, cache, labelPaths).cache();
            vacancySkills = vacancySkills.unionByName(inferred);
        }
        long vacancySkillRows = vacancySkills.count();
        // every unit of every document: only docSkills needed them, and it is stored now
        englishUnits.unpersist();
        if (otherUnits != null) otherUnits.unpersist();
        timings.lap("map", unitCount + " units (" + distinctUnits + " distinct) mapped, " + vacancySkillRows + " vacancy-skill pairs");

        // ---- 3-6. demand, scores, gaps, recommendations ----------------------------------------------
        List<Path> inputs = new ArrayList<>(cfg.credentials());
        inputs.addAll(cfg.vacancies());
        RunTables tables = new RunTables(esco, corpus.credentials(), RunTables.inputNames(inputs), demandParams, corpus.coverage().windows());
        tables.credentialSkills(docSkills.filter(col("doc_id").startsWith("c:")).collectAsList());
        Dataset<Row> scopes = DemandAggregation.scopes(vacancies).cache();
        // every skill-level count reads the vacancy skills joined once to their vacancy's place and date
        Dataset<Row> located = DemandAggregation.located(vacancies, vacancySkills).persist(StorageLevel.MEMORY_AND_DISK());
        tables.demand(DemandAggregation.totals(scopes).collectAsList(), DemandAggregation.windowMix(scopes).collectAsList(),
                DemandAggregation.skillCounts(located).collectAsList(),
                DemandAggregation.monthly(located).collectAsList(),
                DemandAggregation.monthTotals(scopes).collectAsList(),
                DemandAggregation.occupations(scopes, vacancyOcc).collectAsList());
        tables.transition(
                DemandAggregation.vacanciesWithAny(located, spark.createDataFrame(tables.skillsOf(true), RunTables.SKILL_ONLY)).collectAsList(),
                DemandAggregation.vacanciesWithAny(located, spark.createDataFrame(tables.skillsOf(false), RunTables.SKILL_ONLY)).collectAsList());
        tables.skillGroups(DemandAggregation.skillGroups(located,
                spark.createDataFrame(tables.skillGroupRows(), RunTables.SKILL_GROUP)).collectAsList());
        scopes.unpersist();
        timings.lap("demand", tables.demandRows() + " skill-demand rows over " + tables.scopeCount() + " scopes");
        tables.scoreCredentials();
        timings.lap("scores", in.credentials().size() + " credentials scored");
        tables.gaps();
        // bundles from counts per skill and per pair of gap skills: the driver never holds a set per vacancy
        Dataset<Row> gapHits = GapAggregation.hits(located, spark.createDataFrame(tables.gapSkillRows(), RunTables.SCOPE_SKILL))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> members = tables.bundleMembers(GapAggregation.singles(gapHits).collectAsList(),
                GapAggregation.pairs(gapHits, GapParams.DEFAULTS.minCoOccurrence()).collectAsList());
        tables.bundles(GapAggregation.bundleTotals(gapHits, spark.createDataFrame(members, RunTables.BUNDLE_MEMBER)).collectAsList());
        gapHits.unpersist();
        located.unpersist();
        timings.lap("gaps", tables.gapCount() + " gaps, " + tables.bundleCount() + " bundles");

        boolean detail = corpus.vacancyCount() <= cfg.detailLimit();
        // per-vacancy tables stay in Spark, streamed in order to the database and the files
        Dataset<Row> withOcc = vacancies.join(vacancyOcc.select("doc_id", "occupation_uri", "occupation_label", "occupation_score"),
                new String[] {"doc_id"}, "left");
        Dataset<Row> vacancyTable = withOcc
                .join(vacancySkills.groupBy("doc_id").agg(count(lit(1)).cast(DataTypes.IntegerType).as("skills")), new String[] {"doc_id"}, "left")
                .select(col("doc_id"), col("title"), col("country"), col("region"), col("ym"), col("sector"), col("language"), col("source"),
                        col("occupation_uri"), col("occupation_label"), col("occupation_score"), coalesce(col("skills"), lit(0)).as("skills"), col("mapped"));
        SparkRows vacancyTableRows = SparkRows.sorted(vacancyTable, r -> {
            Object[] cells = new Object[r.length()];
            for (int i = 0; i < cells.length; i++) cells[i] = r.get(i);
            cells[0] = r.getString(0).substring(2);
            return cells;
        }, "doc_id");
        // a sentence is evidence for many skills of many vacancies: stored once, named by a hash of its text
        // the columns of the vacancy_skills table ("v:" marks vacancy doc ids in the job, not in the results)
        Dataset<Row> vacancySkillIds = vacancySkills.select(col("doc_id").substr(3, Integer.MAX_VALUE).as("vacancy_id"), col("skill_uri"),
                col("confidence").as("score"), col("sentence_id"), col("evidence_label"), col("source"));
        // cached: checked, counted, sampled and sorted below
        Dataset<Row> sentences = Mapping.sentences(unitSkills, vacancySkills).cache();
        requireDistinctIds(sentences);
        SparkRows vacancySkillTableRows = SparkRows.sorted(detail ? vacancySkillIds : vacancySkillIds.limit(0),
                r -> new Object[] {r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)}, "vacancy_id", "skill_uri");
        SparkRows sentenceTableRows = SparkRows.sorted(detail ? sentences : sentences.limit(0),
                r -> new Object[] {r.getLong(0), RunTables.clip(r.getString(1))}, "sentence_id");
        tables.vacancies(vacancyTableRows, vacancySkillTableRows, sentenceTableRows, in.rejected());
        List<TableRows> all = tables.all();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("read", in.read());
        counts.put("vacanciesMapped", corpus.mappedVacancies());
        counts.put("vacanciesNotMapped", corpus.vacancyCount() - corpus.mappedVacancies());
        counts.put("vacanciesByLanguage", corpus.languages());
        counts.put("languages", languageReport(corpus, vacancyTable, languages));
        // per language: labels loaded, those naming an occupation of this ESCO, and URIs it does not know (reported, not used)
        if (languages != null) counts.put("escoLanguages", new TreeMap<>(languages.coverage()));
        counts.put("duplicateVacanciesMerged", Math.toIntExact(corpus.duplicateVacancies()));
        counts.put("units", unitCount);
        counts.put("distinctUnits", distinctUnits);
        counts.put("vacancySkillPairs", vacancySkillRows);
        counts.put("credentialSkillPairs", tables.credentialSkillCount());
        counts.put("gaps", tables.gapCount());
        counts.put("bundles", tables.bundleCount());
        counts.put("escoVersion", esco.version());
        Coverage coverage = corpus.coverage();
        counts.put("datedVacancies", coverage.dated());
        counts.put("undatedVacancies", coverage.undated());
        Map<String, Object> mix = new LinkedHashMap<>(); // not Map.of: its order changes from JVM to JVM, and so would the JSON
        mix.put("source", coverage.bySource());
        mix.put("country", coverage.byCountry());
        mix.put("sector", coverage.bySector());
        counts.put("mix", mix);
        counts.put("regionsDropped", coverage.regionsDropped());
        counts.put("growthWindows", coverage.windows() == null ? null
                : List.of(coverage.windows().earlierPeriod(), coverage.windows().laterPeriod()));
        counts.put("warnings", coverage.warnings(tables.scopeVacancies(), tables.mixShifted(), demandParams, Coverage.Limits.DEFAULTS));
        String scopeNote = "all mapped vacancies (English or unspecified language"
                + (languages == null ? "" : ", and " + String.join(", ", languages.languages()) + " by their ESCO labels, with inferred skills")
                + ") from " + cfg.vacancies().size()
                + " file(s); " + coverage.dated() + " of " + coverage.vacancies() + " dated, months " + corpus.firstMonth() + " to " + corpus.lastMonth();
        // written aside, moved under the run id once published (see run)
        Path staging = Exports.staging(cfg.outDir(), runId);
        // the files are written while the database takes the rows (each a single writer, side by side);
        // the run commits only once its files are complete, and a failed run waits for them before discarding
        long t0 = System.nanoTime();
        Map<String, Object> runInfo = new LinkedHashMap<>();
        runInfo.put("runId", runId);
        runInfo.put("scopeNote", scopeNote);
        runInfo.putAll(counts);
        CompletableFuture<Long> files = CompletableFuture.supplyAsync(() -> {
            Exports.writeRun(staging, runInfo);
            Exports.write(staging, detail ? all : all.stream().filter(t -> !PARQUET_ONLY.contains(t.table())).toList());
            if (!detail) {
                Exports.writeSpark(vacancySkillIds, staging.resolve("vacancy_skills"), "vacancy_id", "skill_uri");
                Exports.writeSpark(sentences, staging.resolve("evidence_sentences"), "sentence_id");
            }
            return System.nanoTime();
        }, task -> {
            Thread t = new Thread(task, "exports");
            t.setDaemon(true);
            t.start();
        });
        long[] databaseDone = {0};
        try {
            store.publish(runId, all, json(counts), json(timings.stages()), scopeNote, () -> {
                databaseDone[0] = System.nanoTime();
                await(files);
            });
        } catch (Throwable e) {
            // the caller discards the staging folder: not while the files are still being written
            files.handle((done, failed) -> {
                if (failed != null && failed != e && failed.getCause() != e) e.addSuppressed(failed);
                return done;
            }).join();
            throw e;
        }
        long filesDone = await(files);
        timings.lap("publish", all.stream().mapToInt(t -> t.rows().size()).sum() + " rows written to " + cfg.jdbcUrl()
                + String.format(" (%.1f s)", (databaseDone[0] - t0) / 1e9) + " and " + cfg.outDir().resolve(runId)
                + String.format(" (%.1f s, at the same time)", (filesDone - t0) / 1e9));
        vacancyTableRows.release();
        vacancySkillTableRows.release();
        sentenceTableRows.release();
        sentences.unpersist();
        long skillsMapped = tables.distinctSkillsMapped();
        return new RunSummary(runId, "published", in.credentials().size(), corpus.vacancyCount(), in.rejected().size(),
                skillsMapped, timings.total(), counts, timings.stages(), cfg.outDir().resolve(runId).toString());
    }

    /**
     * Two sentences with one id would merge in the database (primary key) and double rows in any join of the
     * Parquet files, so a run stops rather than publish them. The odds are about n²/2^54 for n distinct
     * sentences: 1 in 3,000 at 2.5 million.
     */
    static void requireDistinctIds(Dataset<Row> sentences) {
        List<Row> clash = sentences.groupBy("sentence_id").count().filter(col("count").gt(1)).limit(1).collectAsList();
        if (!clash.isEmpty()) {
            long id = clash.get(0).getLong(0);
            List<String> texts = sentences.filter(col("sentence_id").equalTo(id)).select("sentence").orderBy("sentence").limit(2)
                    .as(Encoders.STRING()).collectAsList();
            throw new IllegalStateException("two evidence sentences share the id " + id + " (a 53-bit hash): \""
                    + texts.get(0) + "\" and \"" + texts.get(1) + "\"");
        }
    }

    /** The result of work on another thread (the intake's batches, the export files), its failure rethrown as is when unchecked. */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + f, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** Drops this JVM's matchers and their caches (for benchmarks that compare runs in one JVM). */
    public static void releaseMatchers() {
        Matchers.releaseAll();
    }

    /** Time-ordered and unique: readers take the newest published run. */
    static String runId() {
        return "run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Vacancies and credential outcome texts as the job sees them: deduplicated, keyed, dated by half.
     * The vacancies stay in Spark; the driver keeps only their counts by language and month.
     */
    record Corpus(Dataset<Row> vacancies, List<Credential> credentials, long vacancyCount, long mappedVacancies,
                  long duplicateVacancies, Map<String, Long> languages, TreeSet<YearMonth> months, Coverage coverage) {

        /** English (and unspecified language) vacancies mapped, others counted. */
        static Corpus of(Inputs in, DemandParams params) {
            return of(in, params, Set.of());
        }

        /**
         * @param otherLanguages languages besides English with ESCO occupation labels: their vacancies are
         *                       mapped too ({@code mapped}); {@code english} marks those the English matcher reads
         */
        static Corpus of(Inputs in, DemandParams params, Set<String> otherLanguages) {
            VacancyIntake.Loaded intake = in.vacancies();
            Column other = otherLanguages.isEmpty() ? lit(false) : col("language").isin(otherLanguages.toArray());
            VacancyIntake.Loaded loaded = intake.withVacancies(intake.vacancies().withColumn("english", col("mapped"))
                    .withColumn("mapped", col("mapped").or(coalesce(other, lit(false)))));
            long total = 0, accepted = 0, mapped = 0, dated = 0, regionsDropped = 0;
            Map<String, Long> languages = new TreeMap<>();
            TreeMap<YearMonth, Long> datedByMonth = new TreeMap<>();
            TreeMap<String, Long> bySource = new TreeMap<>(), byCountry = new TreeMap<>(), bySector = new TreeMap<>();
            for (Row r : loaded.vacancies().groupBy("language", "mapped", "ym", "source", "country", "sector", "region_dropped")
                    .agg(count(lit(1)), sum(col("copies"))).collectAsList()) {
                String language = r.getString(0);
                long n = r.getLong(7);
                total += n;
                accepted += r.getLong(8);
                languages.merge(language == null || language.isBlank() ? "unknown" : language, n, Long::sum);
                if (!r.getBoolean(1)) continue;
                // the coverage of the figures: the vacancies that count in demand
                mapped += n;
                if (r.getString(2) != null) {
                    dated += n;
                    datedByMonth.merge(YearMonth.parse(r.getString(2)), n, Long::sum);
                }
                bySource.merge(orUnknown(r.getString(3)), n, Long::sum);
                byCountry.merge(orUnknown(r.getString(4)), n, Long::sum);
                bySector.merge(orUnknown(r.getString(5)), n, Long::sum);
                if (r.getBoolean(6)) regionsDropped += n;
            }
            long rejected = loaded.rejected().size();
            if (loaded.read() != accepted + rejected)
                throw new IllegalStateException("vacancy counts do not reconcile: read " + loaded.read() + " != accepted "
                        + accepted + " + rejected " + rejected);
            GrowthWindows windows = GrowthWindows.choose(datedByMonth, params.minWindowMonths(), params.minDatedVacancies());
            Coverage coverage = new Coverage(mapped, dated, total - mapped, regionsDropped, bySource, byCountry, bySector,
                    datedByMonth.size(), windows);
            // E and L: the earlier and later growth windows (dated ads only); every other ad is in neither
            Column half = windows == null ? lit(null).cast(DataTypes.StringType)
                    : when(col("ym").isin(yms(windows::isEarlier, datedByMonth)), "E").when(col("ym").isin(yms(windows::isLater, datedByMonth)), "L");
            Dataset<Row> withHalf = loaded.vacancies().withColumn("half", half)
                    .select("doc_id", "title", "text", "country", "region", "sector", "ym", "half", "language", "mapped", "english", "source");
            return new Corpus(withHalf, in.credentials(), total, mapped, accepted - total, languages, new TreeSet<>(datedByMonth.keySet()), coverage);
        }

        private static Object[] yms(java.util.function.Predicate<YearMonth> in, Map<YearMonth, Long> months) {
            return months.keySet().stream().filter(in).map(YearMonth::toString).sorted().toArray();
        }

        private static String orUnknown(String s) {
            return s == null || s.isBlank() ? "unknown" : s;
        }

        /** The matcher is English: other languages are kept and counted, not mapped. */
        static boolean mappable(String language) {
            return language == null || language.isBlank() || language.equals("en");
        }

        static String docId(Credential c) {
            return "c:" + c.id();
        }

        /** One document per learning outcome, so evidence points at the outcome. */
        List<Row> credentialDocs() {
            List<Row> rows = new ArrayList<>();
            for (Credential c : credentials) for (String o : c.outcomeTexts()) rows.add(RowFactory.create(docId(c), o));
            return rows;
        }

        String firstMonth() {
            return months.isEmpty() ? "n/a" : months.first().toString();
        }

        String lastMonth() {
            return months.isEmpty() ? "n/a" : months.last().toString();
        }
    }
}
