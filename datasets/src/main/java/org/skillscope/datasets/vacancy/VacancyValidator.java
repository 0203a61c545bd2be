package org.skillscope.datasets.vacancy;

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
 * it remembers the ids seen so far to reject duplicates.
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
    private final LoadResult.Builder<Vacancy> out;
    private final DateTimeFormatter dates;
    private final Map<String, Long> firstLineOfId = new HashMap<>();

    VacancyValidator(VacancyMapping mapping, LanguageDetector languages, LoadResult.Builder<Vacancy> out) {
        this.mapping = mapping;
        this.languages = languages;
        this.out = out;
        this.dates = mapping.dateFormat() == null ? null : DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
    }

    void check(VacancyReader.RawRecord rec) {
        long line = rec.line();
        if (rec.error() != null) {
            out.reject(line, rec.errorField(), rec.error(), rec.raw());
            return;
        }
        for (String column : mapping.columns()) {
            String v = rec.values().get(column);
            if (v == null) continue;
            if (v.indexOf('\uFFFD') >= 0) {
                out.reject(line, column, "broken encoding: U+FFFD replacement character (malformed UTF-8 in the file,"
                        + " or text damaged before it was saved)", rec.raw());
                return;
            }
            if (v.length() > MAX_FIELD_CHARS) {
                out.reject(line, column, "oversized field: " + v.length() + " characters, limit " + MAX_FIELD_CHARS,
                        rec.raw());
                return;
            }
        }
        String id = text(rec, mapping.idColumn());
        if (id == null) {
            out.reject(line, mapping.idColumn(), "missing id", rec.raw());
            return;
        }
        Long first = firstLineOfId.get(id);
        if (first != null) {
            out.reject(line, mapping.idColumn(), "duplicate id '" + id + "' (first at line " + first + ")", rec.raw());
            return;
        }
        String title = text(rec, mapping.titleColumn());
        String description = text(rec, mapping.descriptionColumn());
        if (title == null && description == null) {
            out.reject(line, both(mapping.titleColumn(), mapping.descriptionColumn()),
                    "neither title nor description", rec.raw());
            return;
        }
        LocalDate date = null;
        String rawDate = text(rec, mapping.dateColumn());
        if (rawDate != null) {
            try {
                date = LocalDate.parse(rawDate, dates);
            } catch (DateTimeParseException e) {
                out.reject(line, mapping.dateColumn(), "unparseable date '" + rawDate + "', expected "
                        + mapping.dateFormat(), rec.raw());
                return;
            }
        } else if (mapping.dateColumn() != null) {
            out.finding(line, id, mapping.dateColumn(), "missing date");
        }

        if (title == null) out.finding(line, id, mapping.titleColumn(), "empty title (description only)");
        if (description == null && mapping.descriptionColumn() != null)
            out.finding(line, id, mapping.descriptionColumn(), "empty description (title only)");
        String country = country(rec, line, id);
        String region = region(rec);
        if (region == null && !mapping.regionColumns().isEmpty())
            out.finding(line, id, String.join("/", mapping.regionColumns()), "missing region"
                    + locationNote(rec));
        String language = text(rec, mapping.languageColumn());
        if (language != null) language = language.toLowerCase(Locale.ROOT);
        else {
            language = languages.detect(title == null ? description : description == null ? title : title + ". " + description);
            if (language == null) out.finding(line, id, "language", "language not detected");
        }
        firstLineOfId.put(id, line);
        out.accept(new Vacancy(id, title, description, country, region, date,
                text(rec, mapping.occupationCodeColumn()), language, text(rec, mapping.sectorColumn()),
                mapping.source(), out.file(), line));
    }

    private String country(VacancyReader.RawRecord rec, long line, String id) {
        String code = text(rec, mapping.countryCodeColumn());
        String name = text(rec, mapping.countryNameColumn());
        String fromName = name == null ? null : COUNTRY_BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (code != null && !ISO_ALPHA2.matcher(code).matches()) {
            out.finding(line, id, mapping.countryCodeColumn(), "not an ISO 3166 alpha-2 code: '" + code + "'");
            code = null;
        }
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (code.equals("UK")) code = "GB";
            if (fromName != null && !fromName.equals(code))
                out.finding(line, id, mapping.countryNameColumn(), "country '" + name + "' contradicts code '"
                        + code + "'; kept the code");
            return code;
        }
        if (fromName != null) return fromName;
        if (mapping.fixedCountry() != null) return mapping.fixedCountry();
        out.finding(line, id, "country", "missing country" + (name == null ? "" : ": unknown name '" + name + "'"));
        return null;
    }

    private String region(VacancyReader.RawRecord rec) {
        List<String> values = mapping.regionColumns().stream().map(c -> text(rec, c)).toList();
        return switch (mapping.regionRule()) {
            case AS_GIVEN -> values.stream().filter(v -> v != null).findFirst().orElse(null);
            case UK_NUTS1 -> UkRegions.of(values);
        };
    }

    private String locationNote(VacancyReader.RawRecord rec) {
        String given = mapping.regionColumns().stream().map(c -> text(rec, c)).filter(v -> v != null)
                .collect(Collectors.joining(" / "));
        return given.isEmpty() ? "" : ": no region recognised in '" + given + "'";
    }

    /** The trimmed cell, or null when the column is unmapped, absent or blank. */
    private static String text(VacancyReader.RawRecord rec, String column) {
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
