package org.skillscope.datasets.esco;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads an official ESCO CSV download into an {@link Esco}: a zip, a folder of CSVs (searched
 * recursively, e.g. v1.1.1's classification-en/ and relations/) or a folder of zips. Reads both the
 * 1.1.x layout (relation files without "_en", multi-valued labels one per line) and the 1.2.x
 * layout ("_en" on every file, " | " between values). A partial download loads what is present and
 * names the rest in {@link Esco#missingFiles()}. A malformed file stops the load with an
 * {@link EscoFormatException} naming file, line and field.
 *
 * <pre>{@code
 * Esco esco = EscoLoader.load(Path.of("../shared/data/esco/v1.1.1"));
 * System.out.println(esco.counts()); // {version=1.1.1, skills=13896, ...}
 * }</pre>
 */
public final class EscoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(EscoLoader.class);

    /** 1.1.x puts one label per line; 1.2.x (and 1.1.x collections) separate them with " | ". */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\r?\\n| \\| ");
    private static final Set<String> RELATION_FILES = Set.of("occupationSkillRelations",
            "broaderRelationsSkillPillar", "broaderRelationsOccPillar", "skillSkillRelations");

    /** One String instance per URI: relations repeat the same URIs 100k+ times. */
    private final Map<String, String> uris = new HashMap<>();

    private EscoLoader() {}

    /** Loads the download at {@code path}; the version comes from the path (e.g. "v1.1.1" -> "1.1.1"). */
    public static Esco load(Path path) {
        return load(path, null);
    }

    /**
     * Loads the download at {@code path}. {@code versionOverride} (e.g. "1.2.0"; a leading "v" is
     * dropped) replaces the version read from the path; null keeps the path's, or "unknown".
     */
    public static Esco load(Path path, String versionOverride) {
        long start = System.nanoTime();
        EscoFiles.Result found = EscoFiles.collect(path);
        String version = versionOverride != null && !versionOverride.isBlank()
                ? stripV(versionOverride.trim())
                : found.version().orElse("unknown");
        Esco esco = new EscoLoader().build(version, found.files());
        if (!esco.missingFiles().isEmpty()) {
            LOG.warn("ESCO {} at {} lacks {}: those parts are empty", version, path, esco.missingFiles());
        }
        LOG.info("loaded ESCO {} ({} layout) from {} in {} ms: {}", version, esco.layout(), path,
                (System.nanoTime() - start) / 1_000_000, esco.counts());
        return esco;
    }

    private static String stripV(String v) {
        return v.length() > 1 && (v.charAt(0) == 'v' || v.charAt(0) == 'V') && Character.isDigit(v.charAt(1))
                ? v.substring(1) : v;
    }

    private Esco build(String version, Map<String, EscoFiles.Found> files) {
        List<String> missing = EscoFiles.LOGICAL.stream().filter(n -> !files.containsKey(n)).toList();
        Map<String, EscoSkill> skills = readSkills(table(files, "skills"));
        Map<String, EscoOccupation> occupations = readOccupations(table(files, "occupations"));
        Map<String, IscoGroup> isco = readIscoGroups(table(files, "ISCOGroups"));
        Map<String, SkillHierarchyNode> hierarchy = readHierarchy(table(files, "skillsHierarchy"));
        Map<String, SkillGroup> skillGroups = readSkillGroups(table(files, "skillGroups"));
        List<OccupationSkillRelation> occSkill = readOccupationSkills(table(files, "occupationSkillRelations"));
        List<BroaderRelation> broaderSkill = readBroader(table(files, "broaderRelationsSkillPillar"));
        List<BroaderRelation> broaderOcc = readBroader(table(files, "broaderRelationsOccPillar"));
        List<SkillSkillRelation> skillSkill = readSkillSkills(table(files, "skillSkillRelations"));
        Map<EscoCollection, Set<String>> collections = new EnumMap<>(EscoCollection.class);
        for (EscoCollection c : EscoCollection.values()) {
            collections.put(c, readCollection(table(files, c.fileStem())));
        }
        return new Esco(version, layout(version, files), skills, occupations, isco, skillGroups, occSkill,
                broaderSkill, broaderOcc, skillSkill, Collections.unmodifiableMap(collections), missing,
                hierarchy, fingerprint(files));
    }

    /** The parsed file, or null when the download lacks it. */
    private static CsvTable table(Map<String, EscoFiles.Found> files, String logical) {
        EscoFiles.Found f = files.get(logical);
        return f == null ? null : CsvTable.read(f.display(), f.bytes());
    }

    /** The layout the relation files show ("_en" suffix: 1.2.x); without any, the version decides. */
    static String layout(String version, Map<String, EscoFiles.Found> files) {
        for (EscoFiles.Found f : files.values()) {
            if (RELATION_FILES.contains(f.logicalName())) {
                return f.fileName().toLowerCase(Locale.ROOT).endsWith("_en.csv") ? "1.2.x" : "1.1.x";
            }
        }
        if (version.startsWith("1.1.") || version.equals("1.1")) return "1.1.x";
        if (version.matches("1\\.\\d+.*") && !version.startsWith("1.0")) return "1.2.x";
        return "unknown";
    }

    /** SHA-256 over the sorted logical names and bytes: same content, same fingerprint, zip or folder. */
    static String fingerprint(Map<String, EscoFiles.Found> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (EscoFiles.Found f : new TreeMap<>(files).values()) {
                sha.update(f.logicalName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(f.bytes().length).array());
                sha.update(f.bytes());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String uri(String s) {
        return uris.computeIfAbsent(s, k -> k);
    }

    static List<String> labels(String cell) {
        if (cell.isBlank()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String part : LABEL_SEPARATOR.split(cell)) {
            String t = part.trim();
            if (!t.isEmpty()) out.add(t);
        }
        return List.copyOf(out);
    }

    /** Puts a concept under its URI; a second row with the same URI is an error naming both lines. */
    private static <T> void putUnique(CsvTable t, Map<String, T> map, Map<String, Long> lines, String uri,
                                      CsvTable.Row row, T value) {
        Long first = lines.putIfAbsent(uri, row.line());
        if (first != null) {
            throw new EscoFormatException(t.file(), row.line(), "conceptUri",
                    "duplicate conceptUri " + uri + " (first on line " + first + ", again on line " + row.line() + ")");
        }
        map.put(uri, value);
    }

    private Map<String, EscoSkill> readSkills(CsvTable t) {
        SortedMap<String, EscoSkill> out = new TreeMap<>();
        if (t == null) return Collections.unmodifiableSortedMap(out);
        int uri = t.required("conceptUri"), pref = t.required("preferredLabel");
        int alt = t.optional("altLabels"), hidden = t.optional("hiddenLabels"), desc = t.optional("description");
        int type = t.optional("skillType"), reuse = t.optional("reuseLevel"), status = t.optional("status");
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String u = uri(t.nonBlank(r, uri, "conceptUri"));
            putUnique(t, out, lines, u, r, new EscoSkill(u, t.nonBlank(r, pref, "preferredLabel"),
                    labels(r.get(alt)), labels(r.get(hidden)), r.get(desc).trim(), r.get(type).trim(),
                    r.get(reuse).trim(), r.get(status).trim()));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private Map<String, EscoOccupation> readOccupations(CsvTable t) {
        SortedMap<String, EscoOccupation> out = new TreeMap<>();
        if (t == null) return Collections.unmodifiableSortedMap(out);
        int uri = t.required("conceptUri"), pref = t.required("preferredLabel"), isco = t.required("iscoGroup");
        int code = t.optional("code"), alt = t.optional("altLabels"), hidden = t.optional("hiddenLabels");
        int desc = t.optional("description");
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String u = uri(t.nonBlank(r, uri, "conceptUri"));
            putUnique(t, out, lines, u, r, new EscoOccupation(u, r.get(code).trim(), r.get(isco).trim(),
                    t.nonBlank(r, pref, "preferredLabel"), labels(r.get(alt)), labels(r.get(hidden)),
                    r.get(desc).trim()));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private Map<String, IscoGroup> readIscoGroups(CsvTable t) {
        SortedMap<String, IscoGroup> out = new TreeMap<>();
        if (t == null) return Collections.unmodifiableSortedMap(out);
        int uri = t.required("conceptUri"), code = t.required("code"), pref = t.required("preferredLabel");
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String u = uri(t.nonBlank(r, uri, "conceptUri"));
            putUnique(t, out, lines, u, r, new IscoGroup(u, t.nonBlank(r, code, "code"), r.get(pref).trim()));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private Map<String, SkillGroup> readSkillGroups(CsvTable t) {
        SortedMap<String, SkillGroup> out = new TreeMap<>();
        if (t == null) return Collections.unmodifiableSortedMap(out);
        int uri = t.required("conceptUri"), pref = t.required("preferredLabel"), code = t.optional("code");
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String u = uri(t.nonBlank(r, uri, "conceptUri"));
            putUnique(t, out, lines, u, r, new SkillGroup(u, groupCode(u, r.get(code).trim()), r.get(pref).trim()));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** ESCO leaves knowledge (ISCED-F) group codes blank or bare: give them "K" + the ISCED-F code. */
    static String groupCode(String uri, String code) {
        int i = uri.indexOf("/isced-f/");
        if (i < 0 || code.startsWith("K")) return code;
        return "K" + uri.substring(i + "/isced-f/".length());
    }

    private Map<String, SkillHierarchyNode> readHierarchy(CsvTable t) {
        SortedMap<String, SkillHierarchyNode> out = new TreeMap<>();
        if (t == null) return Collections.unmodifiableSortedMap(out);
        int[] uri = new int[4], term = new int[4], code = new int[4];
        uri[0] = t.required("Level 0 URI");
        for (int l = 0; l < 4; l++) {
            if (l > 0) uri[l] = t.optional("Level " + l + " URI");
            term[l] = t.optional("Level " + l + " preferred term");
            code[l] = t.optional("Level " + l + " code");
        }
        for (CsvTable.Row r : t.rows()) {
            int level = -1;
            for (int l = 0; l < 4; l++) if (!r.get(uri[l]).isBlank()) level = l;
            if (level < 0) throw new EscoFormatException(t.file(), r.line(), "Level 0 URI", "empty Level 0 URI");
            for (int l = 0; l < level; l++) {
                if (r.get(uri[l]).isBlank()) {
                    throw new EscoFormatException(t.file(), r.line(), "Level " + l + " URI",
                            "empty Level " + l + " URI above a level " + level + " node");
                }
            }
            String u = uri(r.get(uri[level]).trim());
            String parent = level == 0 ? "" : uri(r.get(uri[level - 1]).trim());
            // a node listed twice keeps its first row: the hierarchy is a tree, its rows carry no identity
            out.putIfAbsent(u, new SkillHierarchyNode(u, level, groupCode(u, r.get(code[level]).trim()),
                    r.get(term[level]).trim(), parent));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private List<OccupationSkillRelation> readOccupationSkills(CsvTable t) {
        if (t == null) return List.of();
        int occ = t.required("occupationUri"), rel = t.required("relationType"), skill = t.required("skillUri");
        int type = t.optional("skillType");
        List<OccupationSkillRelation> out = new ArrayList<>(t.rows().size());
        for (CsvTable.Row r : t.rows()) {
            String o = uri(t.nonBlank(r, occ, "occupationUri"));
            String s = uri(t.nonBlank(r, skill, "skillUri"));
            String kind = t.nonBlank(r, rel, "relationType");
            boolean essential = switch (kind) {
                case "essential" -> true;
                case "optional" -> false;
                default -> throw new EscoFormatException(t.file(), r.line(), "relationType",
                        "relationType must be 'essential' or 'optional', not '" + kind + "'");
            };
            out.add(new OccupationSkillRelation(o, s, essential, r.get(type).trim()));
        }
        return List.copyOf(out);
    }

    private List<BroaderRelation> readBroader(CsvTable t) {
        if (t == null) return List.of();
        int uri = t.required("conceptUri"), broader = t.required("broaderUri");
        int type = t.optional("conceptType"), btype = t.optional("broaderType");
        List<BroaderRelation> out = new ArrayList<>(t.rows().size());
        for (CsvTable.Row r : t.rows()) {
            out.add(new BroaderRelation(r.get(type).trim(), uri(t.nonBlank(r, uri, "conceptUri")),
                    r.get(btype).trim(), uri(t.nonBlank(r, broader, "broaderUri"))));
        }
        return List.copyOf(out);
    }

    private List<SkillSkillRelation> readSkillSkills(CsvTable t) {
        if (t == null) return List.of();
        int orig = t.required("originalSkillUri"), rel = t.required("relationType");
        int related = t.required("relatedSkillUri");
        List<SkillSkillRelation> out = new ArrayList<>(t.rows().size());
        for (CsvTable.Row r : t.rows()) {
            out.add(new SkillSkillRelation(uri(t.nonBlank(r, orig, "originalSkillUri")),
                    t.nonBlank(r, rel, "relationType"), uri(t.nonBlank(r, related, "relatedSkillUri"))));
        }
        return List.copyOf(out);
    }

    private Set<String> readCollection(CsvTable t) {
        TreeSet<String> out = new TreeSet<>();
        if (t == null) return Collections.unmodifiableSortedSet(out);
        int uri = t.required("conceptUri");
        for (CsvTable.Row r : t.rows()) out.add(uri(t.nonBlank(r, uri, "conceptUri")));
        return Collections.unmodifiableSortedSet(out);
    }
}
