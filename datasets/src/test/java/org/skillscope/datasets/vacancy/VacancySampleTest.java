package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VacancySampleTest {

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("skillscope.sample.regenerate")) VacancySampleGenerator.write(VacancySampleGenerator.TARGET);
        // compare with the source tree's file: the classpath copy may predate a regeneration
        assertEquals(VacancySampleGenerator.generate(),
                Files.readString(VacancySampleGenerator.TARGET, StandardCharsets.UTF_8),
                "sample is stale: mvn -B -pl datasets test -Dtest=VacancySampleTest -Dskillscope.sample.regenerate=true");
    }

    @Test
    void sampleIsOneClasspathFile() {
        List<Path> files = VacancySample.files();
        assertEquals(1, files.size());
        assertTrue(Files.isRegularFile(files.get(0)) && files.get(0).endsWith("vacancies.csv"), files.toString());
    }

    @Test
    void generatorIsReproducible() {
        assertEquals(VacancySampleGenerator.generate(), VacancySampleGenerator.generate());
    }

    @Test
    void sampleLoadsCleanlyWithTrendsAcrossCountriesAndMonths() {
        Path file = VacancySample.files().get(0);
        assertEquals(VacancyMapping.SKILLSCOPE, VacancyMapping.detect(file));
        LoadResult<Vacancy> r = new VacancyLoader(text -> null).read(file);
        assertEquals(VacancySampleGenerator.COUNT, r.read());
        assertEquals(VacancySampleGenerator.COUNT, r.accepted().size());
        assertEquals(List.of(), r.rejected());
        assertEquals(List.of(), r.findings());

        assertEquals(Set.of("DE", "FR", "ES", "IE", "PL", "NL", "IT"),
                r.accepted().stream().map(Vacancy::country).collect(Collectors.toSet()));
        Map<Integer, Long> byMonth = r.accepted().stream()
                .collect(Collectors.groupingBy(v -> v.date().getMonthValue(), TreeMap::new, Collectors.counting()));
        assertEquals(12, byMonth.size(), "every month of 2025 has ads: " + byMonth);
        assertTrue(r.accepted().stream().allMatch(v -> v.date().getYear() == 2025 && v.language().equals("en")));
        assertEquals(VacancySampleGenerator.TYPES.size(), r.accepted().stream()
                .map(v -> typeOf(v.title())).distinct().count(), "every job type appears");

        // green jobs grow: more solar/heat-pump/wind ads in the second half of the year than in the first
        long greenH1 = count(r, Set.of("Solar PV Installer", "Heat Pump Installer", "Wind Turbine Technician"), 1, 6);
        long greenH2 = count(r, Set.of("Solar PV Installer", "Heat Pump Installer", "Wind Turbine Technician"), 7, 12);
        assertTrue(greenH2 > greenH1, "green ads H1 " + greenH1 + " vs H2 " + greenH2);
    }

    @Test
    void someAdsCarryBoilerplateAndOccupationCodes() {
        LoadResult<Vacancy> r = new VacancyLoader(text -> "en").read(VacancySample.files().get(0));
        long equalOpportunity = r.accepted().stream().filter(v -> v.description().contains("equal opportunities")
                || v.description().contains("diversity") || v.description().contains("disabilities")).count();
        long withCode = r.accepted().stream().filter(v -> v.occupationCode() != null).count();
        assertTrue(equalOpportunity > 0 && equalOpportunity < r.accepted().size(), "equal-opportunity ads " + equalOpportunity);
        assertTrue(withCode > 0 && withCode < r.accepted().size(), "ads with an ISCO code " + withCode);
    }

    private static long count(LoadResult<Vacancy> r, Set<String> types, int fromMonth, int toMonth) {
        return r.accepted().stream().filter(v -> types.contains(typeOf(v.title())))
                .filter(v -> !v.date().isBefore(LocalDate.of(2025, fromMonth, 1))
                        && v.date().getMonthValue() <= toMonth).count();
    }

    private static String typeOf(String title) {
        return VacancySampleGenerator.TYPES.stream().filter(t -> t.titleVariants().contains(title))
                .map(VacancySampleGenerator.JobType::title).findFirst().orElseThrow(() -> new AssertionError(title));
    }
}
