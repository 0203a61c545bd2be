package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CredentialLoadersTest {

    @Test
    void picksTheLoaderFromExtensionAndContent() {
        List<Path> sample = CredentialSample.files();
        assertEquals(List.of("csv", "elm", "ob3"), sample.stream()
                .map(f -> CredentialLoaders.load(f, "s").accepted().get(0).sourceFormat()).toList());
    }

    @Test
    void jsonWithAnotherExtensionIsStillRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("badge.txt");
        Files.copy(CredentialSample.files().get(2), f);
        assertEquals("ob3", CredentialLoaders.load(f, "s").accepted().get(0).sourceFormat());
    }

    @Test
    void unknownJsonAndOtherFilesAreRejectedWithAReason(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("people.json"), "{\"name\": \"not a credential\"}");
        LoadResult<Credential> r = CredentialLoaders.load(json, "s");
        assertEquals(1, r.read());
        assertEquals("JSON is neither a European Learning Model nor an Open Badges 3.0 credential", r.rejected().get(0).reason());
        Path xml = Files.writeString(dir.resolve("loq.xml"), "<rdf:RDF/>");
        assertTrue(CredentialLoaders.load(xml, "s").rejected().get(0).reason().startsWith("unsupported file type .xml"));
    }

    @Test
    void aPlainSkillScopeCsvWinsOverCourseColumns(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("mixed.csv"), "id,title,learning_outcomes,course_summary\nm-1,Excel,Create charts,[]\n");
        Credential c = CredentialLoaders.load(csv, "s").accepted().get(0);
        assertEquals("csv", c.sourceFormat());
        assertEquals(List.of("Create charts"), c.outcomeTexts());
    }
}
