package org.skillscope.cli;


import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

@Command(name = "esco", mixinStandardHelpOptions = true,
        description = "Read an ESCO download (zip or folder) and print what it holds.")
final class EscoCommand implements Runnable {

    @Option(names = "--esco", required = true, paramLabel = "PATH",
            description = "ESCO CSV download: a zip, a folder of CSVs, or a folder holding the zips.")
    Path esco;

    @Option(names = "--version-override", paramLabel = "VERSION",
            description = "ESCO version to record when the path does not name it (e.g. 1.2.0).")
    String versionOverride;

    @Override
    public void run() {
        DataPaths.requireExists(esco, "--esco");
        long t0 = System.nanoTime();
        Esco loaded = versionOverride == null ? EscoLoader.load(esco) : EscoLoader.load(esco, versionOverride);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> counts = new java.util.LinkedHashMap<>(loaded.counts());
        System.out.printf("ESCO %s (%s layout) from %s in %.1f s%n", loaded.version(), loaded.layout(), esco, seconds);
        counts.forEach((k, v) -> {
            if (!k.equals("version") && !k.equals("layout")) System.out.printf("  %-26s %s%n", k, v);
        });
        if (!loaded.missingFiles().isEmpty()) {
            System.out.println("  missing from this download: " + String.join(", ", loaded.missingFiles()));
        }
        counts.put("fingerprint", loaded.fingerprint());
        counts.put("seconds", Math.round(seconds * 100) / 100.0);
        System.out.println(Json.line(counts));
    }
}
