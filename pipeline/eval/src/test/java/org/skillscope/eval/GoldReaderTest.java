package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.core.CoreException;

class GoldReaderTest {
    private final GoldReader reader = new GoldReader(Map.of(
            "JavaScript", "u:js", "Java (computer programming)", "u:java", "show determination", "u:det", "software developer", "u:dev"));
    @TempDir
    Path dir;

    @Test
    void decorteRowsAreGroupedBySentenceAndNonSkillMarkersSkipped() throws Exception {
        Path f = write("g.csv", """
                sentence,span,sub_span,label
                javascript reactjs java,javascript,,JavaScript
                javascript reactjs java,reactjs,,LABEL NOT PRESENT
                javascript reactjs java,java,, Java (computer programming)\s
                "Be enthusiastic, please",enthusiastic,,show determination
                Only noise here,x,,UNDERSPECIFIED
                Odd label,y,,no such skill
                """);
        GoldSet g = reader.read(f, GoldFormat.DECORTE);
        assertEquals(6, g.rows());
        assertEquals(List.of(new GoldQuery("javascript reactjs java", Set.of("u:js", "u:java")),
                new GoldQuery("Be enthusiastic, please", Set.of("u:det"))), g.queries());
        assertEquals(2, g.queriesWithoutGold());
        assertEquals(List.of("no such skill"), g.unresolvedLabels());
    }

    @Test
    void decorteTwoColumnLayoutAndCaseInsensitiveResolution() throws Exception {
        Path f = write("g.csv", "sentence,label\nI code JS,javascript\n");
        assertEquals(List.of(new GoldQuery("I code JS", Set.of("u:js"))), reader.read(f, GoldFormat.DECORTE).queries());
    }

    @Test
    void skillskapeListsAreParsedAndUnkIsNoGold() throws Exception {
        Path f = write("dev.csv", """
                ,sentence,skills
                0,Write enterprise code.,"['JavaScript', ""Java (computer programming)""]"
                1,Munich HQ.,['UNK']
                """);
        GoldSet g = reader.read(f, GoldFormat.SKILLSKAPE);
        assertEquals(List.of(new GoldQuery("Write enterprise code.", Set.of("u:js", "u:java"))), g.queries());
        assertEquals(1, g.queriesWithoutGold());
    }

    @Test
    void jobbertTitlesResolveToOccupations() throws Exception {
        Path f = write("t.csv", "text,label\nJava Dev,software developer\nJunior Java Dev,software developer\nJava Dev,JavaScript\n");
        GoldSet g = reader.read(f, GoldFormat.JOBBERT);
        assertEquals(3, g.queries().size(), "every title row is its own query");
        assertEquals(new GoldQuery("Java Dev", Set.of("u:js")), g.queries().get(2));
    }

    @Test
    void meloFolderJoinsQueriesQrelsAndConceptMapping() throws Exception {
        Path m = Files.createDirectory(dir.resolve("melo"));
        Files.writeString(m.resolve("queries.tsv"), "q1\tjava dev\nq2\tfront end\n");
        Files.writeString(m.resolve("corpus_elements.tsv"), "c1\tsoftware developer\nc2\tweb developer\n");
        Files.writeString(m.resolve("annotations.tsv"), "q1 0 c1 1\nq1 0 c2 0\nq2 0 c9 1\n");
        Files.writeString(m.resolve("concept_mapping.tsv"), "c1\tu:dev\nc2\tu:web\n");
        GoldSet g = reader.read(m, GoldFormat.MELO);
        assertEquals(List.of(new GoldQuery("java dev", Set.of("u:dev"))), g.queries());
        assertEquals(3, g.rows());
        assertEquals(List.of("c9"), g.unresolvedLabels());
    }

    @Test
    void missingColumnAndBadListNameTheFileAndLine() throws Exception {
        Path noLabel = write("a.csv", "sentence,span\nx,y\n");
        CoreException e = assertThrows(CoreException.class, () -> reader.read(noLabel, GoldFormat.DECORTE));
        assertTrue(e.getMessage().contains("a.csv") && e.getMessage().contains("'label'"), e.getMessage());
        Path badList = write("b.csv", ",sentence,skills\n0,x,JavaScript\n");
        e = assertThrows(CoreException.class, () -> reader.read(badList, GoldFormat.SKILLSKAPE));
        assertTrue(e.getMessage().contains("b.csv line 2"), e.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
