package org.skillscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input files on the command line (#19, findings 4 and 5): each is one line naming the file and
 * what is wrong, exit code 2, never a stack trace; `validate` still validates the other files.
 */
class InputProblemsCliTest {
    private static final String HEADER = "id,learner_id,title,learning_outcomes,eqf_level\n";

    @TempDir
    Path dir;

    /** What a command printed, and its exit code. */
    record Outcome(int code, String out, String err) {}

    private static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err + sysErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void assertNoStackTrace(Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception"), o.err());
    }

    @Test
    void anEscoZipBombIsOneLineAndExitCode2() throws Exception {
        Path bomb = dir.resolve("esco.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("skills_en.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) z.write(zeros);
        }
        Outcome o = run("esco", "--esco", bomb.toString());
        assertEquals(2, o.code(), o.err());
        assertNoStackTrace(o);
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains(bomb + ", entry skills_en.csv") && o.err().contains("limit 100:1"), o.err());
    }

    @Test
    void aFolderAndAnUnreadableFileAreNamedAndTheOtherFilesStillValidated() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, HEADER + "c1,,Web basics,Build a web page,4\nc2,,Bad level,Do X,11\n");
        Path folder = Files.createDirectories(dir.resolve("catalogues"));
        Path broken = dir.resolve("broken.csv");
        Files.createSymbolicLink(broken, Path.of("/proc/self/mem")); // reads fail even for root
        Outcome o = run("validate", "--credentials", folder.toString(), broken.toString(), good.toString(),
                "--quarantine", dir.resolve("q").toString());
        assertEquals(2, o.code(), o.err());
        assertNoStackTrace(o);
        assertEquals(List.of("skillscope validate: error: credential file " + folder + " is a folder, not a file; give the files in it",
                "skillscope validate: error: cannot read " + broken + ": Input/output error"), o.err().strip().lines().toList());
        String last = o.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.contains("\"read\":2,\"accepted\":1,\"rejected\":1,\"files\":1,\"failedFiles\":2"), last);
        assertTrue(Files.exists(dir.resolve("q/good.csv.rejects.jsonl")));
    }

    @Test
    void inputsWithTheSameFileNameKeepTheirOwnQuarantineFiles() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("catalogue.csv");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("catalogue.csv");
        Files.writeString(a, HEADER + "a1,,A,Do A,11\n");
        Files.writeString(b, HEADER + "b1,,B,Do B,12\n");
        Path q = dir.resolve("q");
        Outcome o = run("validate", "--credentials", a.toString(), b.toString(), "--quarantine", q.toString());
        assertEquals(0, o.code(), o.err());
        List<Path> files;
        try (var s = Files.list(q)) {
            files = s.sorted().toList();
        }
        assertEquals(2, files.size(), files.toString());
        String all = Files.readString(files.get(0)) + Files.readString(files.get(1));
        assertEquals(2, all.lines().count(), all);
        assertTrue(all.contains("\"line\":2") && all.contains("a1") && all.contains("b1"), all);
        for (Path f : files) assertTrue(f.getFileName().toString().matches("catalogue\\.csv\\.[0-9a-f]{8}\\.rejects\\.jsonl"), f.toString());
    }

    @Test
    void aQuarantineFolderThatCannotBeWrittenIsOneLineNotAStackTrace() throws Exception {
        Path input = dir.resolve("catalogue.csv");
        Files.writeString(input, HEADER + "a1,,A,Do A,11\n");
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Path q = notAFolder.resolve("quarantine"); // under a file: cannot be created, even by root
        Outcome o = run("validate", "--credentials", input.toString(), "--quarantine", q.toString());
        assertEquals(2, o.code(), o.err());
        assertNoStackTrace(o);
        assertEquals("skillscope validate: error: cannot write quarantine file " + q.resolve("catalogue.csv.rejects.jsonl") + ": Not a directory",
                o.err().strip());
    }
}
