package org.skillscope.core.score;

import org.junit.jupiter.api.Test;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.esco.TinyEsco;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.skillscope.datasets.esco.EscoCollection.GREEN;

class AlignmentAndOccupationTest {
    private final EscoGraph graph = new TinyEsco()
            .skill("A", "install solar panels", "sector-specific", GREEN)
            .skill("B", "use spreadsheets", "cross-sector")
            .skill("C", "assess energy use", "sector-specific", GREEN)
            .skill("D", "d", "sector-specific").skill("E", "e", "sector-specific")
            .skill("Y", "y", "sector-specific").skill("Z", "z", "sector-specific").skill("W", "w", "sector-specific")
            .occupation("O1", "solar installer", List.of("A", "C", "D", "E"), List.of())
            .occupation("O2", "clerk", List.of("B", "Y", "Z", "W"), List.of("A"))
            .graph();

    @Test
    void occupationsAreRankedByEssentialCoverage() {
        var prepared = OccupationCoverage.prepare(Set.of("A", "C", "B"), graph, 0.2, 1, 5);
        assertEquals(List.of("O1", "O2"), prepared.stream().map(PreparedOccupation::occupationUri).toList());
        assertEquals(0.5, prepared.get(0).coverage(), 1e-12);
        assertEquals(List.of("A", "C"), prepared.get(0).coveredSkills());
        assertEquals(0.25, prepared.get(1).coverage(), 1e-12);
        assertEquals(1, OccupationCoverage.prepare(Set.of("A", "C", "B"), graph, 0.3, 1, 5).size());
    }

    @Test
    void greenAlignmentMixesSkillAndOccupationShares() {
        var taught = List.of(new TaughtSkill("A", "a", 1.0, ""), new TaughtSkill("B", "b", 0.5, ""));
        var occupations = List.of(
                new PreparedOccupation("O1", "o1", 0.5, 4, List.of("A")),
                new PreparedOccupation("O2", "o2", 0.25, 4, List.of("B")));
        AlignmentScore s = AlignmentScorer.score("green", taught, graph::isGreen, occupations, graph::essentialSkills);
        // skill share 1 / 1.5; occupation share (0.5 * 2/4 + 0.25 * 0/4) / 0.75 = 1/3
        assertEquals(2.0 / 3, s.skillShare(), 1e-12);
        assertEquals(1.0 / 3, s.occupationShare(), 1e-12);
        assertEquals(100 * (0.7 * 2.0 / 3 + 0.3 / 3), s.score(), 1e-9);
        assertEquals(List.of("A"), s.collectionSkills());
    }

    @Test
    void withoutOccupationsOnlyTheSkillShareCounts() {
        var s = AlignmentScorer.score("green", List.of(new TaughtSkill("B", "b", 1.0, "")), graph::isGreen, List.of(), graph::essentialSkills);
        assertEquals(0.0, s.score());
        assertNull(s.occupationShare());
    }
}
