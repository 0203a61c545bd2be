package org.skillscope.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        Map<String, Set<String>> byText = new LinkedHashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        int rows = 0;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(in)) {
            if (!it.hasNext()) {
                throw new CoreException(path + ": empty file, expected a header with '" + textColumn + "' and '" + labelColumn + "'");
            }
            List<String> header = it.next();
            int ti = header.indexOf(textColumn);
            int li = header.indexOf(labelColumn);
            if (ti < 0 || li < 0) {
                throw new CoreException(path + ": header " + header + " lacks column '" + (ti < 0 ? textColumn : labelColumn) + "'");
            }
            while (it.hasNext()) {
                List<String> row = it.next();
                rows++;
                if (row.size() <= Math.max(ti, li)) {
                    throw new CoreException(path + " line " + (rows + 1) + ": " + row.size() + " fields, column '"
                            + labelColumn + "' missing");
                }
                String text = row.get(ti).strip();
                String key = group ? text : text + "\u0000" + rows;
                Set<String> gold = byText.computeIfAbsent(key, t -> new LinkedHashSet<>());
                List<String> labels = pythonList ? PythonList.parse(row.get(li), path + " line " + (rows + 1)) : List.of(row.get(li));
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

    String resolve(String label) {
        String uri = exact.get(label);
        return uri != null ? uri : folded.get(label.toLowerCase(Locale.ROOT));
    }
}
