package org.skillscope.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillscope.core.CoreException;
import org.skillscope.datasets.Csv;

/**
 * MELO benchmark folder: {@code queries.tsv} (id, text), {@code corpus_elements.tsv} (id, surface
 * form), {@code annotations.tsv} (TREC qrels: query id, iteration, corpus id, relevance) and
 * {@code concept_mapping.tsv} (corpus id, ESCO URI). A query's gold = the ESCO URIs of its relevant
 * corpus elements; since we rank ESCO concepts directly, a concept counts by its best surface form.
 * A first row whose id column is not found in the data is treated as a header.
 */
final class MeloReader {
    private MeloReader() {}

    static GoldSet read(Path folder) throws IOException {
        Map<String, String> queries = twoColumns(folder.resolve("queries.tsv"));
        Map<String, String> mapping = twoColumns(folder.resolve("concept_mapping.tsv"));
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        int rows = 0;
        Path qrels = folder.resolve("annotations.tsv");
        List<String> lines = Files.readAllLines(qrels, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 4) {
                throw new CoreException(qrels + " line " + (n + 1) + ": expected 'query iteration corpus_id relevance', got: " + line);
            }
            if (!queries.containsKey(f[0])) {
                if (n == 0) {
                    continue; // header
                }
                throw new CoreException(qrels + " line " + (n + 1) + ": query id " + f[0] + " not in queries.tsv");
            }
            rows++;
            if (Double.parseDouble(f[3]) <= 0) {
                continue;
            }
            String uri = mapping.get(f[2]);
            if (uri == null) {
                unresolved.add(f[2]);
                continue;
            }
            gold.computeIfAbsent(f[0], q -> new LinkedHashSet<>()).add(uri);
        }
        List<GoldQuery> out = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Set<String> g = gold.get(q.getKey());
            if (g != null) {
                out.add(new GoldQuery(q.getValue(), g));
            }
        }
        return new GoldSet(out, rows, queries.size() - out.size(), new ArrayList<>(unresolved));
    }

    private static Map<String, String> twoColumns(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CoreException("MELO folder lacks " + file);
        }
        Map<String, String> out = new HashMap<>();
        try (Csv.Rows rows = Csv.tabbed(file.toString(), Files.readString(file))) {
            while (rows.hasNext()) {
                Csv.Row r = rows.next();
                List<String> f = r.fields();
                if (f.size() < 2) {
                    if (f.get(0).isBlank()) {
                        continue;
                    }
                    throw new CoreException(file + " line " + r.line() + ": expected two tab-separated fields");
                }
                out.put(f.get(0).strip(), f.get(1).strip());
            }
        }
        return out;
    }
}
