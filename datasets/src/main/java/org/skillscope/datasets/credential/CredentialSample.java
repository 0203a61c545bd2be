package org.skillscope.datasets.credential;


import java.nio.file.Path;
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
        return org.skillscope.datasets.SampleFiles.resolve(RESOURCE_DIR, FILE_NAMES);
    }
}
