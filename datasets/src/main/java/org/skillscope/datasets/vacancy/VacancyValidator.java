package org.skillscope.datasets.vacancy;

import org.skillscope.datasets.validation.Finding;
import org.skillscope.datasets.validation.LoadResult;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the raw records of one file into vacancies, rejects and findings. One instance per file:
 * it remembers the ids seen so far to reject duplicates. {@link #evaluate} is the per-record part
 * alone, for callers that validate records in parallel and apply the id rule themselves.
 *
 * <p>Rejects: structural damage, broken encoding (U+FFFD), a field over {@link #MAX_FIELD_CHARS},
 * missing id, duplicate id, neither title nor description, unparseable date.
 * Findings (record kept): empty title or description, missing region, date, country or language,
 * country name contradicting the country code.
 */
public final class VacancyValidator {
    /** Longest accepted field, in characters (100 KB); real ads are under 40,000. */
    public static final int MAX_FIELD_CHARS = 100 * 1024;

    private static final Pattern ISO_ALPHA2 = Pattern.compile("[A-Za-z]{2}");
    private static final Map<String, String> COUNTRY_BY_NAME = countriesByEnglishName();

    private final VacancyMapping mapping;
    private final LanguageDetector languages;
    private final String file;
    private final LoadResult.Builder<Vacancy> out;
    private final DateTimeFormatter dates;
    private final Map<String, Long> firstLineOfId = new HashMap<>();

    VacancyValidator(VacancyMapping mapping, LanguageDetector languages, LoadResult.Builder<Vacancy> out) {
        this(mapping, languages, out.file(), out);
    }

    /** A validator for {@link #evaluate} only: records checked one by one, the id rule applied by the caller. */
    public VacancyValidator(VacancyMapping mapping, LanguageDetector languages, String file) {
        this(mapping, languages, file, null);
    }

    private VacancyValidator(VacancyMapping mapping, LanguageDetector languages, String file, LoadResult.Builder<Vacancy> out) {
        this.mapping = mapping;
        this.languages = languages;
        this.file = file;
        this.out = out;
        this.dates = mapping.dateFormat() == null ? null : DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
    }

    /**
     * What one record gives on its own. The only rule that needs the other records of the file is the
     * duplicate id: it comes after the structural and id checks ({@code beforeIdRule}) and before the
     * others, and an id is taken by the first record of the file that passes every check.
     *
     * @param id       the record's id; null when rejected before it was known
     * @param field    field of the rejection (null when the record passes)
     * @param reason   why it is rejected (null when it passes)
     * @param vacancy  the vacancy when it passes
     * @param findings data-quality notes, kept only if the vacancy is accepted
     */
    /** How the finding that drops a region starts. */
    public static final String REGION_DROPPED = "region dropped:";

    public record Checked(long line, String id, String field, String reason, boolean beforeIdRule, Vacancy vacancy,
                          List<Finding> findings) {
        public boolean passes() {
            return reason == null;
        }

        /** The source's region was dropped because the ad's country names another country (a data-quality finding). */
        public boolean regionDropped() {
            return findings.stream().anyMatch(f -> f.message().startsWith(REGION_DROPPED));
        }
    }

    void check(RawRecord rec) {
        Checked c = evaluate(rec);
        if (!c.passes() && c.beforeIdRule()) {
            out.reject(c.line(), c.field(), c.reason(), rec.raw());
            return;
        }
        Long first = firstLineOfId.get(c.id());
        if (first != null) {
            out.reject(c.line(), mapping.idColumn(), duplicateReason(c.id(), first), rec.raw());
            return;
        }
        if (!c.passes()) {
            out.reject(c.line(), c.field(), c.reason(), rec.raw());
            return;
        }
        c.findings().forEach(f -> out.finding(f.line(), f.recordId(), f.field(), f.message()));
        firstLineOfId.put(c.id(), c.line());
        out.accept(c.vacancy());
    }

    /** The field a duplicate id is reported on. */
    public String idField() {
        return mapping.idColumn();
    }

    public static String duplicateReason(String id, long firstLine) {
        return "duplicate id '" + id + "' (first at line " + firstLine + ")";
    }

    /** Checks one record on its own (see {@link Checked}); detects the language when the source gives none. */
    public Checked evaluate(RawRecord rec) {
        long line = rec.line();
        if (rec.error() != null) return early(line, null, rec.errorField(), rec.error());
        for (String column : mapping.columns()) {
            String v = rec.values().get(column);
            if (v == null) continue;
            if (v.indexOf('\uFFFD') >= 0) {
                return early(line, null, column, "broken encoding: U+FFFD replacement character (malformed UTF-8 in the file,"
                        + " or text damaged before it was saved)");
            }
            if (v.length() > MAX_FIELD_CHARS) {
                return early(line, null, column, "oversized field: " + v.length() + " characters, limit " + MAX_FIELD_CHARS);
            }
        }
        String id = text(rec, mapping.idColumn());
        if (id == null) return early(line, null, mapping.idColumn(), "missing id");
        String title = text(rec, mapping.titleColumn());
        String description = text(rec, mapping.descriptionColumn());
        if (title == null && description == null) {
            return late(line, id, both(mapping.titleColumn(), mapping.descriptionColumn()), "neither title nor description");
        }
        List<Finding> findings = new java.util.ArrayList<>();
        LocalDate date = null;
        String rawDate = text(rec, mapping.dateColumn());
        if (rawDate != null) {
            try {
                date = LocalDate.parse(rawDate, dates);
            } catch (DateTimeParseException e) {
                return late(line, id, mapping.dateColumn(), "unparseable date '" + rawDate + "', expected " + mapping.dateFormat());
            }
        } else if (mapping.dateColumn() != null) {
            findings.add(new Finding(file, line, id, mapping.dateColumn(), "missing date"));
        }

        if (title == null) findings.add(new Finding(file, line, id, mapping.titleColumn(), "empty title (description only)"));
        if (description == null && mapping.descriptionColumn() != null)
            findings.add(new Finding(file, line, id, mapping.descriptionColumn(), "empty description (title only)"));
        String country = country(rec, line, id, findings);
        String region = region(rec);
        String named = countryByName(rec);
        if (region != null && country != null && named != null && !named.equals(country)) {
            // EURES lists some German jobs under the portal of the country that posted them ("PT / Bavaria"):
            // the region is not in the ad's country, so it would make a scope that mixes two countries
            findings.add(new Finding(file, line, id, String.join("/", mapping.regionColumns()), REGION_DROPPED + " '" + region
                    + "' is in " + named + ", not in the ad's country " + country));
            region = null;
        } else if (region == null && !mapping.regionColumns().isEmpty())
            findings.add(new Finding(file, line, id, String.join("/", mapping.regionColumns()), "missing region"
                    + locationNote(rec)));
        String language = text(rec, mapping.languageColumn());
        if (language != null) language = language.toLowerCase(Locale.ROOT);
        else {
            language = languages.detect(title == null ? description : description == null ? title : title + ". " + description);
            if (language == null) findings.add(new Finding(file, line, id, "language", "language not detected"));
        }
        Vacancy v = new Vacancy(id, title, description, country, region, date,
                text(rec, mapping.occupationCodeColumn()), language, text(rec, mapping.sectorColumn()),
                mapping.source(), file, line);
        return new Checked(line, id, null, null, false, v, List.copyOf(findings));
    }

    private static Checked early(long line, String id, String field, String reason) {
        return new Checked(line, id, field, reason, true, null, List.of());
    }

    private static Checked late(long line, String id, String field, String reason) {
        return new Checked(line, id, field, reason, false, null, List.of());
    }

    /** The ISO code of the country the name column names, if it names one we know. */
    private String countryByName(RawRecord rec) {
        String name = text(rec, mapping.countryNameColumn());
        return name == null ? null : COUNTRY_BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    private String country(RawRecord rec, long line, String id, List<Finding> findings) {
        String code = text(rec, mapping.countryCodeColumn());
        String name = text(rec, mapping.countryNameColumn());
        String fromName = countryByName(rec);
        if (code != null && !ISO_ALPHA2.matcher(code).matches()) {
            findings.add(new Finding(file, line, id, mapping.countryCodeColumn(), "not an ISO 3166 alpha-2 code: '" + code + "'"));
            code = null;
        }
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (code.equals("UK")) code = "GB";
            if (fromName != null && !fromName.equals(code))
                findings.add(new Finding(file, line, id, mapping.countryNameColumn(), "country '" + name + "' contradicts code '"
                        + code + "'; kept the code"));
            return code;
        }
        if (fromName != null) return fromName;
        if (mapping.fixedCountry() != null) return mapping.fixedCountry();
        findings.add(new Finding(file, line, id, "country", "missing country" + (name == null ? "" : ": unknown name '" + name + "'")));
        return null;
    }

    private String region(RawRecord rec) {
        List<String> values = mapping.regionColumns().stream().map(c -> text(rec, c)).toList();
        return switch (mapping.regionRule()) {
            case AS_GIVEN -> values.stream().filter(v -> v != null).findFirst().orElse(null);
            case UK_NUTS1 -> UkRegions.of(values);
        };
    }

    private String locationNote(RawRecord rec) {
        String given = mapping.regionColumns().stream().map(c -> text(rec, c)).filter(v -> v != null)
                .collect(Collectors.joining(" / "));
        return given.isEmpty() ? "" : ": no region recognised in '" + given + "'";
    }

    /** The trimmed cell, or null when the column is unmapped, absent or blank. */
    private static String text(RawRecord rec, String column) {
        if (column == null) return null;
        String v = rec.values().get(column);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static String both(String a, String b) {
        return a == null ? b : b == null ? a : a + "/" + b;
    }

    private static Map<String, String> countriesByEnglishName() {
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            byName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // names used by sources that differ from the JDK's
        byName.putAll(Map.of("uk", "GB", "great britain", "GB", "czech republic", "CZ", "the netherlands", "NL"));
        return Map.copyOf(byName);
    }
}
