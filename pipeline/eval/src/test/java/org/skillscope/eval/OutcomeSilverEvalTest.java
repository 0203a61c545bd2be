package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.esco.EscoSkill;

/** The Coursera silver check: which tags become gold, what is counted, and the scores of given rankings. */
class OutcomeSilverEvalTest {
    private static final String SQL = "esco:sql";
    private static final String STATISTICS = "esco:statistics";
    private static final String HEADER = ",course_title,course_url,course_skills,course_summary\n";

    @TempDir
    Path dir;

    private static EscoSkill skill(String uri, String preferred, List<String> alt, List<String> hidden) {
        return new EscoSkill(uri, preferred, alt, hidden, "", "knowledge", "cross-sector", "released");
    }

    private static final List<EscoSkill> SKILLS = List.of(
            skill(SQL, "SQL", List.of("structured query language"), List.of()),
            skill(STATISTICS, "statistics", List.of("data analysis"), List.of("stats")),
            // "project management" is one skill's preferred label and another's alternative: it names the first
            skill("esco:pm", "project management", List.of(), List.of()),
            skill("esco:commissioning", "project commissioning", List.of("Project Management"), List.of()),
            // "data mining" is an alternative label of two skills: a tag with it says neither
            skill("esco:dm1", "data mining methods", List.of("data mining"), List.of()),
            skill("esco:dm2", "mine data", List.of("Data Mining"), List.of()));

    private Path catalogue(String rows) throws Exception {
        Path p = dir.resolve("coursera.csv");
        Files.writeString(p, HEADER + rows);
        return p;
    }

    @Test
    void tagsNamingOneSkillByPreferredOrAlternativeLabelAreTheGoldAndTheRestAreCounted() throws Exception {
        Path p = catalogue("""
                0,Databases,u0,"[' SQL ', 'Data Analysis', 'Project Management', 'Basket Weaving', 'stats', 'sql', 'Data Mining']","['Write SQL queries', '- Build dashboards']"
                1,No summary,u1,"['SQL', 'Data Analysis']",[]
                2,Weaving,u2,"['Basket Weaving']","['Weave a basket']"
                """);
        List<OutcomeSilverEval.Course> courses = OutcomeSilverEval.read(p);
        assertEquals(3, courses.size());
        assertEquals(List.of("Write SQL queries", "Build dashboards"), courses.get(0).summary());  // list bullets dropped
        assertEquals(2, courses.get(0).line());  // the header is line 1

        OutcomeSilverEval.Silver s = OutcomeSilverEval.silver(courses, SKILLS);
        // course 0: sql (twice, once counted), data analysis, project management, basket weaving, stats (a hidden label: not
        // counted as a match), data mining (ambiguous); course 1 has no summary and is not counted; course 2's one tag matches nothing
        assertEquals(7, s.tags());
        assertEquals(3, s.matchedTags());
        assertEquals(1, s.ambiguousTags());
        assertEquals(1, s.queries().size(), "course 2 has no gold, course 1 no text");
        OutcomeSilverEval.Query q = s.queries().get(0);
        assertEquals(Set.of(SQL, STATISTICS, "esco:pm"), q.gold());
        assertEquals(List.of("SQL", "Data Analysis", "Project Management"), q.matchedTags());
        assertEquals("Write SQL queries\nBuild dashboards", q.text());
    }

    @Test
    void aCellThatIsNotAPythonListIsOneLineNamingFileLineAndColumn() throws Exception {
        Path p = catalogue("0,Databases,u0,\"['SQL']\",\"['Write SQL queries']\"\n1,Bad,u1,SQL and more,\"['x']\"\n");
        DatasetException e = assertThrows(DatasetException.class, () -> OutcomeSilverEval.read(p));
        assertTrue(e.getMessage().contains("coursera.csv line 3, course_skills"), e.getMessage());
    }

    @Test
    void aCatalogueWithoutTheSummaryColumnIsRefused() throws Exception {
        Path p = dir.resolve("other.csv");
        Files.writeString(p, "course_title,course_skills\nA,['SQL']\n");
        DatasetException e = assertThrows(DatasetException.class, () -> OutcomeSilverEval.read(p));
        assertTrue(e.getMessage().contains("lacks column course_summary"), e.getMessage());
    }

    private static SkillMatch m(String uri, double score, boolean asserted) {
        return new SkillMatch(uri, uri, score, asserted ? 0.9 : 0.1, null, asserted);
    }

    @Test
    void rankingsAreScoredInTheMatchersOrderAndTheAssertedSkillsAgainstTheGold() {
        OutcomeSilverEval.Course c = new OutcomeSilverEval.Course(2, "t", List.of(), List.of("x"));
        OutcomeSilverEval.Query both = new OutcomeSilverEval.Query(c, "x", Set.of("a", "b"), List.of("a", "b"));
        OutcomeSilverEval.Query one = new OutcomeSilverEval.Query(c, "x", Set.of("c"), List.of("c"));
        // as the matcher lists them (the likeliest stated first, whatever the ranking score): "a" is second
        List<SkillMatch> byScore = List.of(m("x", 0.5, true), m("a", 0.9, true), m("y", 0.4, false));
        List<SkillMatch> miss = List.of(m("p", 0.9, false), m("q", 0.8, false), m("r", 0.7, false), m("s", 0.6, false),
                m("t", 0.5, false), m("c", 0.4, true));
        OutcomeSilverResult r = OutcomeSilverEval.score(new OutcomeSilverEval.Silver(List.of(both, one), 5, 3, 1),
                List.of(new OutcomeSilverEval.Ranked(both, byScore), new OutcomeSilverEval.Ranked(one, miss)));
        assertEquals(2, r.courses());
        // RP@5: 1/2 and 0/1; RP@10: 1/2 and 1/1; MRR: 1/2 and 1/6
        assertEquals(25.0, r.rp5(), 1e-9);
        assertEquals(75.0, r.rp10(), 1e-9);
        assertEquals((0.5 + 1.0 / 6) / 2, r.mrr(), 1e-9);
        // asserted: x, a, c; of them a and c are gold, of 3 gold skills
        assertEquals(2.0 / 3, r.precision(), 1e-9);
        assertEquals(2.0 / 3, r.recall(), 1e-9);
        assertEquals("{\"courses\":2,\"tags\":5,\"matchedTags\":3,\"ambiguousTags\":1,\"rp@5\":25.00,\"rp@10\":75.00,\"mrr\":0.3333,"
                + "\"precision\":0.6667,\"recall\":0.6667}", r.toJson());
    }
}
