package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.TestEsco;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.LearningOutcome;

class DeclaredSkillEvalTest {
    @TempDir
    static Path cache;
    private static SkillIndex index;

    @BeforeAll
    static void build() {
        index = SkillIndex.openOrBuild(TestEsco.small(), cache);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Credential credential(String id, List<LearningOutcome> outcomes) {
        return new Credential(id, null, "t", "DE", "Body", LocalDate.of(2024, 1, 1), outcomes, 1.0, 5, "exam", "online", "qa",
                null, null, null, null, null, "en", null, "elm", "f.json", 1);
    }

    @Test
    void countsDeclaredSkillsFoundInTheTopKOfTheirOwnOutcome() {
        List<Credential> cs = List.of(
                credential("a", List.of(
                        // found: the outcome names the skill
                        new LearningOutcome("Write programs in Java.", List.of(TestEsco.JAVA)),
                        // declared for an outcome that does not mention it: nursing care is not in the top 1 of a Java outcome
                        new LearningOutcome("Develop Java applications.", List.of(TestEsco.NURSE_CARE)),
                        // no declared skill: not an evaluation query
                        new LearningOutcome("Work in a team.", List.of()))),
                // only a URI this ESCO does not have: not counted at all
                credential("b", List.of(new LearningOutcome("Query SQL databases.", List.of("http://example.org/not-esco")))));
        DeclaredSkillResult r = DeclaredSkillEval.run(new SkillMatcher(index), cs, 1);
        assertEquals(1, r.credentials());
        assertEquals(2, r.outcomes());
        assertEquals(2, r.declared());
        assertEquals(1, r.found());
        assertEquals(50.0, r.share(), 1e-9);
        assertEquals("{\"credentials\":1,\"outcomes\":2,\"declared\":2,\"inTop1\":1,\"share\":50.00}", r.toJson());
    }
}
