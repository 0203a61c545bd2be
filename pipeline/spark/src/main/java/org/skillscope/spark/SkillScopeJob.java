package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.skillscope.core.demand.DemandParams;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The batch job: load, map, measure demand, score credentials, find gaps, publish one run.
 * It never sets a master: the caller's SparkSession decides where it runs (local or a cluster).
 */
public final class SkillScopeJob {
    private static final Logger LOG = LoggerFactory.getLogger(SkillScopeJob.class);

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
        store.begin(runId, esco.version(), esco.fingerprint(), Exports.json(in.files()), Exports.json(new TreeMap<>(Map.of(
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
        LOG.info("run {} published: {}", runId, Exports.json(s.toMap()));
        return s;
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

    /** The stages in order; each lap of {@code timings} is one stage. */
    private static RunSummary runStages(SparkSession spark, JobConfig cfg, Esco esco, Inputs in, Corpus corpus, DemandParams demandParams,
                                        String runId, ResultsStore store, Timings timings) {
        String escoPath = cfg.esco().toAbsolutePath().toString();
        String cache = cfg.cacheDir().toAbsolutePath().toString();
        Matchers.register(escoPath, cache, esco); // builds the index once (or opens it from disk) before executors need it
        Multilingual languages = Matchers.registerLanguages(escoPath, Matchers.joined(cfg.escoLanguages()), esco); // as in run: the same instance
        timings.lap("index", "skill index ready in " + cache);

        MapStage.Mapped mapped = MapStage.run(spark, cfg, corpus, languages, escoPath, cache);
        timings.lap("map", mapped.summary());

        List<Path> inputs = new ArrayList<>(cfg.credentials());
        inputs.addAll(cfg.vacancies());
        RunTables tables = new RunTables(esco, corpus.credentials(), corpus::languageCovered, RunTables.inputNames(inputs), demandParams, corpus.coverage().windows());
        tables.credentialSkills(mapped.credentialSkills());
        Dataset<Row> located = DemandStage.run(spark, corpus.vacancies(), mapped, tables);
        timings.lap("demand", tables.demandRows() + " skill-demand rows over " + tables.scopeCount() + " scopes");

        tables.scoreCredentials();
        timings.lap("scores", in.credentials().size() + " credentials scored");

        GapStage.run(spark, located, tables);
        located.unpersist();
        timings.lap("gaps", tables.gapCount() + " gaps, " + tables.bundleCount() + " bundles");

        return PublishStage.run(cfg, in, corpus, mapped, tables, languages, demandParams, runId, store, timings);
    }

    /** Drops this JVM's matchers and their caches (for benchmarks that compare runs in one JVM). */
    public static void releaseMatchers() {
        Matchers.releaseAll();
    }

    /** Time-ordered and unique: readers take the newest published run. */
    static String runId() {
        return "run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    }

}
