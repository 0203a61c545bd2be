package org.skillscope.datasets.esco;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The loader on the real ESCO downloads in ../shared/data/esco (skipped when absent). */
class EscoRealDataTest {
    private static Path v111;
    private static Path v120;
    private static Esco folder; // v1.1.1 from the folder, loaded once for the class

    @BeforeAll
    static void loadOnce() {
        Path data = Path.of(System.getProperty("skillscope.data", "../../shared/data"));
        v111 = data.resolve("esco/v1.1.1");
        v120 = data.resolve("esco/v1.2.0-partial");
        if (Files.isDirectory(v111)) folder = EscoLoader.load(v111);
    }

    @BeforeEach
    void needsRealData() {
        assumeTrue(folder != null, "real ESCO data " + v111.toAbsolutePath() + " absent: skipped");
    }

    private static void assertV111Counts(Esco esco) {
        Map<String, Object> c = esco.counts();
        assertEquals("1.1.1", c.get("version"));
        assertEquals(13896, c.get("skills"));
        assertEquals(3007, c.get("occupations"));
        assertEquals(123855, c.get("occupationSkillRelations"));
        assertEquals(570, c.get("green"));
        assertEquals(1201, c.get("digital"));
        assertEquals(26, c.get("digcomp"));
        assertEquals(96, c.get("transversal"));
        assertEquals(346, c.get("language"));
        assertEquals(40, c.get("researchSkills"));
        assertEquals(122, c.get("researchOccupations"));
        assertEquals(619, c.get("iscoGroups"));
        assertEquals(640, c.get("skillGroups"));
        assertEquals(20656, c.get("broaderSkillRelations"));
        assertEquals(5899, c.get("skillSkillRelations"));
        assertEquals(3617, esco.broaderOccupationRelations().size());
        assertEquals("1.1.x", c.get("layout"));
        assertEquals(List.of(), c.get("missingFiles"));
    }

    @Test
    void folderWithZipsAndUnzippedCopiesGivesTheOfficialCountsReadingEachFileOnce() {
        assertV111Counts(folder);
    }

    @Test
    void countsStartWithTheKeysTheCliPrints() {
        assertEquals(List.of("version", "skills", "occupations", "occupationSkillRelations", "green", "digital",
                        "digcomp", "transversal", "language", "researchSkills", "researchOccupations", "iscoGroups",
                        "skillGroups", "broaderSkillRelations", "skillSkillRelations", "layout", "missingFiles"),
                List.copyOf(folder.counts().keySet()));
    }

    @Test
    void theTwoZipsAloneGiveTheSameCountsAndFingerprintAsTheFolder(@TempDir Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(v111)) {
            for (Path zip : s.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, tmp.resolve(zip.getFileName().toString()));
            }
        }
        Esco zips = EscoLoader.load(tmp);
        assertV111Counts(zips);
        assertEquals(folder.fingerprint(), zips.fingerprint());
        assertEquals(folder.skills(), zips.skills());
    }

    @Test
    void unzippedSubfoldersAloneGiveTheSameCounts() {
        // the classification and relations folders, without the zips: version comes from the parent folder
        Esco classification = EscoLoader.load(v111.resolve("classification-en"));
        assertEquals("1.1.1", classification.version());
        assertEquals(13896, classification.skills().size());
        assertTrue(classification.missingFiles().contains("occupationSkillRelations"));
    }

    @Test
    void multiValuedLabelsAreSplitOnNewlines() {
        EscoOccupation director = folder.occupations()
                .get("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34");
        assertEquals("technical director", director.preferredLabel());
        assertEquals("2654", director.iscoGroup());
        assertEquals("2654.1.7", director.code());
        assertEquals("technical and operations director", director.altLabels().get(0));
        assertTrue(director.altLabels().contains("head of technical"));
    }

    @Test
    void partialV120LoadsWhatIsPresentAndNamesWhatIsMissing() {
        assumeTrue(Files.isDirectory(v120), "real ESCO data " + v120.toAbsolutePath() + " absent: skipped");
        Esco esco = EscoLoader.load(v120);
        Map<String, Object> c = esco.counts();
        assertEquals("1.2.0", c.get("version"));
        assertEquals("1.2.x", c.get("layout"));
        assertEquals(591, c.get("green"));
        assertEquals(1284, c.get("digital"));
        assertEquals(3039, c.get("occupations"));
        assertEquals(25, c.get("digcomp"));
        assertEquals(95, c.get("transversal"));
        assertEquals(0, c.get("skills"));
        assertEquals(0, c.get("occupationSkillRelations"));
        assertEquals(List.of("skills", "occupationSkillRelations"), esco.missingFiles());
        assertTrue(!esco.fingerprint().equals(folder.fingerprint()));
    }

    @Test
    void everySkillHasAPillarGroupAndEveryOccupationAnIscoSector() {
        SkillHierarchy h = SkillHierarchy.of(folder);
        assertEquals(13896, h.pillarGroups().size());
        Map<String, Long> perGroup = new java.util.TreeMap<>();
        h.pillarGroups().values().forEach(g -> perGroup.merge(g.code(), 1L, Long::sum));
        System.out.println("skills per pillar group (v1.1.1): " + perGroup);
        assertTrue(perGroup.keySet().containsAll(List.of("S1", "S4", "S8", "K06", "K09", "T1", "L1")), perGroup.toString());
        // "nursing science" has one parent, ISCED-F 0913 nursing, under K09 health and welfare
        SkillHierarchyNode nursing = h.pillarGroup("http://data.europa.eu/esco/skill/d429b19a-132f-44d3-971b-bb0ccd94f979").orElseThrow();
        assertEquals("K09", nursing.code());
        assertEquals("health and welfare", nursing.preferredLabel());
        assertEquals("K", h.pillar("http://data.europa.eu/esco/skill/d429b19a-132f-44d3-971b-bb0ccd94f979").orElseThrow().code());
        // "manage musical staff" has three parents: the group "supervising a team or group" (S4) and two
        // skills; the first by sorted URI (skill/339ac029...) leads to T4, and the rule is deterministic
        String musical = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";
        assertEquals("T4", h.pillarGroup(musical).orElseThrow().code());
        assertEquals("T", h.pillar(musical).orElseThrow().code());

        OccupationSectors sectors = OccupationSectors.of(folder);
        String director = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";
        assertEquals("2", sectors.iscoMajor(director).orElseThrow().code());
        assertEquals("Professionals", sectors.iscoMajor(director).orElseThrow().preferredLabel());
        assertEquals("26", sectors.iscoSubMajor(director).orElseThrow().code());
        long withSector = folder.occupations().keySet().stream().filter(o -> sectors.iscoSubMajor(o).isPresent()).count();
        assertEquals(3007, withSector);
    }
}
