package org.skillscope.core.score;

import org.junit.jupiter.api.Test;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.credential.LearningOutcome;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.EscoSample;

import java.nio.file.Path;
import java.util.ArrayList;
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

    @Test
    void declaredSkillsAreTheSourcesEscoSkillsOfEachOutcomeAndNothingElse() {
        Esco esco = EscoLoader.load(EscoSample.path());
        EscoGraph graph = new EscoGraph(esco);
        Path elm = CredentialSample.files().get(CredentialSample.FILE_NAMES.indexOf(CredentialSample.ELM_JSONLD));
        Credential c = CredentialLoaders.load(elm, "taught-test-salt").accepted().get(0);
        List<String> expected = new ArrayList<>(), dropped = new ArrayList<>();
        for (LearningOutcome o : c.learningOutcomes()) {
            for (String uri : o.declaredEscoSkills()) (esco.skills().containsKey(uri) ? expected : dropped).add(uri + " <- " + o.text());
        }
        List<TaughtSkills.Entry> declared = TaughtSkills.declaredBy(c, graph);
        assertFalse(declared.isEmpty(), "the ELM sample declares ESCO skills");
        assertEquals(expected, declared.stream().map(e -> e.skillUri() + " <- " + e.evidence()).toList());
        for (TaughtSkills.Entry e : declared) {
            assertTrue(e.declared());
            assertEquals(1.0, e.confidence());
            assertEquals(TaughtSkills.DECLARED, e.evidenceLabel());
            assertEquals(graph.skillLabel(e.skillUri()), e.label());
        }
        // and an asserted match never replaces one
        TaughtSkills t = new TaughtSkills();
        declared.forEach(t::declared);
        TaughtSkills.Entry first = declared.get(0);
        t.asserted(first.skillUri(), "other", 0.99, "a unit", "x");
        assertEquals(first, t.entries().get(first.skillUri()));
        // an occupation's URI is not a taught skill
        String occupation = esco.occupations().keySet().iterator().next();
        assertFalse(graph.isSkill(occupation));
    }
}
