package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.Finding;
import org.skillscope.datasets.validation.LoadResult;
import org.skillscope.datasets.validation.Rejection;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ready mappings on small hand-written fixtures, with exact counts. */
class VacancyLoaderTest {
    private static VacancyLoader loader;

    @BeforeAll
    static void buildLoaderOnce() {
        loader = VacancyLoader.withEuLanguages();
    }

    static Path fixture(String name) {
        try {
            return Path.of(VacancyLoaderTest.class.getResource("/vacancy/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test fixture missing: " + name, e);
        }
    }

    private static Map<String, Vacancy> byId(LoadResult<Vacancy> r) {
        return r.accepted().stream().collect(Collectors.toMap(Vacancy::id, v -> v));
    }

    private static List<String> findings(LoadResult<Vacancy> r) {
        return r.findings().stream().map(f -> f.recordId() + ":" + f.field() + ":" + f.message()).toList();
    }

    @Test
    void adzunaMappingReadsMultiLineDescriptionsAndDerivesUkRegions() {
        Path file = fixture("adzuna.csv");
        assertSame(VacancyMapping.ADZUNA_UK, VacancyMapping.detect(file));
        LoadResult<Vacancy> r = loader.read(file);
        assertEquals(4, r.read());
        assertEquals(4, r.accepted().size());
        Map<String, Vacancy> v = byId(r);
        Vacancy nurse = v.get("1001");
        assertEquals(2, nurse.sourceLine());
        assertTrue(nurse.description().contains("\nYou will deliver patient care"));
        assertEquals("GB", nurse.country());
        assertEquals("South East", nurse.region());
        assertNull(nurse.date());
        assertEquals("Healthcare & Nursing Jobs", nurse.sector());
        assertEquals("adzuna-uk", nurse.source());
        assertEquals("en", nurse.language());
        assertEquals(4, v.get("1002").sourceLine());
        assertEquals("Scotland", v.get("1002").region());
        assertNull(v.get("1003").title());
        assertNull(v.get("1003").region());
        assertEquals("London", v.get("1004").region());
        assertEquals(List.of("1003:Title:empty title (description only)",
                "1003:LocationRaw/LocationNormalized:missing region: no region recognised in 'UK / UK'",
                "1004:FullDescription:empty description (title only)"), findings(r));
    }

    @Test
    void euresMappingKeepsTheCountryCodeAndRejectsForeignDateFormats() {
        Path file = fixture("eures.csv");
        assertSame(VacancyMapping.EURES, VacancyMapping.detect(file));
        LoadResult<Vacancy> r = loader.read(file);
        assertEquals(4, r.read());
        assertEquals(3, r.accepted().size());
        Map<String, Vacancy> v = byId(r);
        Vacancy pl = v.get("PL1");
        assertEquals(new Vacancy("PL1", "Programista Java", pl.description(), "PL", "Mazowieckie",
                LocalDate.of(2025, 11, 3), null, "pl", null, "eures",
                file.toString(), 2), pl);
        // the file's field ("Cloud, DevOps & Systems Engineering" for a Java programmer, and for the Hungarian bakers of the
        // real set) is the scraper's guess: no vacancy of the file gets a sector from it
        assertTrue(r.accepted().stream().allMatch(x -> x.sector() == null));
        assertEquals("lv", v.get("LV1").language());
        assertEquals("hr", v.get("HR1").language());
        assertEquals("HR", v.get("HR1").country());
        // the ad names another country than its code: its region cannot be trusted to lie in HR, and would
        // make a scope that mixes two countries
        assertNull(v.get("HR1").region());
        assertEquals(List.of("HR1:country:country 'Germany' contradicts code 'HR'; kept the code",
                "HR1:region:region dropped: 'Zagreb' is in DE, not in the ad's country HR"), findings(r));
        Rejection bad = r.rejected().get(0);
        assertEquals(5, bad.line());
        assertEquals("date", bad.field());
        assertEquals("unparseable date '01/09/2025', expected yyyy-MM-dd", bad.reason());
    }

    @Test
    void euresEnglishMappingIsPickedByColumnOrderAndDetectsEnglish() {
        Path file = fixture("eures-en.csv");
        assertSame(VacancyMapping.EURES_EN, VacancyMapping.detect(file));
        LoadResult<Vacancy> r = loader.read(file);
        assertEquals(2, r.accepted().size());
        assertEquals(0, r.rejected().size());
        assertTrue(r.accepted().stream().allMatch(v -> v.language().equals("en") && v.source().equals("eures")));
        assertEquals("Sales assistant", byId(r).get("LV1").title());
    }

    @Test
    void skillscopeCsvKeepsGivenLanguageAndDetectsMissingOnes() {
        Path file = fixture("skillscope.csv");
        assertSame(VacancyMapping.SKILLSCOPE, VacancyMapping.detect(file));
        LoadResult<Vacancy> r = loader.read(file);
        assertEquals(4, r.accepted().size());
        Map<String, Vacancy> v = byId(r);
        assertEquals(new Vacancy("v1", "Data Analyst", "Analyse sales data with SQL and Python; build dashboards.",
                "DE", "Bavaria", LocalDate.of(2025, 3, 14), "2511.1", "en", "ICT", "skillscope", file.toString(), 2),
                v.get("v1"));
        assertEquals("en", v.get("v2").language());
        assertEquals("Île-de-France", v.get("v2").region());
        assertNull(v.get("v2").occupationCode());
        assertEquals(List.of("v3:description:empty description (title only)", "v3:region:missing region",
                "v4:date:missing date"), findings(r));
    }

    @Test
    void skillscopeJsonLinesQuarantinesEachBadLineAndGoesOn() {
        Path file = fixture("skillscope.jsonl");
        assertSame(VacancyMapping.SKILLSCOPE, VacancyMapping.detect(file));
        LoadResult<Vacancy> r = loader.read(file);
        assertEquals(8, r.read());
        assertEquals(List.of("j1", "j2"), r.accepted().stream().map(Vacancy::id).toList());
        assertEquals(List.of(1L, 3L), r.accepted().stream().map(Vacancy::sourceLine).toList());
        List<String> rejects = r.rejected().stream().map(x -> x.line() + "|" + x.field() + "|" + x.reason()).toList();
        assertEquals(6, rejects.size());
        assertTrue(rejects.get(0).startsWith("4||invalid JSON: "), rejects.get(0));
        assertEquals("5||not a JSON object", rejects.get(1));
        assertEquals("6|id|duplicate id 'j2' (first at line 3)", rejects.get(2));
        assertEquals("7|id|missing id", rejects.get(3));
        assertEquals("8|date|unparseable date '2025-13-01', expected yyyy-MM-dd", rejects.get(4));
        assertEquals("9|title/description|neither title nor description", rejects.get(5));
        assertTrue(r.rejected().get(0).raw().contains("\"Cook\""));
    }

    @Test
    void findingsNameFileLineAndRecord() {
        LoadResult<Vacancy> r = loader.read(fixture("skillscope.csv"));
        Finding f = r.findings().get(0);
        assertEquals(fixture("skillscope.csv").toString(), f.file());
        assertEquals(4, f.line());
        assertEquals("v3", f.recordId());
    }
}
