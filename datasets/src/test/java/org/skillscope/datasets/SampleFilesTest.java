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
}
