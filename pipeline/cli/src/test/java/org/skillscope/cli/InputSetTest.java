package org.skillscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared data folder's layout comes from shared-data.json, not from code. */
class InputSetTest {
    private static final InputSet.SharedData LAYOUT = InputSet.SharedData.LAYOUT;

    @Test
    void requiredFilesAreAlwaysListedOptionalOnesOnlyWhenPresent(@TempDir Path data) throws Exception {
        String optional = LAYOUT.credentialsIfPresent().get(1);
        Files.createDirectories(data.resolve(optional).getParent());
        Files.writeString(data.resolve(optional), "{}");

        InputSet in = InputSet.fromShared(data);

        assertEquals(data.resolve(LAYOUT.esco()), in.esco());
        List<Path> expected = Stream.concat(LAYOUT.credentials().stream(), Stream.of(optional)).map(data::resolve).toList();
        assertEquals(expected, in.credentials(), "the required catalogues (even when absent: `run` then names them), then the one present example");
        assertEquals(LAYOUT.vacancies().stream().map(data::resolve).toList(), in.vacancies());
        assertTrue(in.name().contains(data.toString()));
    }

    @Test
    void everyFileTheLayoutNamesExistsInTheRealData() {
        Path data = Path.of(System.getProperty("skillscope.data", "../shared/data"));
        assumeTrue(Files.isDirectory(data.resolve("esco")), "no real data at " + data);
        Stream.of(Stream.of(LAYOUT.esco(), LAYOUT.escoLanguages(), LAYOUT.outcomeCatalogue()), LAYOUT.credentials().stream(),
                        LAYOUT.credentialsIfPresent().stream(), LAYOUT.vacancies().stream())
                .flatMap(s -> s)
                .forEach(f -> assertTrue(Files.exists(data.resolve(f)), "shared-data.json names " + f + ", absent from " + data));
    }
}
