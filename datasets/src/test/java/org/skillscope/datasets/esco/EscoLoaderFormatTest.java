package org.skillscope.datasets.esco;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.DatasetException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader on tiny hand-written ESCO files: both layouts and a corpus of broken inputs. */
class EscoLoaderFormatTest {

    /**
     * A fixture folder with its ESCO file names restored. The files are stored under names that are not
     * the real download's (NAME.fixture, "skills-en", "occupation-skill-relations") so the repository
     * never holds files named like it; the copy keeps the folder name, which carries the version.
     */
    private static Path fixture(String name) {
        try {
            Path src = Path.of(EscoLoaderFormatTest.class.getResource("fixtures/" + name).toURI());
            Path dst = Path.of("target", "esco-fixtures", name).toAbsolutePath();
            try (var files = java.nio.file.Files.walk(src)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path target = dst.resolve(escoName(src.relativize(p).toString()));
                    if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target);
                    else java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dst;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escoName(String stored) {
        return stored.replaceFirst("\\.fixture$", "").replace("skills-en.csv", "skills_en.csv")
                .replace("occupation-skill-relations", "occupationSkillRelations");
    }

    @Test
    void readsThe12LayoutWithPipeSeparatedLabelsAndNamesMissingFiles() {
        Esco esco = EscoLoader.load(fixture("v1.2.9-mini"));
        assertEquals("1.2.9", esco.version());
        assertEquals("1.2.x", esco.layout());
        assertEquals(List.of("http://data.europa.eu/esco/skill/a", "http://data.europa.eu/esco/skill/b",
                "http://data.europa.eu/esco/skill/c"), List.copyOf(esco.skills().keySet())); // sorted by URI
        EscoSkill python = esco.skills().get("http://data.europa.eu/esco/skill/a");
        assertEquals(List.of("Python", "Python programming"), python.altLabels());
        assertEquals(List.of("python3"), python.hiddenLabels());
        assertEquals("knowledge", python.skillType());
        assertEquals("sector-specific", python.reuseLevel());
        EscoSkill solar = esco.skills().get("http://data.europa.eu/esco/skill/b");
        assertEquals(List.of("fit PV panels", "mount solar modules"), solar.altLabels());
        assertEquals("Install photovoltaic panels, safely.", solar.description());
        EscoOccupation tech = esco.occupations().get("http://data.europa.eu/esco/occupation/2");
        assertEquals(List.of("PV installer", "solar fitter"), tech.altLabels());
        assertEquals("7411.1.4", tech.code());
        assertEquals(3, esco.occupationSkillRelations().size());
        assertEquals(2, esco.occupationSkillRelations().stream().filter(OccupationSkillRelation::essential).count());
        assertTrue(esco.isGreen("http://data.europa.eu/esco/skill/b"));
        assertEquals(1, esco.counts().get("green"));
        assertEquals(List.of("ISCOGroups", "skillGroups", "skillsHierarchy", "broaderRelationsSkillPillar",
                        "broaderRelationsOccPillar", "skillSkillRelations", "digitalSkillsCollection",
                        "digCompSkillsCollection", "transversalSkillsCollection", "languageSkillsCollection",
                        "researchSkillsCollection", "researchOccupationsCollection"),
                esco.missingFiles());
        assertEquals(64, esco.fingerprint().length());
    }

    @Test
    void readsThe11LayoutWithNewlineSeparatedLabelsInSubfolders() {
        Esco esco = EscoLoader.load(fixture("v1.1.0-mini"));
        assertEquals("1.1.0", esco.version());
        assertEquals("1.1.x", esco.layout());
        EscoSkill staff = esco.skills().get("http://data.europa.eu/esco/skill/x");
        assertEquals(List.of("manage staff of music", "coordinate duties of musical staff", "direct musical staff"),
                staff.altLabels());
        assertEquals("Assign and manage staff tasks.\nSecond line of the description.", staff.description());
        assertEquals(List.of("leading", "guiding"), esco.skills().get("http://data.europa.eu/esco/skill/g").hiddenLabels());
        assertEquals(6, esco.skillGroups().size());
        assertEquals("K06", esco.skillGroups().get("http://data.europa.eu/esco/isced-f/06").code());
        assertEquals(6, esco.skillsHierarchy().size());
        assertEquals(6, esco.broaderSkillRelations().size());
        assertEquals(1, esco.skillSkillRelations().size());
        assertEquals("optional", esco.skillSkillRelations().get(0).relationType());
    }

    @Test
    void aSkillWithSeveralParentsTakesTheFirstByUri() {
        Esco esco = EscoLoader.load(fixture("v1.1.0-mini"));
        SkillHierarchy h = SkillHierarchy.of(esco);
        // x sits under group S4 and under skill g (itself under T4); ".../skill/S4" sorts before ".../skill/g"
        assertEquals("S4", h.pillarGroup("http://data.europa.eu/esco/skill/x").orElseThrow().code());
        assertEquals("management skills", h.pillarGroup("http://data.europa.eu/esco/skill/x").orElseThrow().preferredLabel());
        assertEquals("T4", h.pillarGroup("http://data.europa.eu/esco/skill/g").orElseThrow().code());
        assertEquals("T", h.pillar("http://data.europa.eu/esco/skill/g").orElseThrow().code());
        assertTrue(h.pillarGroup("http://data.europa.eu/esco/skill/unknown").isEmpty());
    }

    @Test
    void versionOverrideReplacesThePathVersionAndAnUnversionedPathSaysUnknown(@TempDir Path tmp) throws IOException {
        assertEquals("1.2.1", EscoLoader.load(fixture("v1.2.9-mini"), "v1.2.1").version());
        Files.writeString(tmp.resolve("skills_en.csv"), "conceptUri,preferredLabel\nhttp://x/a,Python\n");
        Esco unversioned = EscoLoader.load(tmp);
        assertEquals("unknown", unversioned.version());
        assertEquals("unknown", unversioned.layout()); // no relation file and no version to tell
        assertEquals("1.1.2", EscoLoader.load(tmp, "1.1.2").version());
        assertEquals("1.1.x", EscoLoader.load(tmp, "1.1.2").layout());
    }

    @Test
    void aMissingRequiredColumnNamesFileLineAndField() {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("missing-column")));
        assertEquals("skills_en.csv", e.file());
        assertEquals(1, e.line());
        assertEquals("conceptUri", e.field());
        assertTrue(e.getMessage().contains("missing required column 'conceptUri'"), e.getMessage());
    }

    @Test
    void aRowWithAnEmptyUriNamesItsLine() {
        // the first record spans lines 2-3 (a quoted two-line label), so the bad one starts on line 4
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("empty-uri")));
        assertEquals(4, e.line());
        assertEquals("conceptUri", e.field());
        assertEquals("ESCO file skills_en.csv, line 4, field conceptUri: empty conceptUri", e.getMessage());
    }

    @Test
    void aDuplicateSkillUriNamesBothLines() {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("duplicate-uri")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("duplicate conceptUri http://data.europa.eu/esco/skill/a (first on line 2, again on line 4)"),
                e.getMessage());
    }

    @Test
    void anEmptyFileIsAClearError() {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("empty-file")));
        assertEquals("skills_en.csv", e.file());
        assertTrue(e.getMessage().contains("empty file: no header line"), e.getMessage());
    }

    @Test
    void aTruncatedCsvWithAnUnterminatedQuoteNamesTheRecordThatBreaks() {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("truncated")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("Missing closing quote"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void nonUtf8BytesAreAClearErrorNamingTheLine() {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("not-utf8")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not valid UTF-8 (byte 0xE9"), e.getMessage());
    }

    @Test
    void anUnknownRelationTypeIsRejectedWithItsField() {
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(fixture("bad-relation-type")));
        assertEquals(3, e.line());
        assertEquals("relationType", e.field());
        assertTrue(e.getMessage().contains("'mandatory'"), e.getMessage());
    }

    @Test
    void aRecordWithMoreFieldsThanTheHeaderIsAnError(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("skills_en.csv"), "conceptUri,preferredLabel\nhttp://x/a,Python,extra\n");
        EscoFormatException e = assertThrows(EscoFormatException.class, () -> EscoLoader.load(tmp));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("3 fields but the header has 2"), e.getMessage());
    }

    @Test
    void aPathWithoutEscoFilesIsAClearError(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "nothing here");
        DatasetException e = assertThrows(DatasetException.class, () -> EscoLoader.load(tmp));
        assertTrue(e.getMessage().startsWith("no ESCO CSV files found in "), e.getMessage());
        DatasetException absent = assertThrows(DatasetException.class, () -> EscoLoader.load(tmp.resolve("nope")));
        assertTrue(absent.getMessage().startsWith("ESCO path does not exist"), absent.getMessage());
    }

    @Test
    void aZipIsReadLikeTheFolderAndLooseCsvsWinOverZipEntries(@TempDir Path tmp) throws IOException {
        Path src = fixture("v1.2.9-mini");
        Path zip = tmp.resolve("zipped").resolve("ESCO dataset - v1.2.9 - classification - en - csv.zip");
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("skills_en.csv", "occupations_en.csv", "occupationSkillRelations_en.csv",
                    "greenSkillsCollection_en.csv")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(src.resolve(name)));
                out.closeEntry();
            }
        }
        Esco fromFolder = EscoLoader.load(src);
        Esco fromZip = EscoLoader.load(zip);
        Esco fromFolderOfZips = EscoLoader.load(zip.getParent());
        assertEquals("1.2.9", fromZip.version());
        assertEquals("1.2.9", fromFolderOfZips.version());
        assertEquals(fromFolder.skills(), fromZip.skills());
        assertEquals(fromFolder.counts(), fromZip.counts());
        assertEquals(fromFolder.fingerprint(), fromZip.fingerprint());

        // a loose copy that differs from the zip entry wins; the fingerprint follows the content
        Files.writeString(zip.resolveSibling("greenSkillsCollection_en.csv"), "conceptType,conceptUri\n");
        Esco mixed = EscoLoader.load(zip.getParent());
        assertEquals(0, mixed.counts().get("green"));
        assertNotEquals(fromZip.fingerprint(), mixed.fingerprint());
    }

    @Test
    void twoDifferentLooseCopiesOfOneFileAreRefused(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("b"));
        Files.writeString(tmp.resolve("a/skills_en.csv"), "conceptUri,preferredLabel\nhttp://x/a,Python\n");
        Files.writeString(tmp.resolve("b/skills_en.csv"), "conceptUri,preferredLabel\nhttp://x/a,Java\n");
        DatasetException e = assertThrows(DatasetException.class, () -> EscoLoader.load(tmp));
        assertTrue(e.getMessage().contains("two different copies of ESCO file skills"), e.getMessage());
        // identical copies are one file
        Files.writeString(tmp.resolve("b/skills_en.csv"), "conceptUri,preferredLabel\nhttp://x/a,Python\n");
        assertEquals(1, EscoLoader.load(tmp).skills().size());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted(@TempDir Path tmp) throws IOException {
        try (OutputStream out = Files.newOutputStream(tmp.resolve("skills_en.csv"))) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write("conceptUri,preferredLabel,altLabels\r\nhttp://x/a,Python,\"py\r\npython3\"\r\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        EscoSkill s = EscoLoader.load(tmp).skills().get("http://x/a");
        assertEquals("Python", s.preferredLabel());
        assertEquals(List.of("py", "python3"), s.altLabels());
    }
}
