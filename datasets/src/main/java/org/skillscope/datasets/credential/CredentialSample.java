package org.skillscope.datasets.credential;

import org.skillscope.datasets.DatasetException;

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
 * The bundled sample credentials (written by the SkillScope project, fictional providers): a CSV
 * catalogue of 20 micro-credentials, one European Learning Model credential and one Open Badges 3.0
 * credential, so that the demo runs without any external data.
 */
public final class CredentialSample {
    /** Classpath folder of the sample. */
    public static final String RESOURCE_DIR = "/org/skillscope/datasets/sample/credentials/";
    public static final String CATALOGUE_CSV = "catalogue.csv";
    public static final String ELM_JSONLD = "pv-maintenance.elm.jsonld";
    public static final String OB3_JSON = "firewall-practitioner.ob3.json";
    public static final List<String> FILE_NAMES = List.of(CATALOGUE_CSV, ELM_JSONLD, OB3_JSON);

    private CredentialSample() {}

    /**
     * The sample files as paths, in {@link #FILE_NAMES} order. From a folder on the classpath they are
     * returned in place; from inside a jar they are first copied to a new temporary folder.
     */
    public static List<Path> files() {
        List<Path> out = new ArrayList<>();
        Path tempDir = null;
        for (String name : FILE_NAMES) {
            URL url = CredentialSample.class.getResource(RESOURCE_DIR + name);
            if (url == null) throw new DatasetException("sample credential resource missing from the classpath: " + RESOURCE_DIR + name);
            try {
                if ("file".equals(url.getProtocol())) {
                    out.add(Path.of(url.toURI()));
                    continue;
                }
                if (tempDir == null) {
                    tempDir = Files.createTempDirectory("skillscope-sample-credentials");
                    tempDir.toFile().deleteOnExit();
                }
                Path target = tempDir.resolve(name);
                try (InputStream in = url.openStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
                out.add(target);
            } catch (IOException | URISyntaxException e) {
                throw new DatasetException("cannot provide sample credential " + name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
