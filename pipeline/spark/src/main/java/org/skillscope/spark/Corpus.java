package org.skillscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.skillscope.core.demand.Coverage;
import org.skillscope.core.demand.DemandParams;
import org.skillscope.core.demand.GrowthWindows;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLanguage;
import org.skillscope.datasets.vacancy.EuLanguageDetector;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Vacancies and credential outcome texts as the job sees them: deduplicated, keyed, dated by half.
 * The vacancies stay in Spark; the driver keeps only their counts by language and month.
 */
record Corpus(Dataset<Row> vacancies, List<Credential> credentials, long vacancyCount, long mappedVacancies,
              long duplicateVacancies, Map<String, Long> languages, TreeSet<YearMonth> months, Coverage coverage,
              Map<Credential, String> credentialLanguages) {

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
        // the detector's profiles take half a second to load: only when there are credentials to read
        Map<Credential, String> credentialLanguages = new IdentityHashMap<>();
        EuLanguageDetector detector = in.credentials().isEmpty() ? null : EuLanguageDetector.create();
        for (Credential c : in.credentials()) credentialLanguages.put(c, CredentialLanguage.of(c, detector));
        return new Corpus(withHalf, in.credentials(), total, mapped, accepted - total, languages, new TreeSet<>(datedByMonth.keySet()), coverage,
                credentialLanguages);
    }

    private static Object[] yms(java.util.function.Predicate<YearMonth> in, Map<YearMonth, Long> months) {
        return months.keySet().stream().filter(in).map(YearMonth::toString).sorted().toArray();
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? Coverage.UNKNOWN : s;
    }

    /** The matcher is English: other languages are kept and counted, not mapped. */
    static boolean mappable(String language) {
        return CredentialLanguage.english(language);
    }

    /**
     * One document per learning outcome, so evidence points at the outcome; only credentials in English (or of no
     * known language): the others keep their declared skills and are counted ({@link #credentialsByLanguage}).
     */
    List<Row> credentialDocs() {
        List<Row> rows = new ArrayList<>();
        for (Credential c : credentials) {
            if (!mappable(credentialLanguages.get(c))) continue;
            for (String o : c.outcomeTexts()) rows.add(RowFactory.create(DocId.credential(c), o));
        }
        return rows;
    }

    /** Credentials by the language of their outcomes (declared, else detected; "unknown" when neither tells). */
    Map<String, Long> credentialsByLanguage() {
        Map<String, Long> out = new TreeMap<>();
        for (Credential c : credentials) {
            String l = credentialLanguages.get(c);
            out.merge(l == null ? "unknown" : l, 1L, Long::sum);
        }
        return out;
    }

    /** Whether the matcher reads the language of a credential's outcomes. */
    boolean languageCovered(Credential c) {
        return mappable(credentialLanguages.get(c));
    }

    /** Credentials whose outcomes the English matcher does not read (their declared skills still count). */
    long credentialsNotMapped() {
        return credentials.stream().filter(c -> !mappable(credentialLanguages.get(c))).count();
    }

    String firstMonth() {
        return months.isEmpty() ? "n/a" : months.first().toString();
    }

    String lastMonth() {
        return months.isEmpty() ? "n/a" : months.last().toString();
    }
}
