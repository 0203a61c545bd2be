package org.skillscope.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillscope.core.demand.DemandCalculator;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TableRows;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.vacancy.Vacancy;
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
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;

/**
 * The batch job: load, map, measure demand, score credentials, find gaps, publish one run.
 * It never sets a master: the caller's SparkSession decides where it runs (local or a cluster).
 */
public final class SkillScopeJob {
    private static final Logger LOG = LoggerFactory.getLogger(SkillScopeJob.class);
    static final ObjectMapper JSON = new ObjectMapper();

    static final StructType VACANCY = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("country", DataTypes.StringType, true)
            .add("region", DataTypes.StringType, true)
            .add("sector", DataTypes.StringType, true)
            .add("ym", DataTypes.StringType, true)
            .add("half", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("mapped", DataTypes.BooleanType, false);
    static final StructType DOC = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true);

    private SkillScopeJob() {}

    public static RunSummary run(SparkSession spark, JobConfig cfg) {
        Timings timings = new Timings();
        Esco esco = EscoLoader.load(cfg.esco());
        Inputs in = Inputs.load(cfg.credentials(), cfg.vacancies());
        Corpus corpus = Corpus.of(in);
        timings.lap("load", in.read() + " records read, " + in.credentials().size() + " credentials, "
                + corpus.vacancies().size() + " vacancies (" + corpus.duplicateVacancies() + " cross-file duplicates merged), "
                + in.rejected().size() + " rejected");

        ResultsStore store = new ResultsStore(cfg.jdbcUrl());
        store.migrate();
        for (String gone : store.abandonDeadRuns()) {
            LOG.warn("run {} was left 'running' by a job that is gone (killed?): marked 'abandoned'", gone);
            Exports.discard(cfg.outDir(), gone);
        }
        String runId = runId();
        store.begin(runId, esco.version(), esco.fingerprint(), json(in.files()), json(Map.of(
                "demand", org.skillscope.core.demand.DemandParams.DEFAULTS, "gaps", org.skillscope.core.gap.GapParams.DEFAULTS)));
        RunSummary s;
        try {
            s = runStages(spark, cfg, esco, in, corpus, runId, store, timings);
        } catch (RuntimeException e) {
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

    private static RunSummary runStages(SparkSession spark, JobConfig cfg, Esco esco, Inputs in, Corpus corpus,
                                        String runId, ResultsStore store, Timings timings) {
        String escoPath = cfg.esco().toAbsolutePath().toString();
        String cache = cfg.cacheDir().toAbsolutePath().toString();
        Matchers.register(escoPath, cache, esco); // builds the index once (or opens it from disk) before executors need it
        timings.lap("index", "skill index ready in " + cache);
        int parts = cfg.partitions() > 0 ? cfg.partitions() : 2 * spark.sparkContext().defaultParallelism();

        // ---- 2. map ---------------------------------------------------------------------------------
        Dataset<Row> vacancies = spark.createDataFrame(corpus.vacancyRows(), VACANCY).repartition(parts).cache();
        Dataset<Row> docs = vacancies.filter(col("mapped")).select("doc_id", "text")
                .union(spark.createDataFrame(corpus.credentialDocs(), DOC));
        Dataset<Row> units = Mapping.units(docs, escoPath, cache).cache();
        Dataset<Row> unitSkills = Mapping.mapUnits(units, parts, escoPath, cache).cache();
        Dataset<Row> docSkills = Mapping.docSkills(units, unitSkills).cache();
        long unitCount = units.count();
        long distinctUnits = units.select("unit").distinct().count();
        Dataset<Row> vacancySkills = docSkills.filter(col("doc_id").startsWith("v:")).cache();
        Dataset<Row> titleOcc = Mapping.titles(vacancies.filter(col("mapped")), parts, escoPath, cache);
        Dataset<Row> vacancyOcc = vacancies.filter(col("mapped")).select("doc_id", "title").join(titleOcc, "title").cache();
        long vacancySkillRows = vacancySkills.count();
        timings.lap("map", unitCount + " units (" + distinctUnits + " distinct) mapped, " + vacancySkillRows + " vacancy-skill pairs");

        // ---- 3-6. demand, scores, gaps, recommendations ----------------------------------------------
        RunTables tables = new RunTables(esco, corpus, Matchers.get(escoPath, cache));
        tables.credentialSkills(docSkills.filter(col("doc_id").startsWith("c:")).collectAsList());
        Dataset<Row> scopes = DemandAggregation.scopes(vacancies).cache();
        tables.demand(DemandAggregation.totals(scopes).collectAsList(),
                DemandAggregation.skillCounts(scopes, vacancySkills).collectAsList(),
                DemandAggregation.monthly(scopes, vacancySkills).collectAsList(),
                DemandAggregation.monthTotals(scopes).collectAsList(),
                DemandAggregation.occupations(scopes, vacancyOcc).collectAsList());
        tables.transition(
                DemandAggregation.vacanciesWithAny(scopes, vacancySkills, spark.createDataFrame(tables.skillsOf(true), RunTables.SKILL_ONLY)).collectAsList(),
                DemandAggregation.vacanciesWithAny(scopes, vacancySkills, spark.createDataFrame(tables.skillsOf(false), RunTables.SKILL_ONLY)).collectAsList());
        tables.skillGroups(DemandAggregation.skillGroups(scopes, vacancySkills,
                spark.createDataFrame(tables.skillGroupRows(), RunTables.SKILL_GROUP)).collectAsList());
        timings.lap("demand", tables.demandRows() + " skill-demand rows over " + tables.scopeCount() + " scopes");
        tables.scoreCredentials();
        timings.lap("scores", in.credentials().size() + " credentials scored");
        tables.gaps();
        Dataset<Row> gapSkillDf = spark.createDataFrame(tables.gapSkillRows(), RunTables.SKILL_ONLY);
        tables.bundles(vacancySkills.join(gapSkillDf, "skill_uri").join(scopes.filter(col("scope_type").isin("all", "country")), "doc_id")
                .groupBy("scope_type", "scope", "doc_id")
                .agg(org.apache.spark.sql.functions.collect_set("skill_uri").as("skills"))
                .select("scope_type", "scope", "skills").collectAsList());
        timings.lap("gaps", tables.gapCount() + " gaps, " + tables.bundleCount() + " bundles");

        boolean detail = corpus.vacancies().size() <= RunTables.DETAIL_LIMIT;
        tables.vacancies(vacancyOcc.collectAsList(), detail ? vacancySkills.collectAsList() : List.of(), in.rejected());
        List<TableRows> all = tables.all();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("read", in.read());
        counts.put("vacanciesMapped", corpus.mappedVacancies());
        counts.put("vacanciesNotMapped", corpus.vacancies().size() - corpus.mappedVacancies());
        counts.put("vacanciesByLanguage", corpus.languages());
        counts.put("duplicateVacanciesMerged", corpus.duplicateVacancies());
        counts.put("units", unitCount);
        counts.put("distinctUnits", distinctUnits);
        counts.put("vacancySkillPairs", vacancySkillRows);
        counts.put("credentialSkillPairs", tables.credentialSkillCount());
        counts.put("gaps", tables.gapCount());
        counts.put("bundles", tables.bundleCount());
        counts.put("escoVersion", esco.version());
        String scopeNote = "all mapped vacancies (English or unspecified language) from " + cfg.vacancies().size()
                + " file(s); months " + corpus.firstMonth() + " to " + corpus.lastMonth();
        // written aside, moved under the run id once published (see run)
        Path staging = Exports.staging(cfg.outDir(), runId);
        Exports.write(staging, all);
        if (!detail) Exports.writeSpark(vacancySkills, staging.resolve("vacancy_skills"));
        store.publish(runId, all, json(counts), json(timings.stages()), scopeNote);
        timings.lap("publish", all.stream().mapToInt(t -> t.rows().size()).sum() + " rows written to " + cfg.jdbcUrl()
                + " and " + cfg.outDir().resolve(runId));
        long skillsMapped = tables.distinctSkillsMapped();
        return new RunSummary(runId, "published", in.credentials().size(), corpus.vacancies().size(), in.rejected().size(),
                skillsMapped, timings.total(), counts, timings.stages(), cfg.outDir().resolve(runId).toString());
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

    /** Vacancies and credential outcome texts as the job sees them: deduplicated, keyed, dated by half. */
    record Corpus(List<Vacancy> vacancies, List<Credential> credentials, int duplicateVacancies,
                  DemandCalculator.PeriodSplit split, TreeSet<YearMonth> months) {

        static Corpus of(Inputs in) {
            // the same ad can come twice (EURES ships an original and an English translation): keep
            // one per source and id, the English one when there is a choice, as it can be mapped
            Map<String, Vacancy> byKey = new TreeMap<>();
            int dup = 0;
            for (Vacancy v : in.vacancies()) {
                String key = v.source() + ":" + v.id();
                Vacancy prev = byKey.get(key);
                if (prev == null) byKey.put(key, v);
                else {
                    dup++;
                    if (!mappable(prev) && mappable(v)) byKey.put(key, v);
                }
            }
            TreeSet<YearMonth> months = new TreeSet<>();
            for (Vacancy v : byKey.values()) if (v.date() != null && mappable(v)) months.add(YearMonth.from(v.date()));
            return new Corpus(List.copyOf(byKey.values()), in.credentials(), dup, DemandCalculator.split(months), months);
        }

        /** The matcher is English: other languages are kept and counted, not mapped. */
        static boolean mappable(Vacancy v) {
            return v.language() == null || v.language().isBlank() || v.language().equals("en");
        }

        static String docId(Vacancy v) {
            return "v:" + v.source() + ":" + v.id();
        }

        static String docId(Credential c) {
            return "c:" + c.id();
        }

        List<Row> vacancyRows() {
            List<Row> rows = new ArrayList<>(vacancies.size());
            for (Vacancy v : vacancies) {
                YearMonth ym = v.date() == null ? null : YearMonth.from(v.date());
                String half = split.isEarly(ym) ? "E" : split.isLate(ym) ? "L" : null;
                String text = (v.title() == null ? "" : v.title() + ".\n") + (v.description() == null ? "" : v.description());
                rows.add(RowFactory.create(docId(v), v.title(), text, v.country(), blankToNull(v.region()), blankToNull(v.sector()),
                        ym == null ? null : ym.toString(), half, v.language(), mappable(v)));
            }
            return rows;
        }

        /** One document per learning outcome, so evidence points at the outcome. */
        List<Row> credentialDocs() {
            List<Row> rows = new ArrayList<>();
            for (Credential c : credentials) for (String o : c.outcomeTexts()) rows.add(RowFactory.create(docId(c), o));
            return rows;
        }

        long mappedVacancies() {
            return vacancies.stream().filter(Corpus::mappable).count();
        }

        Map<String, Long> languages() {
            Map<String, Long> m = new TreeMap<>();
            for (Vacancy v : vacancies) m.merge(v.language() == null || v.language().isBlank() ? "unknown" : v.language(), 1L, Long::sum);
            return m;
        }

        String firstMonth() {
            return months.isEmpty() ? "n/a" : months.first().toString();
        }

        String lastMonth() {
            return months.isEmpty() ? "n/a" : months.last().toString();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
