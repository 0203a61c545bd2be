package org.skillscope.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Rejection;
import org.skillscope.datasets.vacancy.Vacancy;
import org.skillscope.datasets.vacancy.VacancyLoader;
import org.skillscope.datasets.vacancy.VacancyMapping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Vacancies loaded in Spark give what the sequential loader and the driver-side dedup gave: the same
 * rejects in the same order, one vacancy per source:id chosen by the same tie-break, counts that reconcile.
 */
class VacancyIntakeTest {
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.session("local[2]", "skillscope-intake-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static String ad(String id, String title, String description, String language) {
        return "{\"id\":" + (id == null ? "null" : "\"" + id + "\"") + ",\"title\":" + (title == null ? "null" : "\"" + title + "\"")
                + ",\"description\":" + (description == null ? "null" : "\"" + description + "\"")
                + ",\"country\":\"DE\",\"region\":\"Bavaria\",\"date\":\"2025-03-01\",\"occupation_code\":null,\"language\":\""
                + language + "\",\"sector\":\"Health\"}\n";
    }

    /** Two files of one source: ids repeated within a file and across files, in every combination the rules distinguish. */
    private List<Path> files() throws Exception {
        Path a = tmp.resolve("a.jsonl"), b = tmp.resolve("b.jsonl");
        Files.writeString(a, ad("x1", "A x1", "Care.", "pl")          // not mappable: b's English copy wins
                + ad("x2", "A x2", "Care.", "en")                    // mappable and first: kept over b's
                + ad("x3", null, null, "en")                         // rejected on its own: the id stays free
                + ad("x3", "A x3", "Care.", "en")                    // takes x3
                + ad("x2", "A x2 again", "Care.", "en")              // duplicate id in the file (first at line 2)
                + "{not json\n"
                + ad(null, "no id", "Care.", "en")
                + ad("x4", "A x4", "Care.", "de")                    // neither copy mappable: the first read is kept
                + ad("x5", "A x5", "Care.", "pl")
                + ad("x5", null, null, "en"), StandardCharsets.UTF_8); // duplicate even though it would fail on its own
        Files.writeString(b, ad("x1", "B x1", "Care.", "en")
                + ad("x2", "B x2", "Care.", "en")
                + ad("x4", "B x4", "Care.", "fr")
                + ad("x6", "B x6", "Care.", "en"), StandardCharsets.UTF_8);
        return List.of(a, b);
    }

    @Test
    void rejectsDedupAndCountsMatchTheSequentialLoaderAndTheDriverSideDedup() throws Exception {
        List<Path> files = files();
        VacancyIntake.Loaded loaded = VacancyIntake.load(spark, files, 3);

        // reference: the sequential loader per file, then the dedup SkillScopeJob did on the driver
        List<String> expectedRejects = new ArrayList<>();
        Map<String, Vacancy> byKey = new TreeMap<>();
        long read = 0;
        for (Path f : files) {
            LoadResult<Vacancy> r = new VacancyLoader(text -> "en").read(f, VacancyMapping.detect(f));
            read += r.read();
            r.rejected().forEach(x -> expectedRejects.add(describe(x)));
            for (Vacancy v : r.accepted()) {
                String key = v.source() + ":" + v.id();
                Vacancy prev = byKey.get(key);
                if (prev == null || (!Corpus.mappable(prev.language()) && Corpus.mappable(v.language())))
                    byKey.put(key, v);
            }
        }
        assertEquals(expectedRejects, loaded.rejected().stream().map(VacancyIntakeTest::describe).toList());
        assertEquals(read, loaded.read());
        Map<String, String> kept = new TreeMap<>();
        for (Row r : loaded.vacancies().collectAsList()) kept.put(r.getAs("doc_id"), r.getAs("title"));
        assertEquals(byKey.values().stream().collect(Collectors.toMap(v -> "v:" + v.source() + ":" + v.id(), Vacancy::title,
                (x, y) -> x, TreeMap::new)), kept);
        // the text to map is the description alone: a bare title is no unit (it states no skill; it goes to the occupation)
        Map<String, String> texts = new TreeMap<>();
        for (Row r : loaded.vacancies().collectAsList()) texts.put(r.getAs("doc_id"), r.getAs("text"));
        assertEquals(byKey.values().stream().collect(Collectors.toMap(v -> "v:" + v.source() + ":" + v.id(),
                v -> v.description() == null ? "" : v.description(), (x, y) -> x, TreeMap::new)), texts);
        // the choices the rules make, spelled out
        assertEquals(List.of("B x1", "A x2", "A x3", "A x4", "A x5", "B x6"), List.copyOf(kept.values()));
        assertEquals(List.of(10L, 4L), loaded.files().stream().map(n -> n[0]).toList());
        assertEquals(List.of(5L, 0L), loaded.files().stream().map(n -> n[1]).toList());

        // two courses: one in Spanish (declared), one of no declared language written in English
        List<org.skillscope.datasets.credential.Credential> courses = List.of(
                course("es-1", "es", "Fundamentos de la gestión de proyectos", "Describir las destrezas y funciones de la gestión de proyectos."),
                course("en-1", null, "Project Management Foundations", "Describe the skills and roles of project management."));
        Inputs in = new Inputs(courses, loaded, loaded.rejected(), loaded.read(), List.of());
        Corpus corpus = Corpus.of(in, org.skillscope.core.demand.DemandParams.DEFAULTS);
        // only outcomes the English matcher reads are mapped; the others are counted by language
        assertEquals(List.of("Describe the skills and roles of project management."),
                corpus.credentialDocs().stream().map(r -> r.getString(1)).toList());
        assertEquals(1, corpus.credentialsNotMapped());
        assertEquals(Map.of("en", 1L, "es", 1L), corpus.credentialsByLanguage());
        assertEquals(6, corpus.vacancyCount());
        assertEquals(3, corpus.duplicateVacancies()); // 9 accepted records, 6 vacancies
        assertEquals(4, corpus.mappedVacancies());
        assertEquals(Map.of("de", 1L, "en", 4L, "pl", 1L), corpus.languages());
        // the coverage of the figures counts the mapped vacancies only; the two in other languages count apart
        assertEquals(4, corpus.coverage().vacancies());
        assertEquals(2, corpus.coverage().notMapped());
        assertEquals(4, corpus.coverage().bySource().values().stream().mapToLong(Long::longValue).sum());
    }

    private static org.skillscope.datasets.credential.Credential course(String id, String language, String title, String outcome) {
        return new org.skillscope.datasets.credential.Credential(id, null, title, null, "Body", null,
                List.of(new org.skillscope.datasets.credential.LearningOutcome(outcome, List.of())), null, null, null, null, null,
                null, null, null, null, null, language, null, "coursera", "courses.csv", 2);
    }

    private static String describe(Rejection r) {
        return Path.of(r.file()).getFileName() + ":" + r.line() + " [" + r.field() + "] " + r.reason();
    }
}
