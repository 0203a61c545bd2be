package org.skillscope.datasets.esco;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the bundled ESCO sample ({@code esco-sample-v1.1.1.zip}) from the real ESCO v1.1.1
 * download: the {@link #OCCUPATIONS} below, every essential skill they need, their optional skills
 * (most shared first) until {@link #SKILL_CAP} skills, all transversal and DigComp skills, the
 * broader skills, skill groups, ISCO groups and hierarchy rows above them, and every relation and
 * collection row among the included concepts. Rows keep ESCO's columns and order; entries keep
 * ESCO's file names. The output is byte-for-byte reproducible (sorted entries, fixed timestamps).
 *
 * <p>Re-run from the repository root (after {@code mvn -pl datasets test-compile}):
 * <pre>
 * java -cp "datasets/target/classes:datasets/target/test-classes:$(cat cp.txt)" \
 *     org.skillscope.datasets.esco.EscoSampleWriter ../shared/data/esco/v1.1.1 \
 *     datasets/src/main/resources/org/skillscope/datasets/sample/esco/esco-sample-v1.1.1.zip
 * </pre>
 * where {@code cp.txt} comes from {@code mvn -pl datasets dependency:build-classpath -Dmdep.outputFile=../cp.txt}.
 * Then update the exact counts in {@code EscoSampleTest}.
 */
public final class EscoSampleWriter {
    /** About forty occupations across the domains the demo talks about (ESCO preferred labels). */
    static final List<String> OCCUPATIONS = List.of(
            // software, web, data
            "software developer", "web developer", "mobile application developer", "database administrator",
            "data analyst",
            // ICT security and support
            "ICT security administrator", "ICT security technician", "ICT help desk agent", "ICT technician",
            "ICT system administrator",
            // energy transition
            "solar energy technician", "onshore wind farm technician",
            "refrigeration air condition and heat pump technician", "domestic energy assessor",
            "energy conservation officer", "insulation worker",
            // electricians
            "electrician", "domestic electrician",
            // nursing, care, pharmacy
            "nurse responsible for general care", "nurse assistant", "home care aide",
            "pharmacy technician", "pharmacy assistant",
            // logistics and driving
            "warehouse worker", "logistics and distribution manager", "cargo vehicle driver",
            "dangerous goods driver", "moving truck driver",
            // accounting and marketing
            "accountant", "bookkeeper", "accounting assistant", "marketing manager", "digital marketing manager",
            "marketing assistant",
            // teaching
            "primary school teacher", "secondary school teacher", "vocational teacher",
            // hospitality
            "cook", "chef", "waiter/waitress");

    static final int SKILL_CAP = 1000;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2022, 9, 13, 0, 0);
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private EscoSampleWriter() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/data/esco/v1.1.1");
        Path target = Path.of(args.length > 1 ? args[1]
                : "datasets/src/main/resources/org/skillscope/datasets/sample/esco/esco-sample-v1.1.1.zip");
        Esco esco = EscoLoader.load(source);
        Selection s = select(esco);
        byte[] zip = write(EscoFiles.collect(source).files(), s);
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Files.write(target, zip);
        System.out.println("wrote " + target + " (" + zip.length + " bytes): " + s.occupations.size()
                + " occupations, " + s.skills.size() + " skills, " + s.skillGroups.size() + " skill groups, "
                + s.isco.size() + " ISCO groups");
    }

    record Selection(Set<String> occupations, Set<String> skills, Set<String> skillGroups, Set<String> isco) {}

    static Selection select(Esco esco) {
        Map<String, String> byLabel = new HashMap<>();
        esco.occupations().values().forEach(o -> byLabel.put(o.preferredLabel(), o.uri()));
        SortedSet<String> occ = new TreeSet<>();
        for (String label : OCCUPATIONS) {
            String uri = byLabel.get(label);
            if (uri == null) throw new IllegalStateException("no ESCO occupation labelled '" + label + "'");
            occ.add(uri);
        }
        Map<String, SortedSet<String>> parents = new HashMap<>();
        for (BroaderRelation r : esco.broaderSkillRelations()) {
            parents.computeIfAbsent(r.conceptUri(), k -> new TreeSet<>()).add(r.broaderUri());
        }
        Set<String> skills = new TreeSet<>();
        Map<String, Integer> optionalUse = new TreeMap<>();
        for (OccupationSkillRelation r : esco.occupationSkillRelations()) {
            if (!occ.contains(r.occupationUri())) continue;
            if (r.essential()) addWithBroaderSkills(r.skillUri(), skills, parents, esco);
            else optionalUse.merge(r.skillUri(), 1, Integer::sum);
        }
        for (EscoCollection c : List.of(EscoCollection.TRANSVERSAL, EscoCollection.DIGCOMP)) {
            esco.collection(c).forEach(u -> addWithBroaderSkills(u, skills, parents, esco));
        }
        List<String> optional = new ArrayList<>(optionalUse.keySet());
        optional.sort(Comparator.comparing((String u) -> -optionalUse.get(u)).thenComparing(u -> u));
        for (String u : optional) {
            Set<String> extra = new TreeSet<>();
            addWithBroaderSkills(u, extra, parents, esco);
            extra.removeAll(skills);
            if (skills.size() + extra.size() <= SKILL_CAP) skills.addAll(extra);
        }
        // skill groups: every group above an included skill, plus the whole top of the pillar
        Set<String> groups = new TreeSet<>();
        List<String> todo = new ArrayList<>(skills);
        while (!todo.isEmpty()) {
            String u = todo.remove(todo.size() - 1);
            for (String p : parents.getOrDefault(u, new TreeSet<>())) {
                if (esco.skillGroups().containsKey(p) && groups.add(p)) todo.add(p);
            }
        }
        esco.skillsHierarchy().values().stream().filter(n -> n.level() <= 1).forEach(n -> groups.add(n.uri()));
        Set<String> iscoCodes = new HashSet<>();
        for (String o : occ) {
            String code = esco.occupations().get(o).iscoGroup();
            for (int i = 1; i <= code.length(); i++) iscoCodes.add(code.substring(0, i));
        }
        Set<String> isco = new TreeSet<>();
        esco.iscoGroups().values().stream().filter(g -> iscoCodes.contains(g.code())).forEach(g -> isco.add(g.uri()));
        return new Selection(occ, skills, groups, isco);
    }

    /** A skill and the broader skills above it, so every sample skill keeps its path up the pillar. */
    private static void addWithBroaderSkills(String skill, Set<String> into, Map<String, SortedSet<String>> parents,
                                             Esco esco) {
        List<String> todo = new ArrayList<>(List.of(skill));
        while (!todo.isEmpty()) {
            String u = todo.remove(todo.size() - 1);
            if (!esco.skills().containsKey(u) || !into.add(u)) continue;
            todo.addAll(parents.getOrDefault(u, new TreeSet<>()));
        }
    }

    static byte[] write(Map<String, EscoFiles.Found> files, Selection s) throws IOException {
        Set<String> skillsAndGroups = new HashSet<>(s.skills());
        skillsAndGroups.addAll(s.skillGroups());
        Set<String> occAndIsco = new HashSet<>(s.occupations());
        occAndIsco.addAll(s.isco());
        Map<String, byte[]> out = new TreeMap<>();
        for (EscoFiles.Found f : files.values()) {
            CsvTable t = CsvTable.read(f.display(), f.bytes());
            Predicate<CsvTable.Row> keep = switch (f.logicalName()) {
                case "skills" -> in(t, "conceptUri", s.skills());
                case "occupations" -> in(t, "conceptUri", s.occupations());
                case "ISCOGroups" -> in(t, "conceptUri", s.isco());
                case "skillGroups" -> in(t, "conceptUri", s.skillGroups());
                case "skillsHierarchy" -> deepestIn(t, s.skillGroups());
                case "occupationSkillRelations" ->
                        in(t, "occupationUri", s.occupations()).and(in(t, "skillUri", s.skills()));
                case "broaderRelationsSkillPillar" ->
                        in(t, "conceptUri", skillsAndGroups).and(in(t, "broaderUri", skillsAndGroups));
                case "broaderRelationsOccPillar" ->
                        in(t, "conceptUri", occAndIsco).and(in(t, "broaderUri", occAndIsco));
                case "skillSkillRelations" ->
                        in(t, "originalSkillUri", s.skills()).and(in(t, "relatedSkillUri", s.skills()));
                case "researchOccupationsCollection" -> in(t, "conceptUri", s.occupations());
                default -> in(t, "conceptUri", s.skills()); // the skill collections
            };
            out.put(f.fileName(), csv(t, keep));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : out.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Predicate<CsvTable.Row> in(CsvTable t, String column, Set<String> uris) {
        int i = t.required(column);
        return r -> uris.contains(r.get(i).trim());
    }

    private static Predicate<CsvTable.Row> deepestIn(CsvTable t, Set<String> groups) {
        int[] cols = {t.required("Level 0 URI"), t.optional("Level 1 URI"), t.optional("Level 2 URI"),
                t.optional("Level 3 URI")};
        return r -> {
            String deepest = "";
            for (int c : cols) if (!r.get(c).isBlank()) deepest = r.get(c).trim();
            return groups.contains(deepest);
        };
    }

    private static byte[] csv(CsvTable t, Predicate<CsvTable.Row> keep) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(nonClosing(bytes), StandardCharsets.UTF_8);
             SequenceWriter seq = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(w)) {
            seq.write(t.header());
            for (CsvTable.Row r : t.rows()) if (keep.test(r)) seq.write(r.values());
        }
        return bytes.toByteArray();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        };
    }
}
