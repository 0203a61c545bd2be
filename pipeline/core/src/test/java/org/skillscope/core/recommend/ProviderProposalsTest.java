package org.skillscope.core.recommend;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderProposalsTest {
    private static final Map<String, String> GROUP = Map.of("s:sql", "ICT", "s:python", "ICT", "s:stats", "maths",
            "s:wound", "health", "s:care", "health", "s:talk", "communication", "s:ward", "management");
    private static final Function<String, String> GROUP_OF = GROUP::get;
    private static final Map<String, String> FIELD = Map.of("o:nurse", "health professionals", "o:analyst", "ICT professionals",
            "o:manager", "production managers");
    private static final Function<String, String> FIELD_OF = FIELD::get;
    /** 100 credentials in the run: communication is taught by 90 of them, ICT by 20, maths 15, health 10, management 30. */
    private static final Map<String, Integer> CATALOGUE = Map.of("communication", 90, "ICT", 20, "maths", 15, "health", 10, "management", 30);

    private static final GapBundle NURSING = new GapBundle("all", "*", 1, List.of("s:wound", "s:care", "s:talk"),
            List.of("wound care", "patient care", "talk to patients"), List.of("o:nurse"), List.of("nurse"), List.of(250L), 300);
    private static final GapBundle DATA = new GapBundle("all", "*", 2, List.of("s:sql", "s:stats", "s:talk"), List.of("SQL", "statistics", "talk"),
            List.of("o:analyst"), List.of("data analyst"), List.of(30L), 40);
    private static final GapBundle DATA_IN_HR = new GapBundle("country", "HR", 1, List.of("s:stats", "s:talk", "s:sql"),
            List.of("statistics", "talk", "SQL"), List.of("o:analyst"), List.of("data analyst"), List.of(30L), 40);
    private static final GapBundle WARD = new GapBundle("country", "BG", 1, List.of("s:ward"), List.of("manage a ward"),
            List.of("o:manager"), List.of("ward manager"), List.of(0L), 900);

    private static ProviderProfile profile(String name, int credentials, Map<String, Integer> groups, Map<String, Integer> fields,
                                           Map<String, Integer> occupations) {
        return new ProviderProfile(name, credentials, groups, 100, CATALOGUE, fields, occupations);
    }

    /** Both teach communication in every course; only their other groups and fields tell them apart. */
    private static final ProviderProfile DATA_SCHOOL = profile("Data School", 10, Map.of("communication", 10, "ICT", 8, "maths", 3),
            Map.of("ICT professionals", 2), Map.of("o:analyst", 2));
    private static final ProviderProfile NURSING_SCHOOL = profile("Nursing School", 4, Map.of("communication", 4, "health", 4),
            Map.of("health professionals", 3), Map.of("o:nurse", 3));

    @Test
    void providersOfDifferentFieldsGetDifferentProposalsThoughBothTeachTheCommonGroup() {
        List<GapBundle> all = List.of(NURSING, DATA, DATA_IN_HR, WARD);
        List<ProposedBundle> data = ProviderProposals.rank(DATA_SCHOOL, all, GROUP_OF, FIELD_OF, 5);
        // the HR copy of the data bundle has the same skills and goes; the ward shares nothing
        assertEquals(List.of(DATA, NURSING), data.stream().map(ProposedBundle::bundle).toList());
        assertEquals(List.of("ICT", "maths", "communication"), data.get(0).sharedGroups());
        assertEquals(List.of("ICT professionals"), data.get(0).sharedFields());
        assertEquals(List.of("data analyst"), data.get(0).sharedOccupations());
        assertTrue(data.get(0).fit() > 0.8, "same field, same telling groups: " + data.get(0).fit());
        // nursing shares only communication, which 90 % of the catalogue teaches
        assertTrue(data.get(1).fit() < 0.1, "only the common group: " + data.get(1).fit());
        assertTrue(data.get(0).why().startsWith("builds on skill groups you teach: ICT (8 of your 10 scored credentials), maths (3 of your 10 scored credentials), "
                + "communication (10 of your 10 scored credentials); in fields your credentials prepare for: ICT professionals; "
                + "serves occupations your credentials prepare for: data analyst; 40 vacancies"), data.get(0).why());
        List<ProposedBundle> nursing = ProviderProposals.rank(NURSING_SCHOOL, all, GROUP_OF, FIELD_OF, 5);
        assertEquals(List.of(NURSING, DATA), nursing.stream().map(ProposedBundle::bundle).toList());
    }

    @Test
    void fitIsTheMeanOfTheIdfWeightedGroupCosineAndTheFieldCosine() {
        ProviderProfile p = profile("P", 2, Map.of("ICT", 2), Map.of(), Map.of());
        GapBundle b = new GapBundle("all", "*", 1, List.of("s:sql", "s:ward"), List.of("SQL", "ward"), List.of(), List.of(), List.of(), 10);
        double ict = Math.log1p(100 / 20.0), management = Math.log1p(100 / 30.0);
        // provider (ICT: 1 x idf), bundle (ICT: idf, management: idf); no fields on either side
        double groups = ict * ict / (ict * Math.sqrt(ict * ict + management * management));
        ProposedBundle scored = ProviderProposals.score(p, b, GROUP_OF, FIELD_OF);
        assertEquals(groups / 2, scored.fit(), 1e-9);
        // fields: the bundle's occupations weigh by their vacancies, one without any only when none has any
        GapBundle mixed = new GapBundle("all", "*", 1, List.of("s:sql"), List.of("SQL"), List.of("o:analyst", "o:nurse"),
                List.of("data analyst", "nurse"), List.of(3L, 0L), 10);
        ProviderProfile health = profile("H", 1, Map.of(), Map.of("health professionals", 1), Map.of());
        assertEquals(0.0, ProviderProposals.score(health, mixed, GROUP_OF, FIELD_OF).fit());
        ProviderProfile ictField = profile("I", 1, Map.of(), Map.of("ICT professionals", 1), Map.of());
        assertEquals(0.5, ProviderProposals.score(ictField, mixed, GROUP_OF, FIELD_OF).fit(), 1e-9);
    }

    @Test
    void demandBreaksTiesAndTheCopyInAnotherScopeGoesWhenTheFirstIsKept() {
        GapBundle sql = new GapBundle("all", "*", 3, List.of("s:sql"), List.of("SQL"), List.of(), List.of(), List.of(), 5);
        GapBundle python = new GapBundle("country", "BG", 2, List.of("s:python"), List.of("Python"), List.of(), List.of(), List.of(), 50);
        ProviderProfile ict = profile("ICT", 1, Map.of("ICT", 1), Map.of(), Map.of());
        List<ProposedBundle> p = ProviderProposals.rank(ict, List.of(DATA_IN_HR, sql, DATA, python), GROUP_OF, FIELD_OF, 5);
        // sql and python fit alike (1 / 2 each); the data bundle shares ICT with a third of its skills
        assertEquals(List.of(python, sql, DATA), p.stream().map(ProposedBundle::bundle).toList());
        assertTrue(p.get(0).why().endsWith("(gap in country BG, rank 2)"), p.get(0).why());
        assertEquals(1, ProviderProposals.rank(ict, List.of(DATA_IN_HR, sql, DATA, python), GROUP_OF, FIELD_OF, 1).size());
    }
}
