package org.skillscope.core.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the demand figures of a run rest on: the vacancies counted (those the matcher maps), how many carry
 * a date, their mix by source, country and sector, and the warnings an analyst should read before any
 * chart they affect. Pure.
 *
 * @param vacancies      vacancies counted in demand
 * @param notMapped      accepted vacancies in a language the matcher does not cover (counted nowhere)
 * @param regionsDropped vacancies whose region was dropped: it lies outside the ad's country
 * @param datedMonths    distinct months holding dated vacancies
 * @param windows        the growth windows, null when the dated ads support none
 */
public record Coverage(long vacancies, long dated, long notMapped, long regionsDropped, SortedMap<String, Long> bySource,
                       SortedMap<String, Long> byCountry, SortedMap<String, Long> bySector, int datedMonths,
                       GrowthWindows windows) {
    /** The mix's key for vacancies whose source gives no value (no sector, no source or country): no scope, no skew. */
    public static final String UNKNOWN = "unknown";

    /** One thing a reader must know, with the views it affects (the page shows it above them). */
    public record Warning(String code, String message, List<String> affects) {}

    /**
     * The credentials a run could not read ({@link org.skillscope.core.score.Reading}): they are not scored and count
     * in no supply figure. Empty when it read them all.
     */
    public static java.util.Optional<Warning> credentialsNotRead(long noOutcomes, long otherLanguage, long credentials) {
        long n = noOutcomes + otherLanguage;
        if (n == 0) return java.util.Optional.empty();
        return java.util.Optional.of(new Warning("credentials-not-read", String.format(Locale.ROOT,
                "%,d of %,d credentials (%s) could not be read (%,d state no learning outcome SkillScope reads, %,d are in "
                        + "languages the matcher does not cover and declare no ESCO skill): they are not scored, count in no supply "
                        + "figure, and a gap may be a skill one of them teaches",
                n, credentials, pct(n, credentials), noOutcomes, otherLanguage), List.of("relevance", "supplyDemand", "gaps")));
    }

    public long undated() {
        return vacancies - dated;
    }

    /** Thresholds of the warnings; the defaults (a sector above 40 %, a source above 50 %, ...). */
    public record Limits(double maxSectorShare, double maxSourceShare, double maxCountryShare, int minDatedMonths, long minScopeVacancies) {
        public static final Limits DEFAULTS = new Limits(0.40, 0.50, 0.50, 12, 100);
    }

    /**
     * @param scopeVacancies vacancies per scope (the overall scope is not a small scope)
     * @param mixShifted     scopes with enough dated ads whose growth was withheld, with their windows' mix shift
     */
    public List<Warning> warnings(Map<Scope, Long> scopeVacancies, Map<Scope, Double> mixShifted, DemandParams demand, Limits l) {
        List<Warning> out = new ArrayList<>();
        if (notMapped > 0) {
            out.add(new Warning("languages-not-mapped", String.format(Locale.ROOT,
                    "%,d of %,d vacancies (%s) are in languages the matcher does not cover: they count in no figure",
                    notMapped, notMapped + vacancies, pct(notMapped, notMapped + vacancies)), List.of("demand", "gaps", "relevance")));
        }
        if (undated() > 0) {
            out.add(new Warning("undated", String.format(Locale.ROOT,
                    "%,d of %,d vacancies (%s) carry no date: monthly trends and growth rest on the %,d dated ones only",
                    undated(), vacancies, pct(undated(), vacancies), dated), List.of("trends", "growth")));
        }
        if (datedMonths < l.minDatedMonths()) {
            out.add(new Warning("short-period", String.format(Locale.ROOT,
                    "dated vacancies cover %d month(s), fewer than %d: trends cannot separate growth from the season",
                    datedMonths, l.minDatedMonths()), List.of("trends", "growth")));
        }
        out.add(windows == null
                ? new Warning("no-growth", String.format(Locale.ROOT,
                        "no growth figures: no two windows of %d+ months hold %,d dated vacancies each", demand.minWindowMonths(),
                        demand.minDatedVacancies()), List.of("growth"))
                : new Warning("growth-windows", String.format(Locale.ROOT,
                        "growth compares %s with %s (%d months each, the longest windows holding %,d dated vacancies each); "
                                + "a scope with fewer dated vacancies in either window gets no growth figure",
                        windows.earlierPeriod(), windows.laterPeriod(), windows.months(), demand.minDatedVacancies()), List.of("growth")));
        if (!mixShifted.isEmpty()) {
            out.add(new Warning("growth-withheld", String.format(Locale.ROOT,
                    "growth withheld in %d scope(s) with enough dated vacancies: the mix of countries and sources differs between "
                            + "the windows (%s; above %.2f, 0 = the same mix, 1 = none shared), so a change of mix would read as growth",
                    mixShifted.size(), mixShifted.entrySet().stream().limit(5)
                            .map(e -> e.getKey().type() + " " + e.getKey().value() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                            .collect(java.util.stream.Collectors.joining(", ")), demand.maxMixShift()), List.of("growth")));
        }
        long noSector = bySector.getOrDefault(UNKNOWN, 0L);
        if (noSector > 0) {
            out.add(new Warning("no-sector", String.format(Locale.ROOT,
                    "%,d of %,d vacancies (%s) carry no sector (their source gives none we trust): sector scopes hold the other %,d only",
                    noSector, vacancies, pct(noSector, vacancies), vacancies - noSector), List.of("demand", "gaps", "supplyDemand")));
        }
        concentration(out, "sector-concentration", "sector", bySector, l.maxSectorShare(), List.of("demand", "gaps", "relevance", "supplyDemand"));
        concentration(out, "source-concentration", "source", bySource, l.maxSourceShare(), List.of("demand", "gaps", "relevance"));
        concentration(out, "country-concentration", "country", byCountry, l.maxCountryShare(), List.of("demand", "gaps", "relevance"));
        long small = scopeVacancies.entrySet().stream().filter(e -> !e.getKey().equals(Scope.ALL) && e.getValue() < l.minScopeVacancies()).count();
        if (small > 0) {
            out.add(new Warning("small-scopes", String.format(Locale.ROOT,
                    "%d of %d scopes hold fewer than %d vacancies: their shares are pulled towards the overall ones, "
                            + "and a small scope's figures move with a few ads", small, scopeVacancies.size() - (scopeVacancies.containsKey(Scope.ALL) ? 1 : 0),
                    l.minScopeVacancies()), List.of("demand", "gaps", "supplyDemand")));
        }
        if (regionsDropped > 0) {
            out.add(new Warning("regions-dropped", String.format(Locale.ROOT,
                    "%,d vacancies name a region outside their country: the region was dropped (the ad counts for its country)",
                    regionsDropped), List.of("demand", "gaps")));
        }
        return out;
    }

    private void concentration(List<Warning> out, String code, String what, SortedMap<String, Long> mix, double max, List<String> affects) {
        for (Map.Entry<String, Long> e : mix.entrySet()) {
            if (!e.getKey().equals(UNKNOWN) && vacancies > 0 && (double) e.getValue() / vacancies > max) {
                out.add(new Warning(code, String.format(Locale.ROOT, "the %s %s holds %,d of %,d vacancies (%s): overall figures lean to it",
                        what, e.getKey(), e.getValue(), vacancies, pct(e.getValue(), vacancies)), affects));
            }
        }
    }

    private static String pct(long k, long n) {
        return String.format(Locale.ROOT, "%.0f %%", n == 0 ? 0.0 : 100.0 * k / n);
    }
}
