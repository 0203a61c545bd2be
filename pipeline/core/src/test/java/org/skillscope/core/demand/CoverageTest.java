package org.skillscope.core.demand;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class CoverageTest {
    private static TreeMap<String, Long> mix(Object... kv) {
        TreeMap<String, Long> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        return m;
    }

    private static List<String> codes(List<Coverage.Warning> w) {
        return w.stream().map(Coverage.Warning::code).toList();
    }

    @Test
    void credentialsTheRunCouldNotReadAreNamedWithWhy() {
        // the real run
        assertEquals("394 of 1,982 credentials (20 %) could not be read (159 state no learning outcome SkillScope reads, 235 are in "
                + "languages the matcher does not cover and declare no ESCO skill): they are not scored, count in no supply figure, "
                + "and a gap may be a skill one of them teaches", Coverage.credentialsNotRead(159, 235, 1982).orElseThrow().message());
        assertEquals(List.of("relevance", "supplyDemand", "gaps"), Coverage.credentialsNotRead(1, 0, 2).orElseThrow().affects());
        assertTrue(Coverage.credentialsNotRead(0, 0, 1982).isEmpty());
    }

    @Test
    void theRealRunsSkewsAreAllNamedWithTheirCounts() {
        // the real data: 3,732 mapped ads, 2,498 undated UK ads, most of them healthcare; 1,203 in other languages; the EURES
        // ads carry no sector (their file's field is not read): not a sector the figures lean to, a warning of its own
        Coverage c = new Coverage(3732, 1234, 1203, 8, mix("adzuna-uk", 2498, "eures", 1234), mix("GB", 2498, "PL", 207, "CY", 190),
                mix("Healthcare & Nursing Jobs", 2002, Coverage.UNKNOWN, 1643, "IT Jobs", 87), 12,
                new GrowthWindows(YearMonth.of(2025, 7), YearMonth.of(2025, 10), YearMonth.of(2025, 12), 3));
        List<Coverage.Warning> w = c.warnings(Map.of(Scope.ALL, 3732L, Scope.country("GB"), 2498L, new Scope("region", "PT / Lisbon"), 37L), Map.of(Scope.ALL, 0.62), DemandParams.DEFAULTS,
                Coverage.Limits.DEFAULTS);
        assertEquals(List.of("languages-not-mapped", "undated", "growth-windows", "growth-withheld", "no-sector", "sector-concentration", "source-concentration",
                "country-concentration", "small-scopes", "regions-dropped"), codes(w));
        assertEquals(2498, c.undated());
        assertTrue(w.get(1).message().startsWith("2,498 of 3,732 vacancies (67 %) carry no date"), w.get(1).message());
        assertTrue(w.get(2).message().startsWith("growth compares 2025-07/2025-09 with 2025-10/2025-12 (3 months each"), w.get(2).message());
        assertTrue(w.get(3).message().startsWith("growth withheld in 1 scope(s) with enough dated vacancies: the mix of countries and "
                + "sources differs between the windows (all * 0.62; above 0.25"), w.get(3).message());
        assertEquals("1,643 of 3,732 vacancies (44 %) carry no sector (their source gives none we trust): sector scopes hold the other 2,089 only",
                w.get(4).message());
        assertEquals("the sector Healthcare & Nursing Jobs holds 2,002 of 3,732 vacancies (54 %): overall figures lean to it", w.get(5).message());
        assertTrue(w.get(8).message().startsWith("1 of 2 scopes hold fewer than 100 vacancies"), w.get(8).message());
        assertEquals(List.of("trends", "growth"), w.get(1).affects());
    }

    @Test
    void aBalancedFullyDatedYearWarnsOfNothingButItsWindows() {
        Coverage c = new Coverage(1000, 1000, 0, 0, mix("a", 500, "b", 500), mix("DE", 400, "FR", 600 - 100, "IT", 100),
                mix("x", 400, "y", 300, "z", 300), 12, new GrowthWindows(YearMonth.of(2025, 1), YearMonth.of(2025, 7), YearMonth.of(2025, 12), 6));
        assertEquals(List.of("growth-windows"), codes(c.warnings(Map.of(Scope.ALL, 1000L, Scope.country("DE"), 400L), Map.of(), DemandParams.DEFAULTS,
                Coverage.Limits.DEFAULTS)));
        // exactly at a limit is not above it; no windows and a short period are said
        Coverage none = new Coverage(1000, 300, 0, 0, mix("a", 500, "b", 500), mix("DE", 500, "FR", 500), mix("x", 400, "y", 600 - 200, "z", 200),
                4, null);
        assertEquals(List.of("undated", "short-period", "no-growth"), codes(none.warnings(Map.of(), Map.of(), DemandParams.DEFAULTS, Coverage.Limits.DEFAULTS)));
    }
}
