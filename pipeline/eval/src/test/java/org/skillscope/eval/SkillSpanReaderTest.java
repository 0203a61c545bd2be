package org.skillscope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.DatasetException;

class SkillSpanReaderTest {
    @TempDir
    Path dir;

    @Test
    void spansComeFromBothLayersAndASentenceWithoutTagsStatesNothing() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"idx": 1, "tokens": ["Senior", "QA", "Engineer"], "tags_skill": ["O", "O", "O"], "tags_knowledge": ["O", "O", "O"]}
                {"idx": 2, "tokens": ["Write", "clean", "code", "in", "Java", "and", "SQL"], "tags_skill": ["B", "I", "I", "O", "O", "O", "O"], "tags_knowledge": ["O", "O", "O", "O", "B", "O", "B"]}

                {"idx": 3, "tokens": ["test", "software"], "tags_skill": ["I", "I"], "tags_knowledge": ["O", "O"]}
                """);
        List<SkillSpanReader.Sentence> s = SkillSpanReader.read(f);
        assertEquals(3, s.size());
        assertEquals("Senior QA Engineer", s.get(0).text());
        assertFalse(s.get(0).hasSkill());
        assertTrue(s.get(0).spans().isEmpty());
        assertEquals(List.of("Write clean code", "Java", "SQL"), s.get(1).spans());
        assertTrue(s.get(1).hasSkill());
        assertEquals(List.of("test software"), s.get(2).spans(), "an I after O starts a span");
    }

    @Test
    void aBadLineNamesTheFileAndLine() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"tokens\": [\"a\"], \"tags_skill\": [\"O\"]}\n{\"tags_skill\": []}\n");
        DatasetException e = assertThrows(DatasetException.class, () -> SkillSpanReader.read(f));
        assertTrue(e.getMessage().contains("bad.json line 2") && e.getMessage().contains("tokens"), e.getMessage());
        Files.writeString(f, "not json\n");
        e = assertThrows(DatasetException.class, () -> SkillSpanReader.read(f));
        assertTrue(e.getMessage().contains("bad.json line 1"), e.getMessage());
    }
}
