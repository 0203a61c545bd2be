package org.skillscope.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A credential whose source file the run cannot give back is not exported: the API says why (404), the CLI skips it,
 * names it on stderr and counts it on its last line. The hand-made run's only input names no credential file it can
 * find (RunFixture), so none of its four credentials can be read again.
 */
class CredentialExportUnavailableTest {
    private static RunFixture.Served served;

    @BeforeAll
    static void serve() {
        served = RunFixture.serve();
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    void theApiSaysWhyACredentialCannotBeExported() {
        Http.Answer a = served.http.get("/api/credentials/cred-web/export?format=ob3");
        assertEquals(404, a.status(), a.body());
        assertEquals("credential 'cred-web' cannot be exported: run run-2 lists no input file catalogue.csv", a.json().get("detail").asText());
        assertEquals(404, served.http.get("/api/credentials/nope/export").status());
    }

    @Test
    void theCliSkipsItNamesItAndCountsIt() throws Exception {
        Path out = Files.createTempDirectory("skillscope-export-skip");
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("export", "credentials", "--db", served.run.jdbcUrl, "--format", "elm", "--out", out.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));
        String last = stdout.toString(StandardCharsets.UTF_8).strip();
        assertEquals("{\"credentials\":4,\"written\":0,\"skills\":0,\"format\":\"elm\",\"skipped\":4}", last.substring(last.lastIndexOf('\n') + 1));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("skipped cred-solar: run run-2 lists no input file catalogue.csv"),
                stderr.toString(StandardCharsets.UTF_8));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }
}
