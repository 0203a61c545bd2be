package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The examples in docs/formats/credential-csv.md load as documented, so the page cannot go stale. */
class CredentialCsvDocTest {
    private static final Path DOC = Path.of("../docs/formats/credential-csv.md");

    @Test
    void everyCsvExampleInTheFormatPageLoads() throws IOException {
        assumeTrue(Files.isRegularFile(DOC), "docs/formats/credential-csv.md not found from " + Path.of("").toAbsolutePath() + ": skipped");
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("```csv\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<LoadResult<Credential>> results = new ArrayList<>();
        while (m.find()) results.add(new CredentialCsvLoader("s").load("doc", m.group(1)));
        assertEquals(2, results.size());
        for (LoadResult<Credential> r : results) {
            assertEquals(1, r.read());
            assertEquals(1, r.accepted().size(), () -> r.rejected().toString());
        }
        assertEquals(5, results.get(0).accepted().get(0).learningOutcomes().size());
        assertEquals(3, results.get(1).accepted().get(0).learningOutcomes().size());
        assertTrue(doc.contains(String.join(",", CredentialCsvLoader.COLUMNS)), "the documented header is the loader's");
    }
}
