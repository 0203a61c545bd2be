package org.skillscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval sentences} and {@code eval outcomes}: bad input is one line naming the file and line, exit 2, before ESCO is loaded. */
class EvalCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aBadSkillSpanFileIsOneLineNamingFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"tokens\": [\"Java\"], \"tags_skill\": [\"B\"]}\n{\"tokens\": 5}\n");
        StringWriter err = new StringWriter();
        // an ESCO path that does not exist: the gold file must be refused first
        int code = run(err, "eval", "sentences", "--gold", bad.toString(), "--esco", dir.resolve("no-esco").toString());
        assertEquals(2, code, err.toString());
        String msg = err.toString().strip();
        assertTrue(msg.contains("bad.json line 2") && msg.contains("tokens"), msg);
        assertFalse(msg.contains("\tat "), "no stack trace: " + msg);
        assertEquals(1, msg.lines().count(), msg);
    }

    @Test
    void onlyTheSkillSpanFormatIsRead() throws Exception {
        Path gold = dir.resolve("s.json");
        Files.writeString(gold, "{\"tokens\": [\"Java\"], \"tags_skill\": [\"B\"]}\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "eval", "sentences", "--gold", gold.toString(), "--format", "melo"), err.toString());
        assertTrue(err.toString().contains("--format must be skillspan"), err.toString());
    }

    @Test
    void aBadCatalogueIsOneLineNamingFileLineAndColumnBeforeEscoLoads() throws Exception {
        Path bad = dir.resolve("coursera.csv");
        Files.writeString(bad, ",course_title,course_skills,course_summary\n0,A,['SQL'],\"['Write SQL']\"\n1,B,['SQL'],not a list\n");
        StringWriter err = new StringWriter();
        int code = run(err, "eval", "outcomes", "--catalogue", bad.toString(), "--esco", dir.resolve("no-esco").toString());
        assertEquals(2, code, err.toString());
        String msg = err.toString().strip();
        assertTrue(msg.contains("coursera.csv line 3, course_summary"), msg);
        assertEquals(1, msg.lines().count(), msg);
    }

    @Test
    void aMissingCatalogueIsNamedByItsFlag() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "eval", "outcomes", "--catalogue", dir.resolve("none.csv").toString()), err.toString());
        assertTrue(err.toString().contains("--catalogue") && err.toString().contains("none.csv"), err.toString());
    }
}
