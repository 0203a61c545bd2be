package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.skillscope.core.demand.Coverage;
import org.skillscope.core.demand.DemandParams;
import org.skillscope.core.lang.Multilingual;
import org.skillscope.core.results.DatabaseAccess;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TableRows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * Stage 6, publishing: the per-vacancy tables (streamed from Spark in order), the run's counts and scope note,
 * then the database and the export files side by side; the run commits only once its files are complete.
 */
final class PublishStage {
    /** Tables exported by Spark as Parquet, not as CSV and JSON Lines, above the detail limit. */
    private static final Set<String> PARQUET_ONLY = Set.of("vacancy_skills", "evidence_sentences");

    private PublishStage() {}

    static RunSummary run(JobConfig cfg, Inputs in, Corpus corpus, MapStage.Mapped mapped, RunTables tables, Multilingual languages,
                          DemandParams demandParams, String runId, ResultsStore store, Timings timings) {
        boolean detail = corpus.vacancyCount() <= cfg.detailLimit();
        // per-vacancy tables stay in Spark, streamed in order to the database and the files
        Dataset<Row> withOcc = corpus.vacancies().join(mapped.vacancyOcc().select("doc_id", "occupation_uri", "occupation_label", "occupation_score"),
                new String[] {"doc_id"}, "left");
        Dataset<Row> vacancyTable = withOcc
                .join(mapped.vacancySkills().groupBy("doc_id").agg(count(lit(1)).cast(DataTypes.IntegerType).as("skills")), new String[] {"doc_id"}, "left")
                .select(col("doc_id"), col("title"), col("country"), col("region"), col("ym"), col("sector"), col("language"), col("source"),
                        col("occupation_uri"), col("occupation_label"), col("occupation_score"), coalesce(col("skills"), lit(0)).as("skills"), col("mapped"));
        SparkRows vacancyTableRows = SparkRows.sorted(vacancyTable, r -> {
            Object[] cells = new Object[r.length()];
            for (int i = 0; i < cells.length; i++) cells[i] = r.get(i);
            cells[0] = DocId.key(r.getString(0));
            return cells;
        }, "doc_id");
        // a sentence is evidence for many skills of many vacancies: stored once, named by a hash of its text
        // the columns of the vacancy_skills table ("v:" marks vacancy doc ids in the job, not in the results)
        Dataset<Row> vacancySkillIds = mapped.vacancySkills().select(DocId.key(col("doc_id")).as("vacancy_id"), col("skill_uri"),
                col("confidence").as("score"), col("sentence_id"), col("evidence_label"), col("source"));
        // cached: checked, counted, sampled and sorted below
        Dataset<Row> sentences = Mapping.sentences(mapped.unitSkills(), mapped.vacancySkills()).cache();
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
        counts.put("credentialsNotMapped", corpus.credentialsNotMapped());
        counts.put("credentialsByLanguage", corpus.credentialsByLanguage());
        counts.put("languages", languageReport(corpus, vacancyTable, languages));
        // per language: labels loaded, those naming an occupation of this ESCO, and URIs it does not know (reported, not used)
        if (languages != null) counts.put("escoLanguages", new TreeMap<>(languages.coverage()));
        counts.put("duplicateVacanciesMerged", Math.toIntExact(corpus.duplicateVacancies()));
        counts.put("units", mapped.units());
        counts.put("distinctUnits", mapped.distinctUnits());
        counts.put("vacancySkillPairs", mapped.vacancySkillPairs());
        counts.put("credentialSkillPairs", tables.credentialSkillCount());
        counts.put("gaps", tables.gapCount());
        counts.put("bundles", tables.bundleCount());
        counts.put("escoVersion", tables.escoVersion());
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
        List<Coverage.Warning> warnings = new java.util.ArrayList<>(coverage.warnings(tables.scopeVacancies(), tables.mixShifted(), demandParams,
                Coverage.Limits.DEFAULTS));
        tables.credentialsNotRead().ifPresent(warnings::add);
        counts.put("warnings", warnings);
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
            store.publish(runId, all, Exports.json(counts), Exports.json(timings.stages()), scopeNote, () -> {
                databaseDone[0] = System.nanoTime();
                Futures.await(files);
            });
        } catch (Throwable e) {
            // the caller discards the staging folder: not while the files are still being written
            files.handle((done, failed) -> {
                if (failed != null && failed != e && failed.getCause() != e) e.addSuppressed(failed);
                return done;
            }).join();
            throw e;
        }
        long filesDone = Futures.await(files);
        timings.lap("publish", all.stream().mapToInt(t -> t.rows().size()).sum() + " rows written to " + DatabaseAccess.redact(cfg.jdbcUrl())
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
}
