package org.skillscope.datasets.credential;

import org.skillscope.datasets.Clip;
import org.skillscope.datasets.Csv;
import org.skillscope.datasets.credential.internal.Admission;
import org.skillscope.datasets.credential.internal.Codes;
import org.skillscope.datasets.credential.internal.Texts;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Quarantine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads the SkillScope CSV catalogue: one row per micro-credential, one column per standard
 * element (see {@code docs/formats/credential-csv.md}). Columns are matched by name, in any order;
 * only {@link #REQUIRED_COLUMNS} must be present.
 *
 * <p>The learner id is replaced by {@link LearnerPseudonym} as soon as the row is read; the clear
 * value never reaches a record, a message or a quarantined raw line.
 */
public final class CredentialCsvLoader {
    public static final String SOURCE_FORMAT = "csv";

    /** Every column of the format, in the recommended order. */
    public static final List<String> COLUMNS = List.of(
            "id", "learner_id", "title", "issuer_country", "awarding_body", "issue_date", "learning_outcomes",
            "workload_ects", "eqf_level", "assessment_type", "participation_form", "quality_assurance",
            "prerequisites", "supervision_identity_verification", "grade", "integration_stackability",
            "further_information", "language", "url");

    public static final List<String> REQUIRED_COLUMNS = List.of("id", "title", "learning_outcomes");

    /** Outcomes in one cell are separated by a pipe (" | ") or by line breaks. */
    private static final Pattern OUTCOME_SEPARATOR = Pattern.compile("\\s*\\|\\s*|\\R");

    private final String salt;

    public CredentialCsvLoader(String salt) {
        this.salt = salt;
    }

    /** True when a header row (already split) names every required column: the dispatcher's test. */
    public static boolean isOwnHeader(List<String> header) {
        List<String> names = header.stream().map(CredentialCsvLoader::normalise).toList();
        return names.containsAll(REQUIRED_COLUMNS);
    }

    public LoadResult<Credential> load(Path file) {
        return load(file.toString(), Texts.readUtf8(file));
    }

    /** Loads decoded CSV text; {@code fileName} is used in rejections and records. */
    public LoadResult<Credential> load(String fileName, String text) {
        Admission in = new Admission(new LoadResult.Builder<>(fileName), true);
        char separator = Csv.separatorOf(fileName);
        Csv.Rows reader = Csv.rows(fileName, text, separator);
        if (!reader.hasNext()) {
            in.reject(1, "header", "empty file: no header line (expected columns " + String.join(",", COLUMNS) + ")", "");
            return in.out().build();
        }
        Csv.Row headerRecord = reader.next();
        List<String> header = headerRecord.fields().stream().map(CredentialCsvLoader::normalise).toList();
        Map<String, Integer> index = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) duplicates.add(header.get(i));
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        int learnerCol = index.getOrDefault("learner_id", -1);

        String headerProblem = null;
        if (headerRecord.unterminated()) headerProblem = "header has an unterminated quote";
        else if (!missing.isEmpty()) headerProblem = "header lacks required column(s) " + String.join(", ", missing)
                + " (found: " + Clip.counted(String.join(",", header), Texts.QUOTED_CHARS) + ")";
        else if (!duplicates.isEmpty()) headerProblem = "header repeats column(s) " + String.join(", ", duplicates);

        if (headerProblem != null) {
            // quarantine everything rather than guess: a missing header would otherwise eat the first row
            in.reject(headerRecord.line(), "header", headerProblem, Csv.line(headerRecord.fields(), separator));
            while (reader.hasNext()) {
                Csv.Row r = reader.next();
                // without a learner_id column no cell is known to be a learner id: keep no raw text then
                String raw = learnerCol >= 0 ? scrub(r.fields(), learnerCol, separator)
                        : "[raw text not kept: header unusable, learner column unknown; see the source line]";
                in.reject(r.line(), "header", "not loaded: " + headerProblem, raw);
            }
            return in.out().build();
        }
        for (String col : header) {
            if (!COLUMNS.contains(col)) in.out().finding(headerRecord.line(), null, col, "unknown column ignored: " + col);
        }

        while (reader.hasNext()) {
            Csv.Row r = reader.next();
            boolean malformed = r.error() != null || r.fields().size() != header.size();
            String raw = !malformed ? scrub(r.fields(), learnerCol, separator)
                    : learnerCol >= 0 ? scrubMalformed(r)
                    // the reader loses the value a quote left open: the source text shows it
                    : r.unterminated() ? Csv.linesFrom(text, r.line(), Quarantine.MAX_RAW_CHARS) : Csv.line(r.fields(), separator);
            if (r.unterminated()) {
                // the open value was the column after the ones read
                String field = r.fields().size() < header.size() ? header.get(r.fields().size()) : "";
                in.reject(r.line(), field, "unterminated quoted field at end of file (truncated file?)", raw);
                continue;
            }
            if (r.error() != null) {
                in.reject(r.line(), "", "malformed CSV: " + r.error(), raw);
                continue;
            }
            if (r.fields().size() != header.size()) {
                in.reject(r.line(), "", "record has " + r.fields().size() + " fields, header has " + header.size()
                        + " (truncated or badly quoted line?)", raw);
                continue;
            }
            Row row = new Row(index, r.fields());
            CredentialValidator.Problem sizeOrEncoding = null;
            for (int i = 0; i < header.size() && sizeOrEncoding == null; i++) {
                sizeOrEncoding = CredentialValidator.checkField(header.get(i), r.fields().get(i)).orElse(null);
            }
            if (sizeOrEncoding != null) {
                in.reject(r.line(), sizeOrEncoding.field(), sizeOrEncoding.reason(), raw);
                continue;
            }
            Credential c;
            try {
                c = toCredential(fileName, r.line(), row);
            } catch (InvalidFieldException e) {
                in.reject(r.line(), e.field(), e.reason(), raw);
                continue;
            }
            in.offer(c, raw);
        }
        return in.out().build();
    }

    private Credential toCredential(String fileName, long line, Row row) {
        List<LearningOutcome> outcomes = new ArrayList<>();
        String cell = row.get("learning_outcomes");
        if (cell != null) {
            for (String part : OUTCOME_SEPARATOR.split(cell)) {
                String t = Texts.stripBullet(part);
                if (t != null) outcomes.add(LearningOutcome.of(t));
            }
        }
        return new Credential(
                row.get("id"),
                LearnerPseudonym.of(row.get("learner_id"), salt),
                row.get("title"),
                Codes.country(row.get("issuer_country")),
                row.get("awarding_body"),
                CredentialValidator.parseDate("issue_date", row.get("issue_date")),
                outcomes,
                CredentialValidator.parseEcts("workload_ects", row.get("workload_ects")),
                CredentialValidator.parseEqf("eqf_level", row.get("eqf_level")),
                row.get("assessment_type"),
                row.get("participation_form"),
                row.get("quality_assurance"),
                row.get("prerequisites"),
                row.get("supervision_identity_verification"),
                row.get("grade"),
                row.get("integration_stackability"),
                row.get("further_information"),
                Codes.language(row.get("language")),
                row.get("url"),
                SOURCE_FORMAT,
                fileName,
                line);
    }

    /** The record as CSV with the learner cell replaced by its pseudonym: safe to quarantine. */
    private String scrub(List<String> fields, int learnerCol, char separator) {
        if (learnerCol < 0 || learnerCol >= fields.size()) return Csv.line(fields, separator);
        List<String> copy = new ArrayList<>(fields);
        String p = LearnerPseudonym.of(copy.get(learnerCol), salt);
        copy.set(learnerCol, p == null ? "" : p);
        return Csv.line(copy, separator);
    }

    /**
     * What is quarantined of a malformed record (an unterminated or stray quote, a wrong number of fields) in a file with a learner column.
     * A quote in the wrong place moves cells out of their columns (a quoted id can swallow the learner
     * cell beside it) and can swallow the following rows with their learner ids, so no cell can be
     * told safe: in a file with a learner column no raw text is kept, only its size (the line number
     * finds the record in the source). Found by fuzzing ({@code LoadersFuzzTest.credentialCsv}).
     */
    private static String scrubMalformed(Csv.Row r) {
        long chars = r.fields().stream().mapToLong(String::length).sum();
        int fields = r.fields().size() + (r.unterminated() ? 1 : 0); // the open value counts, though its text is lost
        return "[raw text not kept: a malformed record (" + fields + " fields, " + chars
                + " chars) in a file with a learner_id column may hold learner ids anywhere; see the source line]";
    }

    private static String normalise(String column) {
        return column.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** One data row, looked up by column name; blanks read as null. */
    private record Row(Map<String, Integer> index, List<String> fields) {
        String get(String column) {
            Integer i = index.get(column);
            return i == null ? null : Texts.blankToNull(fields.get(i));
        }
    }

}
