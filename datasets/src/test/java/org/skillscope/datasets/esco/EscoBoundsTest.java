package org.skillscope.datasets.esco;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.DatasetException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ESCO inputs are bounded (#19, finding 4): a zip bomb or an oversized file is one line naming zip, entry and limit. */
class EscoBoundsTest {
    private static final String HEADER = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n";

    /** A zip with one skills_en.csv entry: the header, then {@code body} repeated {@code times}. */
    private static Path zip(Path dir, String body, int times) throws IOException {
        Path zip = dir.resolve("ESCO dataset - v1.2.0 - classification - en - csv.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("skills_en.csv"));
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < times; i++) out.write(b);
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheMemory(@TempDir Path dir) throws IOException {
        // 64 MB of one repeated character deflate to about 64 KB: a ratio near 1000
        Path bomb = zip(dir, "a".repeat(1 << 20), 64);
        assertTrue(Files.size(bomb) < 1 << 20, "the zip is small: " + Files.size(bomb));
        DatasetException e = assertThrows(DatasetException.class, () -> EscoLoader.load(bomb));
        assertTrue(e.getMessage().contains(bomb.toString()) && e.getMessage().contains("entry skills_en.csv")
                && e.getMessage().contains("limit 100:1"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void anEntryOverTheSizeLimitIsRefusedWhateverItsDeclaredSize(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 64 * 1024; i++) text.append((char) ('a' + random.nextInt(26)));
        Path zip = zip(dir, text + "\n", 40); // 2.5 MB of random letters: a normal ratio, but over a 2 MiB limit
        DatasetException e = assertThrows(DatasetException.class, () -> EscoFiles.collect(zip, 2L << 20, 100));
        assertEquals("ESCO zip " + zip + ", entry skills_en.csv: over the limit of 2 MiB for one ESCO file", e.getMessage());
        assertEquals(1, EscoFiles.collect(zip, 4L << 20, 100).files().size(), "under the limit it loads");
    }

    @Test
    void aLooseFileOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path skills = dir.resolve("skills_en.csv");
        try (OutputStream out = Files.newOutputStream(skills)) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
        }
        try (RandomAccessFile f = new RandomAccessFile(skills.toFile(), "rw")) {
            f.setLength(300L << 20); // sparse: 300 MiB on paper, nothing on disk
        }
        DatasetException e = assertThrows(DatasetException.class, () -> EscoLoader.load(dir));
        assertEquals("ESCO file " + skills + " is " + (300L << 20) + " bytes, over the limit of 256 MiB for one ESCO file", e.getMessage());
    }
}
