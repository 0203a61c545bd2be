package org.skillscope.core.recommend;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderProposalsTest {
    private static final Map<String, String> GROUP = Map.of("s:sql", "ICT", "s:python", "ICT", "s:stats", "maths",
            "s:wound", "health", "s:care", "health", "s:ward", "management");
    private static final Function<String, String> GROUP_OF = GROUP::get;

    private static final GapBundle NURSING = new GapBundle("all", "*", 1, List.of("s:wound", "s:care"), List.of("wound care", "patient care"),
            List.of("o:nurse"), List.of("nurse"), 300);
    private static final GapBundle DATA = new GapBundle("all", "*", 2, List.of("s:sql", "s:stats"), List.of("SQL", "statistics"),
            List.of("o:analyst", "o:nurse"), List.of("data analyst", "nurse"), 40);
    private static final GapBundle DATA_IN_HR = new GapBundle("country", "HR", 1, List.of("s:stats", "s:sql"), List.of("statistics", "SQL"),
            List.of("o:analyst", "o:nurse"), List.of("data analyst", "nurse"), 40);
    private static final GapBundle WARD = new GapBundle("country", "BG", 1, List.of("s:ward"), List.of("manage a ward"), List.of(), List.of(), 900);

    private static final ProviderProfile DATA_SCHOOL = new ProviderProfile("Data School", 10, Map.of("ICT", 8, "maths", 3),
            Map.of("o:analyst", 2));
    private static final ProviderProfile NURSING_SCHOOL = new ProviderProfile("Nursing School", 4, Map.of("health", 4), Map.of("o:nurse", 3));

    @Test
    void providersOfDifferentFieldsGetDifferentProposals() {
        List<GapBundle> all = List.of(NURSING, DATA, DATA_IN_HR, WARD);
        List<ProposedBundle> data = ProviderProposals.rank(DATA_SCHOOL, all, GROUP_OF, 5);
        // the data school: only the data bundle (the HR copy has the same skills and is dropped); nursing and the ward share nothing
        assertEquals(List.of(DATA), data.stream().map(ProposedBundle::bundle).toList());
        // groups: (0.8 + 0.3) / 2 = 0.55; occupations: 1 of 2 -> 0.6 * 0.55 + 0.4 * 0.5 = 0.53
        assertEquals(0.53, data.get(0).fit(), 1e-9);
        assertEquals(0.53 * Math.log(41), data.get(0).score(), 1e-9);
        assertEquals(List.of("ICT", "maths"), data.get(0).sharedGroups());
        assertEquals(List.of("data analyst"), data.get(0).sharedOccupations());
        assertTrue(data.get(0).why().startsWith("builds on skill groups you teach: ICT (8 of your 10 credentials), maths (3 of your 10 credentials); "
                + "serves occupations your credentials prepare for: data analyst; 40 vacancies"), data.get(0).why());
        List<ProposedBundle> nursing = ProviderProposals.rank(NURSING_SCHOOL, all, GROUP_OF, 5);
        // nursing: fit 0.6 * 1 + 0.4 * 1 = 1; data: the nurse occupation only, 0.4 * 0.5 = 0.2
        assertEquals(List.of(NURSING, DATA), nursing.stream().map(ProposedBundle::bundle).toList());
        assertEquals(List.of("nurse"), nursing.get(1).sharedOccupations());
    }

    @Test
    void demandBreaksCloseCallsAndTheCopyInAnotherScopeGoesWhenTheFirstIsKept() {
        ProviderProfile broad = new ProviderProfile("Broad", 2, Map.of("ICT", 1, "maths", 1, "management", 1), Map.of());
        List<ProposedBundle> p = ProviderProposals.rank(broad, List.of(DATA_IN_HR, WARD, DATA), GROUP_OF, 5);
        // the ward: fit 0.6 * 0.5 = 0.3, 900 ads; data: 0.3 too, 40 ads; the overall copy of data ranks before the HR one
        assertEquals(List.of(WARD, DATA), p.stream().map(ProposedBundle::bundle).toList());
        assertTrue(p.get(0).why().endsWith("(gap in country BG, rank 1)"), p.get(0).why());
        assertEquals(1, ProviderProposals.rank(broad, List.of(DATA_IN_HR, WARD, DATA), GROUP_OF, 1).size());
    }
}
