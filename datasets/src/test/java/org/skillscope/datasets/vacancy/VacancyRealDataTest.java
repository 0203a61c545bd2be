package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.LoadResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The three real vacancy files in ../shared/data: every row accounted for. The record counts were
 * taken independently with Python's csv module (2,499 / 2,372 / 1,110 rows, all with the header's
 * column count, no blank or duplicate ids).
 */
class VacancyRealDataTest {
    private static Path data;
    private static VacancyLoader loader;
    private static LoadResult<Vacancy> adzuna;
    private static LoadResult<Vacancy> batch2;
    private static LoadResult<Vacancy> english;

    @BeforeAll
    static void loadOnce() {
        String dir = System.getProperty("skillscope.data");
        data = dir == null ? null : Path.of(dir, "vacancies");
        assumeTrue(data != null && Files.isDirectory(data),
                "real vacancy data (" + data + ", system property skillscope.data) absent: skipped");
        loader = VacancyLoader.withEuLanguages();
        adzuna = loader.read(adzunaFile());
        batch2 = loader.read(batch2File());
        english = loader.read(englishFile());
    }

    private static Path adzunaFile() {
        return data.resolve("adzuna-uk-2013/Train_rev1.csv");
    }

    private static Path batch2File() {
        return data.resolve("eures-2025/European_jobs_batch2.csv");
    }

    private static Path englishFile() {
        return data.resolve("eures-2025/european_jobs_2.csv");
    }

    @Test
    void eachRealFileIsRecognisedFromItsHeader() {
        assertSame(VacancyMapping.ADZUNA_UK, VacancyMapping.detect(adzunaFile()));
        assertSame(VacancyMapping.EURES, VacancyMapping.detect(batch2File()));
        assertSame(VacancyMapping.EURES_EN, VacancyMapping.detect(englishFile()));
    }

    @Test
    void adzunaRowsAreAllAccountedFor() {
        assertEquals(2499, adzuna.read());
        assertEquals(adzuna.read(), adzuna.accepted().size() + adzuna.rejected().size());
        // one ad (Id 50738342) already carries "\uFFFD\uFFFD" in the source text: damaged upstream
        assertEquals(List.of("FullDescription"), adzuna.rejected().stream().map(r -> r.field()).toList());
        assertTrue(adzuna.rejected().get(0).raw().startsWith("50738342,"));
        assertTrue(adzuna.accepted().stream().allMatch(v -> v.country().equals("GB") && v.date() == null));
    }

    @Test
    void adzunaRegionsAreUkNuts1RegionsForMostAds() {
        Set<String> nuts1 = Set.of(UkRegions.NORTH_EAST, UkRegions.NORTH_WEST, UkRegions.YORKSHIRE,
                UkRegions.EAST_MIDLANDS, UkRegions.WEST_MIDLANDS, UkRegions.EAST, UkRegions.LONDON,
                UkRegions.SOUTH_EAST, UkRegions.SOUTH_WEST, UkRegions.WALES, UkRegions.SCOTLAND,
                UkRegions.NORTHERN_IRELAND);
        long withRegion = adzuna.accepted().stream().filter(v -> v.region() != null).count();
        assertTrue(adzuna.accepted().stream().allMatch(v -> v.region() == null || nuts1.contains(v.region())));
        long missing = adzuna.findings().stream().filter(f -> f.message().startsWith("missing region")).count();
        assertEquals(adzuna.accepted().size() - withRegion, missing, "every ad without a region has a finding");
        // 360 ads say only "UK"; the rest should nearly all resolve (ranges: the place table is heuristic)
        assertTrue(withRegion >= 2000, "ads with a region: " + withRegion);
        System.out.printf("adzuna: %d of %d accepted ads have a NUTS 1 region%n", withRegion, adzuna.accepted().size());
    }

    @Test
    void euresRowsAreAllAccountedFor() {
        assertEquals(2372, batch2.read());
        assertEquals(1110, english.read());
        assertEquals(2372, batch2.accepted().size());
        assertEquals(1110, english.accepted().size());
        assertTrue(batch2.accepted().stream().allMatch(v -> v.date() != null && v.date().getYear() == 2025));
        assertEquals(2372 - 11, batch2.accepted().stream().filter(v -> v.region() != null).count());
        // a few ads name Germany as country under another country's code and id prefix: the code is kept
        assertEquals(11, batch2.findings().stream().filter(f -> f.message().contains("contradicts code")).count());
        // ...and their regions (Bavaria, Berlin, Hamburg, North Rhine-Westphalia) are dropped, never scopes of PT, PL or HR
        assertEquals(11, batch2.findings().stream().filter(f -> f.message().startsWith(VacancyValidator.REGION_DROPPED)).count());
        assertTrue(batch2.accepted().stream().noneMatch(v -> v.region() != null && List.of("Bavaria", "Berlin", "Hamburg", "North Rhine-Westphalia")
                .contains(v.region())));
    }

    @Test
    void englishTranslationsAreDetectedAsEnglish() {
        Map<String, Long> languages = english.accepted().stream()
                .collect(Collectors.groupingBy(Vacancy::language, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("en", 1110L), languages);
    }

    @Test
    void originalLanguageAdsAreMostlyInTheirCountrysLanguage() {
        // The country is not ground truth: EURES carries English, German, French and Swedish ads too,
        // so this checks a floor per country, not exact counts.
        Map<String, String> national = Map.of("PL", "pl", "LV", "lv", "HR", "hr", "EE", "et", "HU", "hu",
                "RO", "ro", "LT", "lt", "BG", "bg", "PT", "pt", "CY", "el");
        Map<String, List<Vacancy>> byCountry = batch2.accepted().stream()
                .collect(Collectors.groupingBy(v -> v.id().substring(0, 2), TreeMap::new, Collectors.toList()));
        int agree = 0;
        for (Map.Entry<String, List<Vacancy>> e : byCountry.entrySet()) {
            String lang = national.get(e.getKey());
            long same = e.getValue().stream().filter(v -> lang.equals(v.language())).count();
            long en = e.getValue().stream().filter(v -> "en".equals(v.language())).count();
            agree += same;
            System.out.printf("eures batch2 %s: %d ads, %d %s, %d en, %d other%n", e.getKey(), e.getValue().size(),
                    same, lang, en, e.getValue().size() - same - en);
            if (!Set.of("CY", "PT", "BG").contains(e.getKey()))
                assertTrue(same >= 0.9 * e.getValue().size(), e.getKey() + ": " + same + "/" + e.getValue().size());
        }
        assertTrue(agree >= 0.85 * batch2.accepted().size(), "agreement " + agree);
        assertTrue(batch2.findings().stream().noneMatch(f -> f.message().equals("language not detected")));
    }

    @Test
    void languageDetectionIsDeterministic() {
        LanguageDetector other = EuLanguageDetector.create();
        for (Vacancy v : batch2.accepted())
            assertEquals(v.language(), other.detect(v.title() + ". " + v.description()), v.id());
    }
}
