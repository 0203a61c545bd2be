package org.skillscope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TestDatabases;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The whole job on the bundled sample, Spark local[2], a real database: H2, and PostgreSQL when one is given. */
@ParameterizedClass
@ValueSource(strings = {TestDatabases.H2, TestDatabases.POSTGRESQL})
class SkillScopeJobTest {
    @Parameter
    String database;
    private static SparkSession spark;
    private static Path cache;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.session("local[2]", "skillscope-test");
        cache = Path.of(System.getProperty("skillscope.indexCache", "target/index-cache")); // shared by the test runs of this class: built once
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private JobConfig config(String jdbc, List<Path> extraVacancies) {
        List<Path> vacancies = new ArrayList<>(VacancySample.files());
        vacancies.addAll(extraVacancies);
        return new JobConfig(EscoSample.path(), CredentialSample.files(), vacancies, jdbc, tmp.resolve("out"), cache, 4);
    }



    @Test
    void aRunOnTheSamplePublishesEveryTableAndReconcilesItsCounts() throws Exception {
        Path bad = tmp.resolve("bad-vacancies.csv");
        Files.writeString(bad, "id,title,description,country,region,date,occupation_code,language,sector\n"
                + "b1,Nurse,Care for patients.,DE,Bavaria,2025-13-45,,en,Health\n"
                + ",Cook,Prepare meals.,FR,,2025-03-01,,en,Hospitality\n"
                + "b3,Electrician,Install wiring and test circuits.,IE,Dublin,2025-05-02,,en,Construction\n", StandardCharsets.UTF_8);
        String jdbc = Db.fresh(database);
        RunSummary s = SkillScopeJob.run(spark, config(jdbc, List.of(bad)));

        assertEquals("published", s.status());
        assertEquals(Optional.of(s.runId()), new ResultsStore(jdbc).latestPublished());
        assertEquals(2, s.rejected(), "bad date and missing id are quarantined");
        assertEquals(s.rejected(), Db.rows(jdbc, "SELECT * FROM quarantine WHERE run_id='" + s.runId() + "'").size());
        long read = (long) s.counts().get("read");
        assertEquals(read, s.credentials() + s.vacancies() + s.rejected() + (int) s.counts().get("duplicateVacanciesMerged"));
        assertTrue(s.skillsMapped() > 50, "the sample maps to many distinct skills: " + s.skillsMapped());
        for (String table : List.of("credentials", "credential_skills", "credential_occupations", "vacancies", "vacancy_skills",
                "evidence_sentences", "skill_demand", "skill_demand_monthly", "occupation_demand", "skill_group_summary", "gaps", "gap_bundles", "transition_summary")) {
            assertFalse(Db.rows(jdbc, "SELECT * FROM " + table + " WHERE run_id='" + s.runId() + "'").isEmpty(), table + " is empty");
            assertTrue(Files.exists(tmp.resolve("out").resolve(s.runId()).resolve(table + ".csv")), table + " is not exported");
        }
        // the run records the learner salt's fingerprint, never the salt (#19, finding 3)
        org.skillscope.datasets.credential.LearnerSalt salt = org.skillscope.datasets.credential.LearnerSalt.current();
        String params = Db.rows(jdbc, "SELECT params_json FROM runs WHERE run_id='" + s.runId() + "'").get(0);
        assertTrue(params.contains("\"learnerSalt\":\"" + salt.fingerprint() + "\""), params);
        assertFalse(Db.rows(jdbc, "SELECT * FROM runs").toString().contains(salt.value()), "the salt is stored");
        // every credential has a score in range and a percentile
        for (String r : Db.rows(jdbc, "SELECT relevance, relevance_percentile, green, digital FROM credentials")) {
            for (String v : r.split("\\|")) {
                double d = Double.parseDouble(v);
                assertTrue(d >= 0 && d <= 100, r);
            }
        }
    }

    /** A course that only advertises and one in a language the matcher does not cover: not scored, in no supply figure, warned of. */
    @Test
    void credentialsTheRunCannotReadAreNotScoredAndCountInNoSupplyFigure() throws Exception {
        Path coursera = tmp.resolve("coursera.csv"), edx = tmp.resolve("edx.csv");
        Files.writeString(coursera, ",course_title,course_organization,course_certificate_type,course_time,course_rating,course_reviews_num,"
                + "course_difficulty,course_url,course_students_enrolled,course_skills,course_summary,course_description\n"
                + "0,Hot Topics in Criminal Justice,Example University,Course,1 - 4 Weeks,4.7,10,Beginner,https://www.coursera.org/learn/cj,100,"
                + "[],[],\"The American criminal justice system is in need of reform. No prior knowledge is required.\"\n", StandardCharsets.UTF_8);
        Files.writeString(edx, "title,summary,course_syllabus,language,course_url\n"
                + "Soldadura,Aprende a soldar piezas de acero con arco eléctrico,Leer planos de soldadura y preparar las juntas,Spanish,"
                + "https://www.edx.org/course/soldadura\n", StandardCharsets.UTF_8);
        String jdbc = Db.fresh(database);
        JobConfig sample = config(jdbc, List.of());
        List<Path> credentials = new ArrayList<>(sample.credentials());
        credentials.addAll(List.of(coursera, edx));
        RunSummary s = SkillScopeJob.run(spark, new JobConfig(sample.esco(), credentials, sample.vacancies(), jdbc, sample.outDir(),
                sample.cacheDir(), sample.partitions()));
        String run = "run_id='" + s.runId() + "'";
        assertEquals(List.of("https://www.coursera.org/learn/cj|null|null|null|null|0|", "https://www.edx.org/course/soldadura|null|null|null|null|0|"),
                Db.rows(jdbc, "SELECT credential_id, relevance, relevance_percentile, green, digital, skills FROM credentials WHERE " + run
                        + " AND (credential_id LIKE '%coursera%' OR credential_id LIKE '%edx%') ORDER BY 1"));
        long read = s.credentials() - 2;
        assertEquals(List.of(read + "|"), Db.rows(jdbc, "SELECT items FROM transition_summary WHERE " + run + " AND side='supply' AND scope_type='all'"));
        // the read ones are ranked among themselves
        double[] scores = Db.rows(jdbc, "SELECT relevance FROM credentials WHERE " + run + " AND relevance IS NOT NULL").stream()
                .mapToDouble(r -> Double.parseDouble(r.substring(0, r.length() - 1))).toArray();
        assertEquals(read, scores.length);
        String best = Db.rows(jdbc, "SELECT relevance, relevance_percentile FROM credentials WHERE " + run
                + " AND relevance IS NOT NULL ORDER BY relevance DESC, credential_id FETCH FIRST 1 ROWS ONLY").get(0);
        String[] cells = best.split("\\|");
        assertEquals(org.skillscope.core.score.RelevanceScorer.percentile(Double.parseDouble(cells[0]), scores), Double.parseDouble(cells[1]), 1e-9);
        // and the supply per skill group is a share of them
        for (String r : Db.rows(jdbc, "SELECT supply_credentials, supply_share FROM skill_group_summary WHERE " + run + " AND scope_type='all'")) {
            String[] c = r.split("\\|");
            assertEquals(Double.parseDouble(c[0]) / read, Double.parseDouble(c[1]), 1e-9, r);
        }
        String warnings = String.valueOf(s.counts().get("warnings"));
        assertTrue(warnings.contains("credentials-not-read") && warnings.contains("2 of " + s.credentials() + " credentials")
                && warnings.contains("(1 state no learning outcome SkillScope reads, 1 are in languages"), warnings);
    }

    @Test
    void theSameInputsGiveTheSameResults() throws Exception {
        String a = Db.fresh(database), b = Db.fresh(database);
        // each run builds its own matchers, as two separate JVMs would (there is no ranking cache to
        // share: a call's scores depend only on the call, see RankingEngine)
        SkillScopeJob.releaseMatchers();
        String runA = SkillScopeJob.run(spark, config(a, List.of())).runId();
        SkillScopeJob.releaseMatchers();
        String runB = SkillScopeJob.run(spark, config(b, List.of())).runId();
        Db.assertSameRows(a, b, List.of(
                "SELECT credential_id, skill_uri, confidence, contribution FROM credential_skills ORDER BY 1, 2",
                "SELECT credential_id, relevance, relevance_percentile, green, digital FROM credentials ORDER BY 1",
                "SELECT scope_type, scope, skill_uri, vacancies, shrunk_share, growth FROM skill_demand ORDER BY 1, 2, 3",
                "SELECT scope_type, scope, rank_no, skill_uri, gap_score FROM gaps ORDER BY 1, 2, 3",
                "SELECT scope_type, scope, rank_no, skills_json FROM gap_bundles ORDER BY 1, 2, 3"));
        assertNotEquals(runA, runB);
    }

    @Test
    void aboveTheDetailLimitVacancySkillsAndTheirSentencesGoToParquetOnly() throws Exception {
        String jdbc = Db.fresh(database);
        JobConfig small = config(jdbc, List.of());
        RunSummary s = SkillScopeJob.run(spark, new JobConfig(small.esco(), small.credentials(), small.vacancies(), jdbc,
                small.outDir(), small.cacheDir(), small.partitions(), 10));
        assertEquals("published", s.status());
        String run = "WHERE run_id='" + s.runId() + "'";
        assertEquals(List.of(), Db.rows(jdbc, "SELECT * FROM vacancy_skills " + run));
        assertEquals(List.of(), Db.rows(jdbc, "SELECT * FROM evidence_sentences " + run));
        assertEquals(s.vacancies(), Db.rows(jdbc, "SELECT * FROM vacancies " + run).size());
        Path out = tmp.resolve("out").resolve(s.runId());
        for (String table : List.of("vacancy_skills", "evidence_sentences")) {
            assertFalse(Files.exists(out.resolve(table + ".csv")) || Files.exists(out.resolve(table + ".jsonl")), table + ": no empty text files");
        }
        Dataset<Row> skills = spark.read().parquet(out.resolve("vacancy_skills").toString());
        Dataset<Row> sentences = spark.read().parquet(out.resolve("evidence_sentences").toString());
        // the columns of the database table and of the CSV below the limit
        assertEquals(List.of("vacancy_id", "skill_uri", "score", "sentence_id", "evidence_label", "source"), List.of(skills.columns()));
        assertEquals(List.of("sentence_id", "sentence"), List.of(sentences.columns()));
        assertEquals(((Number) s.counts().get("vacancySkillPairs")).longValue(), skills.count());
        assertEquals(sentences.count(), sentences.select("sentence_id").distinct().count());
        assertEquals(0, skills.join(sentences, skills.col("sentence_id").equalTo(sentences.col("sentence_id")), "left_anti").count(),
                "every vacancy skill names a stored sentence");
        assertEquals(0, sentences.join(skills, sentences.col("sentence_id").equalTo(skills.col("sentence_id")), "left_anti").count(),
                "every stored sentence is some vacancy skill's evidence");
        Dataset<Row> vacancyIds = spark.createDataset(Db.rows(jdbc, "SELECT vacancy_id FROM vacancies " + run).stream()
                .map(r -> r.substring(0, r.length() - 1)).toList(), Encoders.STRING()).toDF("id");
        assertEquals(0, skills.join(vacancyIds, skills.col("vacancy_id").equalTo(vacancyIds.col("id")), "left_anti").count(),
                "vacancy ids as in the vacancies table");
    }

    @Test
    void twoSentencesWithOneIdStopTheRunAndAreNamed() {
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("sentence_id", org.apache.spark.sql.types.DataTypes.LongType).add("sentence", org.apache.spark.sql.types.DataTypes.StringType);
        Dataset<Row> distinct = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(1L, "Write SQL."),
                org.apache.spark.sql.RowFactory.create(2L, "Lead a team.")), schema);
        assertDoesNotThrow(() -> PublishStage.requireDistinctIds(distinct));
        Dataset<Row> clash = distinct.union(spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(2L, "Cook pasta.")), schema));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PublishStage.requireDistinctIds(clash));
        assertTrue(e.getMessage().contains("id 2 ") && e.getMessage().contains("\"Cook pasta.\" and \"Lead a team.\""), e.getMessage());
    }

    /** Vacancies in Polish (labels given) and Greek (none): mapped by title, terms and inferred skills, or counted with a reason. */
    @Test
    @SuppressWarnings("unchecked")
    void vacanciesInAnotherLanguageGetTheirOccupationAndInferredSkillsOrAReason() throws Exception {
        org.skillscope.datasets.esco.Esco esco = org.skillscope.datasets.esco.EscoLoader.load(EscoSample.path());
        String cook = esco.occupations().values().stream().filter(o -> o.preferredLabel().equals("cook")).findFirst().orElseThrow().uri();
        String electrician = esco.occupations().values().stream().filter(o -> o.preferredLabel().equals("electrician")).findFirst().orElseThrow().uri();
        Path melo = Files.createDirectories(tmp.resolve("melo/pol_q_pl_c_pl"));
        Files.writeString(melo.resolve("corpus_elements.tsv"), "C1_pl_000\tkucharz\nC1_pl_001\tkucharka\nC2_pl_000\telektryk\nC3_pl_000\tnieznany\n");
        Files.writeString(melo.resolve("concept_mapping.tsv"), "C1_pl_000\t" + cook + "\nC1_pl_001\t" + cook + "\nC2_pl_000\t" + electrician
                + "\nC3_pl_000\thttp://data.europa.eu/esco/occupation/not-in-this-version\n");
        Path ads = tmp.resolve("pl-el.csv");
        Files.writeString(ads, "id,title,description,country,region,date,occupation_code,language,sector\n"
                + "pl1,Kucharz,Przygotowywanie posiłków w restauracji. Znajomość PHP mile widziana.,PL,,2025-03-01,,pl,Hospitality\n"
                + "pl2,Zzyzx qwerty,Praca w magazynie.,PL,,2025-03-02,,pl,Logistics\n"
                + "el1,Μάγειρας,Προετοιμασία γευμάτων στο εστιατόριο.,GR,,2025-03-03,,el,Hospitality\n", StandardCharsets.UTF_8);
        String jdbc = Db.fresh(database);
        RunSummary s = SkillScopeJob.run(spark, config(jdbc, List.of(ads)).withEscoLanguages(List.of(tmp.resolve("melo"))));

        java.util.Map<String, java.util.Map<String, Object>> langs = (java.util.Map<String, java.util.Map<String, Object>>) s.counts().get("languages");
        assertEquals(2L, langs.get("pl").get("mapped"));
        assertEquals(1L, langs.get("pl").get("withOccupation"));
        assertEquals(1L, langs.get("pl").get("withoutOccupation"), "the nonsense title gets no occupation, and says why");
        assertNotNull(langs.get("pl").get("withoutOccupationReason"));
        assertEquals(1L, langs.get("el").get("notMapped"));
        assertNotNull(langs.get("el").get("reason"));
        String run = s.runId();
        assertEquals(List.of(cook + "|"), Db.rows(jdbc, "SELECT occupation_uri FROM vacancies WHERE run_id='" + run + "' AND vacancy_id LIKE '%pl1'"));
        List<String> inferred = Db.rows(jdbc, "SELECT skill_uri FROM vacancy_skills WHERE run_id='" + run + "' AND vacancy_id LIKE '%pl1' AND source='inferred'");
        long essential = esco.occupationSkillRelations().stream().filter(r -> r.occupationUri().equals(cook) && r.essential()
                && esco.skills().containsKey(r.skillUri())).count();
        assertFalse(inferred.isEmpty());
        assertTrue(inferred.size() <= essential, inferred.size() + " inferred of " + essential + " essential skills");
        boolean php = esco.skills().values().stream().anyMatch(k -> k.preferredLabel().equals("PHP"));
        if (php) {
            assertEquals(List.of("stated|PHP|"), Db.rows(jdbc, "SELECT v.source, k.evidence_label FROM vacancy_skills v JOIN vacancy_skills k "
                    + "ON k.run_id = v.run_id AND k.vacancy_id = v.vacancy_id AND k.skill_uri = v.skill_uri WHERE v.run_id='" + run
                    + "' AND v.vacancy_id LIKE '%pl1' AND v.source='stated'"));
        }
        // demand knows which of its vacancies only imply a skill
        assertFalse(Db.rows(jdbc, "SELECT skill_uri FROM skill_demand WHERE run_id='" + run + "' AND inferred_vacancies > 0").isEmpty());
        assertTrue(Db.rows(jdbc, "SELECT skill_uri FROM skill_demand WHERE run_id='" + run + "' AND inferred_vacancies > vacancies").isEmpty());
    }
}
