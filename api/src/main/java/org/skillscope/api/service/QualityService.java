package org.skillscope.api.service;

import org.skillscope.datasets.credential.StandardElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data quality of a run's inputs: the mandatory standard elements credentials lack (overall and by
 * provider), the languages of credentials and vacancies with how many were mapped, and what was rejected.
 */
public final class QualityService {
    private final Database db;

    /** The run's quality at a glance. */
    public record Summary(long credentials, long incomplete, List<Missing> missingByElement, List<CredentialLanguage> credentialLanguages,
                          List<VacancyLanguage> vacancyLanguages, List<FileRejects> quarantineByFile) {}

    /** A checked mandatory element and how many credentials (what share) lack it. */
    public record Missing(String element, long credentials, double share) {}

    /** Credentials in a language ("" unknown) and how many of them map to a skill. */
    public record CredentialLanguage(String language, long credentials, long mapped) {}

    /** Vacancies in a language ("" unknown) and how many of them were mapped. */
    public record VacancyLanguage(String language, long vacancies, long mapped) {}

    /** Input records of a file ("" unknown) the run rejected. */
    public record FileRejects(String file, long rejected) {}

    /** A provider with the mandatory elements its credentials lack: {@code missing} reads "quality_assurance: 12 | issue_date: 3". */
    public record Provider(String provider, long credentials, long incomplete, double incompleteShare, String missing) {}

    public QualityService(Database db) {
        this.db = db;
    }

    /** The run's quality at a glance: each checked mandatory element with how many credentials lack it, languages, rejects per file. */
    public Summary summary(String runId) {
        long credentials = db.count("SELECT COUNT(*) FROM credentials WHERE run_id=?", runId);
        Map<String, Long> missing = new LinkedHashMap<>();
        StandardElement.checkedMandatory().forEach(e -> missing.put(e.column(), 0L));
        long incomplete = 0;
        for (Map<String, Object> r : db.query("SELECT missing_elements, COUNT(*) AS n FROM credentials WHERE run_id=? "
                + "AND missing_elements IS NOT NULL AND missing_elements<>'' GROUP BY missing_elements", runId)) {
            long n = ((Number) r.get("n")).longValue();
            incomplete += n;
            for (String e : elements((String) r.get("missingElements"))) missing.merge(e, n, Long::sum);
        }
        List<Missing> byElement = new ArrayList<>();
        missing.forEach((e, n) -> byElement.add(new Missing(e, n, credentials == 0 ? 0.0 : (double) n / credentials)));
        return new Summary(credentials, incomplete, byElement,
                rows(CredentialLanguage.class, "SELECT COALESCE(language, '') AS language, COUNT(*) AS credentials, "
                        + "SUM(CASE WHEN skills>0 THEN 1 ELSE 0 END) AS mapped FROM credentials WHERE run_id=? "
                        + "GROUP BY COALESCE(language, '') ORDER BY COUNT(*) DESC, language", runId),
                rows(VacancyLanguage.class, "SELECT COALESCE(language, '') AS language, COUNT(*) AS vacancies, "
                        + "SUM(CASE WHEN mapped THEN 1 ELSE 0 END) AS mapped FROM vacancies WHERE run_id=? "
                        + "GROUP BY COALESCE(language, '') ORDER BY COUNT(*) DESC, language", runId),
                rows(FileRejects.class, "SELECT COALESCE(file, '') AS file, COUNT(*) AS rejected FROM quarantine WHERE run_id=? "
                        + "GROUP BY COALESCE(file, '') ORDER BY COUNT(*) DESC, file", runId));
    }

    private <T> List<T> rows(Class<T> type, String sql, Object... params) {
        return db.query(sql, params).stream().map(r -> Json.row(r, type)).toList();
    }

    /**
     * Providers with the mandatory elements their credentials lack, the least complete first; {@code missing}
     * reads "quality_assurance: 12 | issue_date: 3".
     */
    public Listing<Provider> providers(String runId, String q) {
        if (q != null && q.length() > 200) throw ApiException.badRequest("q is at most 200 characters");
        Map<String, long[]> counts = new TreeMap<>(); // provider -> credentials, incomplete
        Map<String, Map<String, Long>> missing = new TreeMap<>();
        String filter = q == null ? "" : " AND LOWER(COALESCE(awarding_body, '')) LIKE ? ESCAPE '!'";
        Object[] params = q == null ? new Object[] {runId} : new Object[] {runId, Database.contains(q.strip())};
        for (Map<String, Object> r : db.query("SELECT COALESCE(awarding_body, '') AS provider, missing_elements, COUNT(*) AS n FROM credentials "
                + "WHERE run_id=?" + filter + " GROUP BY COALESCE(awarding_body, ''), missing_elements", params)) {
            String p = (String) r.get("provider");
            long n = ((Number) r.get("n")).longValue();
            List<String> lacks = elements((String) r.get("missingElements"));
            long[] c = counts.computeIfAbsent(p, k -> new long[2]);
            c[0] += n;
            if (!lacks.isEmpty()) c[1] += n;
            Map<String, Long> m = missing.computeIfAbsent(p, k -> new LinkedHashMap<>());
            for (String e : lacks) m.merge(e, n, Long::sum);
        }
        List<Provider> rows = new ArrayList<>();
        counts.forEach((p, c) -> {
            StringBuilder sb = new StringBuilder();
            missing.get(p).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sb.append(sb.length() == 0 ? "" : " | ").append(e.getKey()).append(": ").append(e.getValue()));
            rows.add(new Provider(p, c[0], c[1], (double) c[1] / c[0], sb.toString()));
        });
        rows.sort(java.util.Comparator.comparingLong(Provider::incomplete).reversed().thenComparing(Provider::provider));
        return Listing.of(List.of("provider", "credentials", "incomplete", "incompleteShare", "missing"), rows);
    }

    static List<String> elements(String missingElements) {
        if (missingElements == null || missingElements.isBlank()) return List.of();
        return java.util.Arrays.stream(missingElements.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
