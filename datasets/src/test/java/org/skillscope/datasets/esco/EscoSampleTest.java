package org.skillscope.datasets.esco;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled ESCO sample loads with the same loader as a real download, with known counts. */
class EscoSampleTest {
    private static Esco sample;

    @BeforeAll
    static void loadOnce() {
        sample = EscoLoader.load(EscoSample.path());
    }

    @Test
    void sampleHasTheCountsItWasGeneratedWith() {
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("version", "1.1.1");
        expected.put("skills", 1000);
        expected.put("occupations", 40);
        expected.put("occupationSkillRelations", 1620);
        expected.put("green", 48);
        expected.put("digital", 234);
        expected.put("digcomp", 26);
        expected.put("transversal", 96);
        expected.put("language", 0);
        expected.put("researchSkills", 12);
        expected.put("researchOccupations", 0);
        expected.put("iscoGroups", 77);
        expected.put("skillGroups", 350);
        expected.put("broaderSkillRelations", 1803);
        expected.put("skillSkillRelations", 166);
        expected.put("layout", "1.1.x");
        expected.put("missingFiles", List.of());
        assertEquals(expected, sample.counts());
        assertEquals(103, sample.broaderOccupationRelations().size());
        assertEquals(350, sample.skillsHierarchy().size());
        assertEquals(1034, sample.occupationSkillRelations().stream().filter(OccupationSkillRelation::essential).count());
    }

    @Test
    void everySampleOccupationIsOneOfTheChosenOnesWithEssentialSkillsAndASector() {
        assertEquals(EscoSampleWriter.OCCUPATIONS.stream().sorted().toList(),
                sample.occupations().values().stream().map(EscoOccupation::preferredLabel).sorted().toList());
        OccupationSectors sectors = OccupationSectors.of(sample);
        for (EscoOccupation o : sample.occupations().values()) {
            assertTrue(sample.occupationSkillRelations().stream()
                    .anyMatch(r -> r.essential() && r.occupationUri().equals(o.uri())), o.preferredLabel());
            assertTrue(sectors.iscoSubMajor(o.uri()).isPresent(), o.preferredLabel());
        }
        String dev = sample.occupations().values().stream()
                .filter(o -> o.preferredLabel().equals("software developer")).findFirst().orElseThrow().uri();
        assertEquals("25", sectors.iscoSubMajor(dev).orElseThrow().code());
        assertEquals("2", sectors.iscoMajor(dev).orElseThrow().code());
    }

    @Test
    void everyRelationAndCollectionMemberPointsInsideTheSample() {
        for (OccupationSkillRelation r : sample.occupationSkillRelations()) {
            assertTrue(sample.skills().containsKey(r.skillUri()), r.toString());
            assertTrue(sample.occupations().containsKey(r.occupationUri()), r.toString());
        }
        for (EscoCollection c : List.of(EscoCollection.GREEN, EscoCollection.DIGITAL, EscoCollection.DIGCOMP,
                EscoCollection.TRANSVERSAL, EscoCollection.RESEARCH_SKILLS)) {
            assertTrue(sample.skills().keySet().containsAll(sample.collection(c)), c.name());
        }
    }

    @Test
    void everySampleSkillHasAPillarGroup() {
        SkillHierarchy h = SkillHierarchy.of(sample);
        assertEquals(1000, h.pillarGroups().size());
        Map<String, Long> perGroup = new TreeMap<>();
        h.pillarGroups().values().forEach(g -> perGroup.merge(g.code(), 1L, Long::sum));
        assertEquals(81L, perGroup.get("K06"));
        assertEquals(96L, perGroup.get("S4"));
        assertEquals(25, perGroup.size());
    }

    @Test
    void loadingTwiceGivesTheSameFingerprint() {
        assertEquals(sample.fingerprint(), EscoLoader.load(EscoSample.path()).fingerprint());
        assertEquals(64, sample.fingerprint().length());
    }

    @Test
    void theBundledZipIsExactlyWhatTheWriterMakesFromTheRealDownload() throws IOException {
        Path v111 = Path.of(System.getProperty("skillscope.data", "../../shared/data")).resolve("esco/v1.1.1");
        assumeTrue(Files.isDirectory(v111), "real ESCO data " + v111.toAbsolutePath() + " absent: skipped");
        Esco real = EscoLoader.load(v111);
        byte[] regenerated = EscoSampleWriter.write(EscoFiles.collect(v111).files(), EscoSampleWriter.select(real));
        assertArrayEquals(Files.readAllBytes(EscoSample.path()), regenerated,
                "the bundled sample is stale: re-run EscoSampleWriter (see its javadoc)");
    }
}
