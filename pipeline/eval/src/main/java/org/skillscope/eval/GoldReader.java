package org.skillscope.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillscope.core.CoreException;
import org.skillscope.datasets.Clip;
import org.skillscope.datasets.Csv;
import org.skillscope.datasets.credential.internal.PythonList;

/**
 * Reads the public gold sets into {@link GoldQuery}s with ESCO URIs. Labels are resolved against
 * the preferred labels of the concepts being ranked: exactly first, then ignoring case.
 */
public final class GoldReader {
    /** Decorte markers for spans that have no ESCO skill: not gold. */
    static final Set<String> NOT_GOLD = Set.of("LABEL NOT PRESENT", "UNDERSPECIFIED", "UNK");

    private final Map<String, String> exact;
    private final Map<String, String> folded;

    /** @param preferredLabelToUri preferred label → URI of the concepts the ranking is over */
    public GoldReader(Map<String, String> preferredLabelToUri) {
        this.exact = Map.copyOf(preferredLabelToUri);
        this.folded = new HashMap<>();
        preferredLabelToUri.forEach((label, uri) -> folded.putIfAbsent(label.toLowerCase(Locale.ROOT), uri));
    }

    public GoldSet read(Path path, GoldFormat format) {
        try {
            return switch (format) {
                case DECORTE -> readLabelled(path, "sentence", "label", false, true);
                case SKILLSKAPE -> readLabelled(path, "sentence", "skills", true, true);
                case JOBBERT -> readLabelled(path, "text", "label", false, false);
                case MELO -> MeloReader.read(path);
                case SKILLSPAN -> throw new CoreException("SkillSpan gold has no ESCO labels: read it with SkillSpanReader");
            };
        } catch (IOException e) {
            throw new CoreException("cannot read gold file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each row adds one label, or a Python list of labels. {@code group}: rows with the same text form
     * one query (first-seen order; sentence-level skill gold); otherwise every row is its own query
     * (job titles: the same title may be labelled differently by different employers).
     */
    private GoldSet readLabelled(Path path, String textColumn, String labelColumn, boolean pythonList, boolean group) throws IOException {
        Map<String, Set<String>> byText = new LinkedHashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        int rows = 0;
        try (Reader in = Csv.openUtf8(path); Csv.Rows it = Csv.rows(path.toString(), in, Csv.separatorOf(path.getFileName().toString()))) {
            if (!it.hasNext()) {
                throw new CoreException(path + ": empty file, expected a header with '" + textColumn + "' and '" + labelColumn + "'");
            }
            List<String> header = it.next().fields();
            int ti = header.indexOf(textColumn);
            int li = header.indexOf(labelColumn);
            if (ti < 0 || li < 0) {
                throw new CoreException(path + ": header " + header + " lacks column '" + (ti < 0 ? textColumn : labelColumn) + "'");
            }
            while (it.hasNext()) {
                Csv.Row r = it.next();
                List<String> row = r.fields();
                rows++;
                if (r.error() != null) {
                    throw new CoreException(path + " line " + r.line() + ": malformed CSV: " + r.error());
                }
                if (row.size() <= Math.max(ti, li)) {
                    throw new CoreException(path + " line " + r.line() + ": " + row.size() + " fields, column '"
                            + labelColumn + "' missing");
                }
                String text = row.get(ti).strip();
                String key = group ? text : text + "\u0000" + rows;
                Set<String> gold = byText.computeIfAbsent(key, t -> new LinkedHashSet<>());
                List<String> labels = pythonList ? pythonList(row.get(li), path + " line " + r.line()) : List.of(row.get(li));
                for (String raw : labels) {
                    String label = raw.strip();
                    if (label.isEmpty() || NOT_GOLD.contains(label)) {
                        continue;
                    }
                    String uri = resolve(label);
                    if (uri == null) {
                        unresolved.add(label);
                    } else {
                        gold.add(uri);
                    }
                }
            }
        }
        List<GoldQuery> queries = new ArrayList<>();
        List<String> noGold = new ArrayList<>();
        int without = 0;
        for (Map.Entry<String, Set<String>> e : byText.entrySet()) {
            if (e.getValue().isEmpty()) {
                without++;
                if (group) noGold.add(e.getKey());
            } else {
                String key = e.getKey();
                int cut = key.indexOf('\u0000');
                queries.add(new GoldQuery(cut < 0 ? key : key.substring(0, cut), e.getValue()));
            }
        }
        return new GoldSet(queries, rows, without, new ArrayList<>(unresolved), noGold);
    }

    private static List<String> pythonList(String cell, String where) {
        return PythonList.parse(cell).orElseThrow(() -> new CoreException(where + ": expected a Python list like ['a', 'b'], got: "
                + Clip.clip(cell, 81)));
    }

    String resolve(String label) {
        String uri = exact.get(label);
        return uri != null ? uri : folded.get(label.toLowerCase(Locale.ROOT));
    }
}
