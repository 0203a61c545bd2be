package org.skillscope.datasets.esco;

import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.InputLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the logical ESCO files in a download given as a zip, a folder of CSVs (searched
 * recursively) or a folder of zips, reading each logical file once: loose CSVs win over zip
 * entries, and two different copies of one file are an error (never mix versions in one run).
 */
final class EscoFiles {
    /** The logical files SkillScope reads; file names are these plus an optional "_en", then ".csv". */
    static final List<String> LOGICAL = List.of(
            "skills", "occupations", "ISCOGroups", "skillGroups", "skillsHierarchy",
            "occupationSkillRelations", "broaderRelationsSkillPillar", "broaderRelationsOccPillar",
            "skillSkillRelations",
            EscoCollection.GREEN.fileStem(), EscoCollection.DIGITAL.fileStem(), EscoCollection.DIGCOMP.fileStem(),
            EscoCollection.TRANSVERSAL.fileStem(), EscoCollection.LANGUAGE.fileStem(),
            EscoCollection.RESEARCH_SKILLS.fileStem(), EscoCollection.RESEARCH_OCCUPATIONS.fileStem());

    private static final Map<String, String> BY_LOWER_NAME = LOGICAL.stream()
            .collect(Collectors.toUnmodifiableMap(n -> n.toLowerCase(Locale.ROOT), n -> n));

    private static final Pattern VERSION = Pattern.compile("(?i)(?<![a-z0-9])v(\\d+\\.\\d+(?:\\.\\d+)?)");

    /** One logical file: its actual name, where it came from (a zip, or "" when loose), its bytes. */
    record Found(String logicalName, String fileName, String origin, byte[] bytes) {
        String display() {
            return origin.isEmpty() ? fileName : fileName + " (in " + origin + ")";
        }
    }

    /** The files found (sorted by logical name) and the version the path names, if any. */
    record Result(Map<String, Found> files, Optional<String> version) {}

    private EscoFiles() {}

    /** "skills_en.csv" -> "skills"; null when the name is not one SkillScope reads. */
    static String logicalName(String fileName) {
        String n = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!n.endsWith(".csv")) return null;
        n = n.substring(0, n.length() - 4);
        if (n.endsWith("_en")) n = n.substring(0, n.length() - 3);
        return BY_LOWER_NAME.get(n);
    }

    static Optional<String> versionIn(String name) {
        Matcher m = VERSION.matcher(name);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Result collect(Path path) {
        return collect(path, InputLimits.ESCO_FILE_BYTES, InputLimits.ZIP_RATIO);
    }

    /** {@code maxBytes}: the largest ESCO file, loose or unzipped; {@code maxRatio}: of a zip entry (tests lower them). */
    static Result collect(Path path, long maxBytes, int maxRatio) {
        if (!Files.exists(path)) throw new DatasetException("ESCO path does not exist: " + path);
        Map<String, Found> files = new TreeMap<>();
        List<Path> zips = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                List<Path> all;
                try (Stream<Path> s = Files.walk(path)) {
                    all = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path p : all) {
                    String name = p.getFileName().toString();
                    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                        zips.add(p);
                    } else {
                        String logical = logicalName(name);
                        if (logical != null) {
                            if (Files.size(p) > maxBytes) {
                                throw new DatasetException("ESCO file " + p + " is " + Files.size(p) + " bytes, over the limit of "
                                        + InputLimits.mib(maxBytes) + " for one ESCO file");
                            }
                            add(files, new Found(logical, name, "", Files.readAllBytes(p)), path.relativize(p).toString());
                        }
                    }
                }
            } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                zips.add(path);
            } else {
                throw new DatasetException("not an ESCO download: " + path
                        + " (give the ESCO zip, or the folder holding its CSV files or zips)");
            }
            Set<String> looseNames = Set.copyOf(files.keySet());
            Set<String> zipVersions = new LinkedHashSet<>();
            for (Path zip : zips) {
                String origin = zip.getFileName().toString();
                boolean used = false;
                try (ZipFile zf = new ZipFile(zip.toFile())) {
                    List<? extends ZipEntry> entries = sortedEntries(zf);
                    for (ZipEntry e : entries) {
                        if (e.isDirectory()) continue;
                        String logical = logicalName(e.getName());
                        if (logical == null || looseNames.contains(logical)) continue;
                        try (InputStream in = zf.getInputStream(e)) {
                            String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                            add(files, new Found(logical, name, origin, readEntry(zip, e, in, maxBytes, maxRatio)), origin + "!" + e.getName());
                            used = true;
                        }
                    }
                } catch (java.util.zip.ZipException e) {
                    throw new DatasetException("ESCO zip " + zip + " is damaged or not a zip: " + e.getMessage(), e);
                }
                if (used) versionIn(origin).ifPresent(zipVersions::add);
            }
            if (files.isEmpty()) {
                throw new DatasetException("no ESCO CSV files found in " + path
                        + " (expected names such as skills_en.csv, occupations_en.csv, occupationSkillRelations.csv)");
            }
            if (zipVersions.size() > 1) {
                throw new DatasetException("ESCO zips of different versions in " + path + ": " + zipVersions
                        + "; point at one version");
            }
            return new Result(files, version(path, zipVersions));
        } catch (IOException e) {
            throw new DatasetException("cannot read ESCO download " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * An entry's bytes, counted as they inflate (its declared sizes may lie): over {@code maxBytes},
     * or inflating more than {@code maxRatio} times its compressed size (a zip bomb), it is refused
     * before it fills the memory.
     */
    private static byte[] readEntry(Path zip, ZipEntry e, InputStream in, long maxBytes, int maxRatio) throws IOException {
        long compressed = e.getCompressedSize() > 0 ? e.getCompressedSize() : -1;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new DatasetException("ESCO zip " + zip + ", entry " + e.getName() + ": over the limit of " + InputLimits.mib(maxBytes)
                        + " for one ESCO file");
            }
            if (compressed > 0 && total > InputLimits.ZIP_RATIO_FROM_BYTES && total > compressed * maxRatio) {
                throw new DatasetException("ESCO zip " + zip + ", entry " + e.getName() + ": inflates more than " + maxRatio
                        + " times its compressed size of " + compressed + " bytes (limit " + maxRatio + ":1; a zip bomb?)");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static List<? extends ZipEntry> sortedEntries(ZipFile zf) {
        List<ZipEntry> list = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) list.add(en.nextElement());
        list.sort((a, b) -> a.getName().compareTo(b.getName()));
        return list;
    }

    /** Keeps the first copy of a logical file; an identical second copy is fine, a different one is not. */
    private static void add(Map<String, Found> files, Found f, String where) {
        Found old = files.get(f.logicalName());
        if (old == null) {
            files.put(f.logicalName(), f);
        } else if (!Arrays.equals(old.bytes(), f.bytes())) {
            throw new DatasetException("two different copies of ESCO file " + f.logicalName() + ": "
                    + old.display() + " and " + where + "; an ESCO path must hold one version only");
        }
    }

    /** The version the path names: its own name first, then the zips read, then its parent folders. */
    private static Optional<String> version(Path path, Set<String> zipVersions) {
        Optional<String> own = versionIn(path.getFileName().toString());
        if (own.isPresent()) return own;
        if (!zipVersions.isEmpty()) return Optional.of(zipVersions.iterator().next());
        for (Path p = path.toAbsolutePath().getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            Optional<String> v = versionIn(p.getFileName().toString());
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }
}
