package org.skillscope.api;

import static org.skillscope.core.export.JsonContains.assertContains;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.api.export.Standards;
import org.skillscope.cli.Main;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Exported credentials against the standards, offline: every credential of a run the real job published from the
 * bundled sample and from every file in ../shared/data/credentials, exported through the API and the CLI as European
 * Learning Model (the EDC SHACL shapes) and Open Badges 3.0 (the official JSON Schema). A round trip keeps every
 * field of its source and adds no SHACL violation the source did not have (some official samples have their own,
 * listed by the test). Skipped when ../shared/data/standards is absent; CI has it.
 */
class CredentialExportStandardsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Standards standards;
    private static PublishedRunServer server;
    private static final List<Path> inputs = new ArrayList<>();
    /** Every credential of the run: its id, source format and the document it was read from (null for CSV). */
    private static final List<Source> sources = new ArrayList<>();

    private record Source(String id, String format, JsonNode document) {}

    @BeforeAll
    static void publishAndServe() throws Exception {
        String prop = System.getProperty("skillscope.data");
        Path data = prop == null ? null : Path.of(prop);
        assumeTrue(data != null && Files.isDirectory(data.resolve("standards")) && Files.isDirectory(data.resolve("credentials")),
                "shared data folder with standards/ and credentials/ (system property skillscope.data) absent: skipped");
        standards = new Standards(data.resolve("standards"));
        inputs.addAll(CredentialSample.files());
        try (Stream<Path> files = Files.walk(data.resolve("credentials"))) {
            files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
        }
        server = PublishedRunServer.publish(EscoSample.path(), inputs, VacancySample.files(),
                Files.createTempDirectory("skillscope-export").resolve("out"), Path.of("target", "index-cache"));
        JsonNode list = server.ok("/api/credentials?size=100");
        for (JsonNode item : list.get("items")) {
            String id = item.get("credentialId").asText();
            JsonNode detail = server.ok("/api/credentials/" + enc(id));
            Path file = inputs.stream().filter(p -> p.endsWith(detail.get("sourceFile").asText())).findFirst().orElseThrow();
            Credential c = CredentialLoaders.load(file).accepted().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            sources.add(new Source(id, c.sourceFormat(), CredentialLoaders.document(file, c.sourceLine()).orElse(null)));
        }
        // the run keeps a credential id once (an official sample comes signed and unsigned, a spec example twice)
        assertEquals(list.get("total").asInt(), sources.size());
        assertTrue(sources.size() >= 25, "credentials in the run: " + sources.size());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void everyExportedElmDocumentPassesTheEdcShapesOrAddsNoViolationToItsSource() {
        List<String> failures = new ArrayList<>();
        int roundTrips = 0, built = 0, asserted = 0;
        for (Source s : sources) {
            JsonNode doc = export(s.id, "elm");
            List<String> violations = standards.elmViolations(doc);
            if ("elm".equals(s.format)) {
                roundTrips++;
                Set<String> before = new LinkedHashSet<>(standards.elmViolations(s.document));
                if (!before.isEmpty()) System.err.println("source " + s.id + " has " + before.size() + " SHACL violations of its own, e.g. " + before.iterator().next());
                for (String v : violations) if (!before.contains(v)) failures.add(s.id + " (enriched ELM): " + v);
            } else {
                built++;
                assertEquals("LearningAchievementSpecification", doc.get("type").asText());
                for (String v : violations) failures.add(s.id + " (built from " + s.format + "): " + v);
            }
            asserted += countMatches(doc.toString(), "skills added by SkillScope");
        }
        assertEquals(List.of(), failures);
        assertTrue(roundTrips >= 5 && built >= 20, roundTrips + " round trips, " + built + " built");
        assertTrue(asserted >= 10, "outcomes with skills SkillScope added: " + asserted);
    }

    @Test
    void everyExportedOpenBadgeValidatesAgainstTheSchema() {
        List<String> failures = new ArrayList<>();
        int credentials = 0, achievements = 0;
        for (Source s : sources) {
            JsonNode doc = export(s.id, "ob3");
            boolean achievement = types(doc).contains("Achievement");
            List<String> errors = achievement ? standards.achievementErrors(doc) : standards.credentialErrors(doc);
            if (achievement) achievements++;
            else credentials++;
            assertEquals(!"ob3".equals(s.format) || types(s.document).contains("Achievement"), achievement, s.id);
            for (String e : errors) failures.add(s.id + (achievement ? " (Achievement): " : " (AchievementCredential): ") + e);
        }
        assertEquals(List.of(), failures);
        assertTrue(credentials >= 5 && achievements >= 20, credentials + " credentials, " + achievements + " achievements");
    }

    @Test
    void aRoundTripKeepsEveryFieldOfTheSourceAndNoLearnerIdInClear() {
        int checked = 0;
        for (Source s : sources) {
            if (s.document == null || !List.of("elm", "ob3").contains(s.format)) continue;
            JsonNode doc = export(s.id, s.format);
            assertContains(withoutLearner(s.document), doc, s.id + " $");
            String learner = s.document.path("credentialSubject").path("id").asText("");
            if (!learner.isEmpty()) {
                assertFalse(doc.toString().contains("\"" + learner + "\""), s.id + ": learner id in clear");
                assertTrue(doc.path("credentialSubject").path("id").asText().startsWith("urn:skillscope:learner:"), s.id);
            }
            checked++;
        }
        assertTrue(checked >= 10, "round trips checked: " + checked);
    }

    @Test
    void theCliWritesOneValidFilePerCredentialAndSaysSoOnItsLastLine() throws Exception {
        Path out = Files.createTempDirectory("skillscope-export-cli");
        JsonNode last = cli("export", "credentials", "--db", server.jdbcUrl, "--format", "ob3", "--out", out.toString());
        assertEquals(sources.size(), last.get("credentials").asInt());
        assertEquals("ob3", last.get("format").asText());
        assertEquals(last.get("credentials").asInt(), last.get("written").asInt() + last.get("skipped").asInt());
        assertEquals(0, last.get("skipped").asInt(), "every input is still there, unchanged");
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertEquals(last.get("written").asInt(), files.size());
        int escoAlignments = 0, asserted = 0;
        for (Path f : files) {
            assertTrue(f.getFileName().toString().endsWith(".ob3.json"), f.toString());
            JsonNode doc = JSON.readTree(f.toFile());
            assertEquals(List.of(), types(doc).contains("Achievement") ? standards.achievementErrors(doc) : standards.credentialErrors(doc), f.toString());
            escoAlignments += countMatches(doc.toString(), "\"targetType\":\"ext:ESCOSkill\"");
            asserted += countMatches(doc.toString(), "Asserted by SkillScope from the outcome");
        }
        // the skills written are the asserted ones added and the declared ones the run knows (sources may declare more)
        int skills = last.get("skills").asInt();
        assertTrue(asserted > 0 && asserted <= skills && skills <= escoAlignments, asserted + " asserted <= " + skills + " <= " + escoAlignments);

        Path one = Files.createTempDirectory("skillscope-export-cli-provider");
        JsonNode nordhavn = cli("export", "credentials", "--db", server.jdbcUrl, "--format", "elm", "--out", one.toString(),
                "--provider", "nordhavn digital academy", "--min-confidence", "0.99");
        long expected = server.ok("/api/credentials?provider=" + enc("Nordhavn Digital Academy") + "&size=100").get("total").asLong();
        assertTrue(expected > 1);
        assertEquals(expected, nordhavn.get("written").asLong());
        assertTrue(nordhavn.get("skills").asInt() < last.get("skills").asInt(), "a higher threshold writes fewer skills");
    }

    @Test
    void aPostedCredentialComesBackEnrichedInEitherFormat() throws Exception {
        String row = "{\"id\":\"my-course\",\"title\":\"Solar panel installation\",\"awarding_body\":\"My Academy\",\"issuer_country\":\"PT\","
                + "\"learning_outcomes\":[\"install photovoltaic systems\",\"perform electrical safety checks\"],\"workload_ects\":5,\"eqf_level\":4}";
        Http.Answer elm = server.http.post("/api/credentials/score?export=elm", row);
        assertEquals(200, elm.status(), elm.body());
        assertEquals(List.of(), standards.elmViolations(elm.json()));
        assertTrue(elm.json().toString().contains("relatedESCOSkill"), elm.body());
        Http.Answer ob3 = server.http.post("/api/credentials/score?export=ob3", row);
        assertEquals(200, ob3.status(), ob3.body());
        assertEquals(List.of(), standards.achievementErrors(ob3.json()));

        String badge = Files.readString(CredentialSample.files().get(CredentialSample.FILE_NAMES.indexOf(CredentialSample.OB3_JSON)));
        JsonNode enriched = server.http.post("/api/credentials/score?export=ob3", badge).json();
        assertEquals(List.of(), standards.credentialErrors(enriched));
        assertContains(withoutLearner(JSON.readTree(badge)), enriched, "posted badge $");

        Http.Answer bad = server.http.post("/api/credentials/score?export=pdf", row);
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("format must be elm or ob3"), bad.body());
        Http.Answer unnamed = server.http.get("/api/credentials/" + enc(sources.get(0).id) + "/export");
        assertEquals(200, unnamed.status(), unnamed.body());
        assertTrue(unnamed.header("Content-Disposition").endsWith(".elm.jsonld\""), "ELM unless format says otherwise");
        assertEquals(400, server.http.get("/api/credentials/" + enc(sources.get(0).id) + "/export?format=pdf").status());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static JsonNode export(String id, String format) {
        Http.Answer a = server.http.get("/api/credentials/" + enc(id) + "/export?format=" + format);
        assertEquals(200, a.status(), id + " " + format + ": " + a.body());
        String disposition = a.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=") && disposition.contains(format.equals("elm") ? ".elm.jsonld" : ".ob3.json"), disposition);
        return a.json();
    }

    private static JsonNode cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute(args);
        } finally {
            System.setOut(old);
        }
        String text = buf.toString(StandardCharsets.UTF_8).strip();
        assertEquals(0, code, text);
        try {
            return JSON.readTree(text.substring(text.lastIndexOf('\n') + 1));
        } catch (Exception e) {
            throw new AssertionError("last line is not JSON: " + text, e);
        }
    }

    /** The source as an export keeps it: all but the learner's id and identifying fields, and a proof. */
    private static JsonNode withoutLearner(JsonNode source) {
        ObjectNode d = source.deepCopy();
        d.remove("proof");
        if (d.get("credentialSubject") instanceof ObjectNode subject) {
            subject.remove(List.of("id", "givenName", "familyName", "fullName", "birthName", "patronymicName", "dateOfBirth", "placeOfBirth",
                    "nationalID", "nationalId", "identifier", "contactPoint", "emailAddress", "email", "mailbox", "gender", "citizenshipCountry",
                    "location", "hasLocation", "name", "phone"));
        }
        return d;
    }

    private static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        JsonNode t = n.path("type");
        for (JsonNode x : t.isArray() ? t : List.of(t)) out.add(x.asText());
        return out;
    }

    private static int countMatches(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
        return n;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
