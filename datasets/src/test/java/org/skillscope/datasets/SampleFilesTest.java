package org.skillscope.datasets;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SampleFilesTest {
    /** Results name inputs below the folder they share: the sample's must share its own folder, not /tmp. */
    @Test
    void theSamplesFoldersSitSideBySideUnderOneFolderAndResolveToTheSamePathsEachTime() {
        Path credentials = CredentialSample.files().get(0);
        Path vacancies = VacancySample.files().get(0);
        assertTrue(Files.isRegularFile(credentials) && Files.isRegularFile(vacancies));
        assertEquals("credentials", credentials.getParent().getFileName().toString());
        assertEquals("vacancies", vacancies.getParent().getFileName().toString());
        assertEquals(credentials.getParent().getParent(), vacancies.getParent().getParent());
        assertEquals(credentials, CredentialSample.files().get(0), "resolved once per JVM");
    }

    @Test
    void aMissingResourceIsNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> SampleFiles.resolve("/org/skillscope/datasets/sample/vacancies/", java.util.List.of("nope.csv")));
        assertTrue(e.getMessage().contains("nope.csv"), e.getMessage());
    }

    /** A killed JVM's copy of the sample is deleted by the next one (#19, finding 5); a live JVM's is kept. */
    @Test
    void staleSampleFoldersOfGoneProcessesAreSweptAndLiveOnesKept(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        java.time.Instant now = java.time.Instant.now();
        Path killed = Files.createDirectories(tmp.resolve(SampleFiles.PREFIX + "999999999-123/credentials")).getParent(); // no such pid on Linux
        Files.writeString(killed.resolve("credentials/catalogue.csv"), "id,title\n");
        Path live = Files.createDirectories(tmp.resolve(SampleFiles.PREFIX + ProcessHandle.current().pid() + "-456"));
        Path oldLegacy = Files.createDirectories(tmp.resolve(SampleFiles.PREFIX + "8812345"));
        Files.setLastModifiedTime(oldLegacy, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(2))));
        Path newLegacy = Files.createDirectories(tmp.resolve(SampleFiles.PREFIX + "7712345"));
        Path other = Files.createDirectories(tmp.resolve("something-else-999999999-1"));
        // a "pid" beyond a long is no pid: kept as a new legacy folder, never a NumberFormatException at start
        Path huge = Files.createDirectories(tmp.resolve(SampleFiles.PREFIX + "9".repeat(30) + "-1"));

        assertEquals(java.util.Set.of(killed, oldLegacy), java.util.Set.copyOf(SampleFiles.sweepStale(tmp, now)));
        assertTrue(Files.isDirectory(huge));
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(oldLegacy));
        assertTrue(Files.isDirectory(live) && Files.isDirectory(newLegacy) && Files.isDirectory(other));
    }
}
