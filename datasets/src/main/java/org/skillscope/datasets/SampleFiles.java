package org.skillscope.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled sample's files as paths, whatever the classpath: the resources themselves when they
 * are plain files (running from classes), else copies (running from a jar) in one temporary folder
 * per JVM, deleted when the JVM exits. Loaders take paths, so the sample goes through the same code.
 * Each resource folder keeps its name below that one folder, as below the classes' sample folder:
 * results name input files relative to the folder all inputs share, so a sample run's rows are the
 * same from a jar and from classes, in any JVM.
 */
public final class SampleFiles {
    /** Each resource copied once per JVM: later calls get the same path (and never see a half-written copy). */
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();
    private static Path tempRoot;

    private SampleFiles() {}

    /** {@code resourceDir} ends with '/', e.g. "/org/skillscope/datasets/sample/vacancies/". */
    public static List<Path> resolve(String resourceDir, List<String> names) {
        return names.stream().map(name -> resolve(resourceDir, name)).toList();
    }

    private static Path resolve(String resourceDir, String name) {
        URL url = SampleFiles.class.getResource(resourceDir + name);
        if (url == null) throw new DatasetException("sample resource missing from the classpath: " + resourceDir + name);
        try {
            if ("file".equals(url.getProtocol())) return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new DatasetException("cannot provide sample file " + resourceDir + name + ": " + e.getMessage(), e);
        }
        return COPIES.computeIfAbsent(resourceDir + name, k -> copy(url, resourceDir, name));
    }

    private static Path copy(URL url, String resourceDir, String name) {
        String folder = resourceDir.substring(0, resourceDir.length() - 1);
        folder = folder.substring(folder.lastIndexOf('/') + 1);
        try {
            Path dir = tempRoot().resolve(folder);
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                dir.toFile().deleteOnExit(); // after its files: deleteOnExit runs in reverse order of registration
            }
            Path copy = dir.resolve(name);
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy);
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new DatasetException("cannot provide sample file " + resourceDir + name + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Path tempRoot() throws IOException {
        if (tempRoot == null) {
            tempRoot = Files.createTempDirectory("skillscope-sample");
            tempRoot.toFile().deleteOnExit();
        }
        return tempRoot;
    }
}
