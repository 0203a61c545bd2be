package org.skillscope.datasets.vacancy;

import org.skillscope.datasets.DatasetException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which source column (CSV header name or JSON Lines key) feeds which {@link Vacancy} field.
 * A {@code null} column means the source has no such field. Immutable; one instance per source
 * layout. The ready mappings are constants, selectable by {@link #named(String)} or picked from a
 * file's header by {@link #detect(Path)}.
 *
 * @param name                 mapping name, e.g. {@code adzuna-uk}
 * @param source               value for {@link Vacancy#source()}
 * @param idColumn             required
 * @param titleColumn          at least one of title and description must be set per record
 * @param descriptionColumn    see titleColumn
 * @param countryCodeColumn    ISO 3166 alpha-2 code column (wins over the name column)
 * @param countryNameColumn    English country name, used when there is no code (and cross-checked)
 * @param fixedCountry         ISO code for sources from one country (used when no column gives one)
 * @param regionColumns        columns the region comes from, read by {@code regionRule}
 * @param regionRule           how the region is derived from {@code regionColumns}
 * @param dateColumn           publication date column
 * @param dateFormat           {@link java.time.format.DateTimeFormatter} pattern of {@code dateColumn}
 * @param occupationCodeColumn an ESCO/ISCO code given by the source
 * @param languageColumn       ISO 639-1 code given by the source; detected from the text when blank
 * @param sectorColumn         the source's category or sector
 * @param signature            the exact header of the known source file (used by {@link #detect});
 *                             empty for mappings built by users
 */
public record VacancyMapping(
        String name,
        String source,
        String idColumn,
        String titleColumn,
        String descriptionColumn,
        String countryCodeColumn,
        String countryNameColumn,
        String fixedCountry,
        List<String> regionColumns,
        RegionRule regionRule,
        String dateColumn,
        String dateFormat,
        String occupationCodeColumn,
        String languageColumn,
        String sectorColumn,
        List<String> signature) implements java.io.Serializable {

    /** How the region is derived from the region columns. */
    public enum RegionRule {
        /** The first non-blank region column, as given. */
        AS_GIVEN,
        /** A UK NUTS 1 region (e.g. "South East", "Scotland") recognised in free-text locations. */
        UK_NUTS1
    }

    public VacancyMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(idColumn, "idColumn");
        if (titleColumn == null && descriptionColumn == null)
            throw new IllegalArgumentException("mapping " + name + ": needs a title or a description column");
        if (dateColumn != null && dateFormat == null)
            throw new IllegalArgumentException("mapping " + name + ": dateColumn needs a dateFormat");
        regionColumns = regionColumns == null ? List.of() : List.copyOf(regionColumns);
        regionRule = regionRule == null ? RegionRule.AS_GIVEN : regionRule;
        signature = signature == null ? List.of() : List.copyOf(signature);
    }

    /** Our own documented format (docs/formats/vacancies.md), CSV or JSON Lines. */
    public static final VacancyMapping SKILLSCOPE = new VacancyMapping("skillscope", "skillscope",
            "id", "title", "description", "country", null, null, List.of("region"), RegionRule.AS_GIVEN,
            "date", "yyyy-MM-dd", "occupation_code", "language", "sector",
            List.of("id", "title", "description", "country", "region", "date", "occupation_code", "language", "sector"));

    /** Adzuna UK job-salary data (2013): no dates; all in the UK. */
    public static final VacancyMapping ADZUNA_UK = new VacancyMapping("adzuna-uk", "adzuna-uk",
            "Id", "Title", "FullDescription", null, null, "GB",
            List.of("LocationRaw", "LocationNormalized"), RegionRule.UK_NUTS1,
            null, null, null, null, "Category",
            List.of("Id", "Title", "FullDescription", "LocationRaw", "LocationNormalized", "ContractType",
                    "ContractTime", "Company", "Category", "SalaryRaw", "SalaryNormalized", "SourceName"));

    /** EURES 2025 scrape, ads in their original languages. */
    public static final VacancyMapping EURES = eures("eures", List.of("job_id", "job_title", "date", "company_name",
            "country", "country_code", "region", "field", "full_description", "coordinates"));

    /** The same EURES scrape machine-translated to English (same columns, another order). */
    public static final VacancyMapping EURES_EN = eures("eures-en", List.of("job_id", "job_title", "date",
            "company_name", "field", "country", "country_code", "region", "coordinates", "full_description"));

    /**
     * Both EURES files share one source (and job ids): a translated ad is the same ad, counted once by the job. Their
     * {@code field} is not read as a sector: it is the scraper's keyword guess, not the advertiser's category (187 of
     * Hungary's 195 ads, kitchen assistants and bakers among them, are "Cloud, DevOps &amp; Systems Engineering"; customer
     * support agents "Sustainability &amp; Green Technologies"), and a sector's demand and gaps built on it are wrong.
     */
    private static VacancyMapping eures(String name, List<String> signature) {
        return new VacancyMapping(name, "eures", "job_id", "job_title", "full_description", "country_code", "country",
                null, List.of("region"), RegionRule.AS_GIVEN, "date", "yyyy-MM-dd", null, null, null, signature);
    }

    /** The ready mappings, in the order {@link #detect} tries them. */
    public static List<VacancyMapping> ready() {
        return List.of(SKILLSCOPE, ADZUNA_UK, EURES, EURES_EN);
    }

    /** The ready mapping called {@code name}; the error lists the known names. */
    public static VacancyMapping named(String name) {
        return ready().stream().filter(m -> m.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst()
                .orElseThrow(() -> new DatasetException("unknown vacancy mapping '" + name + "'; known: " + knownNames()));
    }

    /** Picks the ready mapping that fits {@code file}'s header (CSV) or first record's keys (JSON Lines). */
    public static VacancyMapping detect(Path file) {
        return detect(file, VacancyReader.header(file));
    }

    /**
     * Picks the ready mapping for a header: an exact match with a known file's header first
     * (the two EURES files differ only in column order), else the first whose columns are all present.
     */
    static VacancyMapping detect(Path file, List<String> header) {
        List<String> trimmed = header.stream().map(String::trim).toList();
        for (VacancyMapping m : ready()) if (m.signature().equals(trimmed)) return m;
        Set<String> present = Set.copyOf(trimmed);
        for (VacancyMapping m : ready()) if (present.containsAll(m.columns())) return m;
        throw new DatasetException(file + ": no known vacancy mapping fits the columns found " + trimmed
                + "; known mappings: " + ready().stream()
                .map(m -> m.name() + " " + m.columns()).collect(Collectors.joining("; ")));
    }

    /** Every column this mapping reads, in field order. */
    public List<String> columns() {
        Set<String> cols = new LinkedHashSet<>();
        Stream.of(idColumn, titleColumn, descriptionColumn, countryCodeColumn, countryNameColumn)
                .filter(Objects::nonNull).forEach(cols::add);
        cols.addAll(regionColumns);
        Stream.of(dateColumn, occupationCodeColumn, languageColumn, sectorColumn).filter(Objects::nonNull).forEach(cols::add);
        return new ArrayList<>(cols);
    }

    /** The columns of {@link #columns()} missing from {@code header}. */
    List<String> missingFrom(List<String> header) {
        Set<String> present = header.stream().map(String::trim).collect(Collectors.toSet());
        return columns().stream().filter(c -> !present.contains(c)).toList();
    }

    private static String knownNames() {
        return ready().stream().map(VacancyMapping::name).collect(Collectors.joining(", "));
    }
}
