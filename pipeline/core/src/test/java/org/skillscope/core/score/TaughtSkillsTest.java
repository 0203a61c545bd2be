package org.skillscope.core.score;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TaughtSkillsTest {
    @Test
    void anAssertedSkillKeepsItsBestUnitAndADeclaredOneIsNeverReplaced() {
        TaughtSkills t = new TaughtSkills()
                .asserted("S1", "write SQL", 0.4, "Write queries.", "SQL")
                .asserted("S1", "write SQL", 0.7, "Write SQL queries.", "SQL")
                .asserted("S1", "write SQL", 0.5, "Use SQL.", "SQL")
                .declared("S2", "use R", "Model data in R.")
                .asserted("S2", "use R", 0.9, "Use R.", "R");
        assertEquals(0.7, t.entries().get("S1").confidence());
        assertEquals("Write SQL queries.", t.entries().get("S1").evidence());
        assertTrue(t.entries().get("S2").declared());
        assertEquals(1.0, t.entries().get("S2").confidence());
        assertEquals(TaughtSkills.DECLARED, t.entries().get("S2").evidenceLabel());
        assertEquals(List.of("S1", "S2"), t.skills().stream().map(TaughtSkill::skillUri).toList());
    }

    @Test
    void tiesGoToTheSameUnitWhateverTheOrderTheyArriveIn() {
        TaughtSkills a = new TaughtSkills().asserted("S", "k", 0.5, "b unit", "k").asserted("S", "k", 0.5, "a unit", "k");
        TaughtSkills b = new TaughtSkills().asserted("S", "k", 0.5, "a unit", "k").asserted("S", "k", 0.5, "b unit", "k");
        assertEquals(a.entries(), b.entries());
        assertEquals("a unit", a.entries().get("S").evidence());
        // a confidence outside (0, 1] is brought into TaughtSkill's range, not refused
        assertEquals(1.0, new TaughtSkills().asserted("S", "k", 1.2, "u", "k").entries().get("S").confidence());
    }
}
