package org.skillscope.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled sample's files as paths, whatever the classpath: the resources themselves when they
 * are plain files (running from classes), else copies (running from a jar) in one temporary folder
 * per JVM, deleted when the JVM exits (and, after a kill, by the next JVM that copies the sample). Loaders take paths, so the sample goes through the same code.
 * Each resource folder keeps its name below that one folder, as below the classes' sample folder:
 * results name input files relative to the folder all inputs share, so a sample run's rows are the
 * same from a jar and from classes, in any JVM.
 */
public final class SampleFiles {
    /** Each resource copied once per JVM: later calls get the same path (and never see a half-written copy). */
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();
    private static Path tempRoot;
    static final String PREFIX = "skillscope-sample";
    /** skillscope-sample<pid>-<random>: the JVM that made it. */
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-\\d+"); // a pid fits a long

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
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            sweepStale(tmp, Instant.now());
            // the pid in the name: a later JVM can tell a killed one's folder from a running one's
            tempRoot = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
            tempRoot.toFile().deleteOnExit();
        }
        return tempRoot;
    }

    /**
     * Deletes the sample folders in {@code tmp} that a killed JVM left (deleteOnExit does not run on
     * SIGKILL): this user's folders whose process is gone, and those of older versions (no pid in the name) over a
     * day old. Returns what it deleted; a folder it cannot delete is left for the next time.
     */
    static List<Path> sweepStale(Path tmp, Instant now) {
        List<Path> deleted = new java.util.ArrayList<>();
        try (var folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : folders) {
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !stale(dir, now)) continue;
                try {
                    deleteTree(dir);
                    deleted.add(dir);
                } catch (IOException | UncheckedIOException e) {
                    // another user's, or half deleted by a racing JVM: not ours to insist on
                }
            }
        } catch (IOException e) {
            // an unlistable temp folder: nothing to sweep
        }
        return deleted;
    }

    private static boolean stale(Path dir, Instant now) throws IOException {
        if (!Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) return false;
        Matcher m = OWNED.matcher(dir.getFileName().toString());
        if (m.matches()) return ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
        return Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(now.minus(Duration.ofDays(1)));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
