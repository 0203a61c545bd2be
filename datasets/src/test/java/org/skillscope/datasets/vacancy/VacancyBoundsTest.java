package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.InputLimits;
import org.skillscope.datasets.credential.CredentialLoaders;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Vacancy and credential files are bounded (#19): one line naming file, line and limit, never an OutOfMemoryError. */
class VacancyBoundsTest {
    private static final String HEADER = "id,title,description,country,region,date,occupation_code,language,sector\n";

    private static void write(Path file, String head, char filler, long count, String tail) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, filler);
            for (long left = count; left > 0; left -= block.length) w.write(block, 0, (int) Math.min(block.length, left));
            w.write(tail);
        }
    }

    @Test
    void aCsvFieldOverTheLimitStopsTheFileWithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ads.csv");
        write(file, HEADER + "v1,Nurse,Care.,DE,,2025-01-01,,en,Health\nv2,Cook,\"", 'x', InputLimits.VACANCY_FIELD_CHARS + 10L, "\",FR,,2025-01-01,,en,X\n");
        DatasetException e = assertThrows(DatasetException.class, () -> VacancyLoader.load(file, VacancyMapping.detect(file)));
        assertEquals(file + ":3: a field is over the limit of 16 MiB characters (an unclosed quote?)", e.getMessage());
    }

    @Test
    void aCsvRecordOverTheLimitStopsTheFileWithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ads.csv");
        // an open quote swallows the rest of the file, in fields each under the field limit
        String field = "y".repeat(1 << 20) + ",";
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "v1,Nurse,Care.,DE,,2025-01-01,,en,Health\n");
            for (int i = 0; i < 70; i++) w.write(field);
            w.write("\n");
        }
        DatasetException e = assertThrows(DatasetException.class, () -> VacancyLoader.load(file, VacancyMapping.detect(file)));
        assertEquals(file + ":3: the record is over the limit of 64 MiB characters (an unclosed quote?)", e.getMessage());
    }

    @Test
    void aJsonLineOverTheLimitStopsTheFileWithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ads.jsonl");
        write(file, "{\"id\":\"v1\",\"title\":\"Nurse\",\"description\":\"Care.\",\"country\":\"DE\",\"date\":\"2025-01-01\",\"language\":\"en\"}\n{\"id\":\"",
                'z', InputLimits.VACANCY_FIELD_CHARS + 10L, "\"}\n");
        DatasetException e = assertThrows(DatasetException.class, () -> VacancyLoader.load(file, VacancyMapping.named("skillscope")));
        assertEquals(file + ":2: the line is over the limit of 16 MiB characters for one JSON record", e.getMessage());
    }

    @Test
    void aCredentialFileOverTheLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalogue.csv");
        Files.writeString(file, "id,title,learning_outcomes\n");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(InputLimits.CREDENTIAL_FILE_BYTES + 1); // sparse
        }
        DatasetException e = assertThrows(DatasetException.class, () -> CredentialLoaders.load(file, "salt"));
        assertEquals(file + " is " + (InputLimits.CREDENTIAL_FILE_BYTES + 1) + " bytes, over the limit of 256 MiB for one credential file; split it",
                e.getMessage());
    }
}
