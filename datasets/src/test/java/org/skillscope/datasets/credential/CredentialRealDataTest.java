package org.skillscope.datasets.credential;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.Finding;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file under ../shared/data/credentials and both course catalogues, with counts found by
 * reading the files by hand: learningOutcome objects and relatedESCOSkill URIs in the ELM files,
 * ESCO alignments in the Open Badges files. Skipped when the shared data folder is absent.
 */
class CredentialRealDataTest {
    private static Path data;

    /** Expected outcome: accepted with n outcomes and m declared ESCO skill URIs, or rejected with a reason. */
    private record Expect(boolean accepted, int outcomes, int escoUris, String rejectReasonStart) {
        static Expect ok(int outcomes, int escoUris) {
            return new Expect(true, outcomes, escoUris, null);
        }

        static Expect rejected(String reasonStart) {
            return new Expect(false, 0, 0, reasonStart);
        }
    }

    private static final Map<String, Expect> CREDENTIAL_FILES = new LinkedHashMap<>();

    static {
        // Open Badges 3.0: outcomes = skill alignments + description lines + criteria lines (see OpenBadgesLoader)
        CREDENTIAL_FILES.put("1edtech-ob3-spec/achievementAlignmentCase.extracted.json", Expect.ok(2, 0));
        CREDENTIAL_FILES.put("1edtech-ob3-spec/achievementAlignmentCe.extracted.json", Expect.ok(3, 0));
        CREDENTIAL_FILES.put("1edtech-ob3-spec/basicOpenBadgeCredential.extracted.json", Expect.ok(2, 0));
        CREDENTIAL_FILES.put("1edtech-ob3-spec/context-3.0.3.json", Expect.rejected("JSON-LD context document"));
        CREDENTIAL_FILES.put("1edtech-ob3-spec/fullOpenBadge.extracted.json", Expect.ok(4, 0));
        CREDENTIAL_FILES.put("1edtech-ob3-spec/skillAssertionCase.extracted.json", Expect.ok(3, 0));
        CREDENTIAL_FILES.put("1edtech-ob3-spec/skillAssertionCtdl.extracted.json", Expect.ok(3, 0));
        CREDENTIAL_FILES.put("educredentials-ob3/full_ex.json", Expect.ok(4, 0));
        CREDENTIAL_FILES.put("educredentials-ob3/mbob_zw_ssb_microcredential_full.json", Expect.ok(2, 0));
        CREDENTIAL_FILES.put("educredentials-ob3/theed_microcredential_full_ho.json", Expect.ok(5, 0));
        CREDENTIAL_FILES.put("educredentials-ob3/uvh_at_microcredential_full_1.json", Expect.ok(2, 0));
        // European Learning Model: learningOutcome objects and their relatedESCOSkill URIs
        CREDENTIAL_FILES.put("elm-v3-official/Sample-CertOfPart-unsigned.jsonld", Expect.ok(0, 0));
        CREDENTIAL_FILES.put("elm-v3-official/Sample-MC-Annex1-signed.jsonld", Expect.ok(2, 4));
        CREDENTIAL_FILES.put("elm-v3-official/Sample-MC-Annex1-unsigned.jsonld", Expect.ok(2, 4));
        CREDENTIAL_FILES.put("elm-v3-official/credential-sample-v3.1.jsonld", Expect.ok(0, 0));
        CREDENTIAL_FILES.put("elm-v3-official/credential-sample.jsonld", Expect.ok(0, 0));
        CREDENTIAL_FILES.put("elm-v3-official/edc-ap-context.jsonld", Expect.rejected("JSON-LD context document"));
        CREDENTIAL_FILES.put("elm-v3-official/loq.xml", Expect.rejected("unsupported file type .xml"));
        CREDENTIAL_FILES.put("mynextid-microcredential/LICENSE", Expect.rejected("unsupported file type (none)"));
        // its 4 relatedESCOSkill ids are urn:epass placeholders, not ESCO URIs: findings, not declared skills
        CREDENTIAL_FILES.put("mynextid-microcredential/edc-mc-example.json", Expect.ok(2, 0));
        CREDENTIAL_FILES.put("mynextid-microcredential/edc-mc-signed.jsonld", Expect.ok(2, 0));
        CREDENTIAL_FILES.put("mynextid-microcredential/open-badge-mc-example.json", Expect.ok(4, 2));
        // the .jwt holds only a JWS protected header (the payload is detached): nothing to load
        CREDENTIAL_FILES.put("mynextid-microcredential/open-badge-mc-signed.jwt", Expect.rejected("compact JWS without a payload segment"));
    }

    @BeforeAll
    static void findData() {
        String prop = System.getProperty("skillscope.data");
        data = prop == null ? null : Path.of(prop);
        assumeTrue(data != null && Files.isDirectory(data.resolve("credentials")),
                "shared data folder (system property skillscope.data) absent: skipped");
    }

    private static LoadResult<Credential> load(Path file) {
        LoadResult<Credential> r = CredentialLoaders.load(file, "real-data-test");
        assertEquals(r.accepted().size() + r.rejected().size(), r.read(), file::toString);
        return r;
    }

    @Test
    void theTableListsEveryCredentialFile() throws IOException {
        Path root = data.resolve("credentials");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> present = files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(CREDENTIAL_FILES.keySet().stream().sorted().toList(), present);
        }
    }

    @Test
    void everyCredentialFileLoadsWithItsOutcomesAndEscoUris() {
        Map<String, String> failures = new TreeMap<>();
        CREDENTIAL_FILES.forEach((name, expect) -> {
            LoadResult<Credential> r = load(data.resolve("credentials").resolve(name));
            String got;
            if (r.accepted().size() == 1 && r.rejected().isEmpty()) {
                Credential c = r.accepted().get(0);
                int esco = c.learningOutcomes().stream().mapToInt(lo -> lo.declaredEscoSkills().size()).sum();
                got = "ok " + c.learningOutcomes().size() + "/" + esco;
                assertNotNull(c.title(), name);
                assertTrue(c.learnerPseudonym() == null || c.learnerPseudonym().startsWith("sha256:"), name);
            } else if (r.accepted().isEmpty() && r.rejected().size() == 1) {
                String reason = r.rejected().get(0).reason();
                got = expect.rejectReasonStart() != null && reason.startsWith(expect.rejectReasonStart())
                        ? "rejected " + expect.rejectReasonStart() : "rejected " + reason;
            } else {
                got = "read " + r.read() + " accepted " + r.accepted().size();
            }
            String want = expect.accepted() ? "ok " + expect.outcomes() + "/" + expect.escoUris() : "rejected " + expect.rejectReasonStart();
            if (!want.equals(got)) failures.put(name, "want " + want + ", got " + got);
        });
        assertEquals(Map.of(), failures);
    }

    @Test
    void annexOneMicroCredentialKeepsItsEscoSkillsPerOutcome() {
        Credential c = load(data.resolve("credentials/elm-v3-official/Sample-MC-Annex1-unsigned.jsonld")).accepted().get(0);
        assertEquals("Digital micro-credential creation", c.title());
        assertEquals(List.of("Communication, collaboration and creativity", "Developing digital content"), c.outcomeTexts());
        assertEquals(List.of("http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9",
                "http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304",
                "http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d"), c.learningOutcomes().get(0).declaredEscoSkills());
        assertEquals(List.of("http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a"), c.learningOutcomes().get(1).declaredEscoSkills());
        assertEquals("IE", c.issuerCountry());
        assertEquals("University of Zed", c.awardingBody());
        assertEquals(2.0, c.workloadEcts());
        assertEquals(6, c.eqfLevel());
        assertEquals("Blended", c.participationForm());
    }

    @Test
    void signedFilesSayTheSignatureWasNotVerified() {
        for (String name : List.of("elm-v3-official/Sample-MC-Annex1-signed.jsonld", "mynextid-microcredential/edc-mc-signed.jsonld")) {
            LoadResult<Credential> r = load(data.resolve("credentials").resolve(name));
            assertEquals(1, r.findings().stream().filter(f -> f.field().equals("signature")).count(), name);
        }
        LoadResult<Credential> placeholders = load(data.resolve("credentials/mynextid-microcredential/edc-mc-example.json"));
        assertEquals(4, placeholders.findings().stream().filter(f -> f.field().equals("relatedESCOSkill")).count());
    }

    @Test
    void everyCourseraRowIsAccountedFor() {
        LoadResult<Credential> r = load(data.resolve("courses/coursera-1000/coursera_courses.csv"));
        assertEquals(1000, r.read());
        assertEquals(1000, r.accepted().size());
        assertEquals(0, r.rejected().size());
        assertTrue(r.accepted().stream().allMatch(c -> "coursera".equals(c.sourceFormat())));
        Map<String, Long> fallbacks = r.findings().stream().filter(f -> f.field().equals("learning_outcomes") && !f.message().startsWith("missing"))
                .collect(Collectors.groupingBy(Finding::message, TreeMap::new, Collectors.counting()));
        // 420 rows have course_summary "[]" and one has [''], 191 of those also have no skills: 34 of their descriptions
        // list what is learnt, the other 157 only advertise
        String noList = "course_summary and course_skills empty, course_description lists no outcomes (its prose is not read as "
                + "outcomes): no outcomes";
        assertEquals(Map.of("course_summary empty: course_skills used as outcomes", 230L,
                "course_summary and course_skills empty: the list items of course_description used as outcomes", 34L,
                noList, 157L), fallbacks);
        assertEquals(2057, r.accepted().stream().filter(c -> r.findings().stream().noneMatch(f -> f.line() == c.sourceLine()
                && f.field().equals("learning_outcomes") && !f.message().startsWith("missing")))
                .mapToInt(c -> c.learningOutcomes().size()).sum(), "bullets in the 579 non-empty summaries");
        assertEquals(157, r.accepted().stream().filter(c -> c.learningOutcomes().isEmpty()).count());
        assertEquals(188, r.accepted().stream().filter(c -> c.prerequisites() != null).count(), "descriptions stating prerequisites");
    }

    @Test
    void everyEdxRowIsAccountedForWithItsLanguage() {
        LoadResult<Credential> r = load(data.resolve("courses/edx-975/edx_courses.csv"));
        assertEquals(975, r.read());
        assertEquals(974, r.accepted().size());
        assertEquals(1, r.rejected().size());
        assertEquals(317, r.rejected().get(0).line());
        assertEquals("duplicate id 'https://www.edx.org/course/introduction-to-probability' (first at line 202)", r.rejected().get(0).reason());
        Map<String, Long> languages = r.accepted().stream().collect(Collectors.groupingBy(Credential::language, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("en", 776L, "es", 176L, "fr", 7L, "it", 4L, "zh", 4L, "pt", 4L, "ja", 1L, "ar", 1L, "de", 1L), languages);
        assertTrue(r.accepted().stream().allMatch(c -> c.workloadEcts() != null && c.workloadEcts() >= 0));
    }
}
