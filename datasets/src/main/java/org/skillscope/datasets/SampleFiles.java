package org.skillscope.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled sample's files as paths, whatever the classpath: the resources themselves when they
 * are plain files (running from classes), else copies in a new temporary folder (running from a
 * jar), deleted when the JVM exits. Loaders take paths, so the sample goes through the same code.
 */
public final class SampleFiles {
    private SampleFiles() {}

    /** {@code resourceDir} ends with '/', e.g. "/org/skillscope/datasets/sample/vacancies/". */
    public static List<Path> resolve(String resourceDir, List<String> names) {
        List<Path> out = new ArrayList<>();
        Path tempDir = null;
        for (String name : names) {
            URL url = SampleFiles.class.getResource(resourceDir + name);
            if (url == null) throw new DatasetException("sample resource missing from the classpath: " + resourceDir + name);
            try {
                if ("file".equals(url.getProtocol())) {
                    out.add(Path.of(url.toURI()));
                    continue;
                }
                if (tempDir == null) {
                    tempDir = Files.createTempDirectory("skillscope-sample");
                    tempDir.toFile().deleteOnExit();
                }
                Path copy = tempDir.resolve(name);
                try (InputStream in = url.openStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                copy.toFile().deleteOnExit();
                out.add(copy);
            } catch (IOException | URISyntaxException e) {
                throw new DatasetException("cannot provide sample file " + resourceDir + name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
