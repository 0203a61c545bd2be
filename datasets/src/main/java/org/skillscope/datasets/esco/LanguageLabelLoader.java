package org.skillscope.datasets.esco;

import org.skillscope.datasets.Csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ESCO labels in other languages, from (a) an official ESCO CSV download in that language
 * ({@code occupations_<lang>.csv}, {@code skills_<lang>.csv}, the English layout) and (b) a MELO-style
 * folder {@code <country>_q_<lang>_c_<lang>/} ({@code corpus_elements.tsv}: id, label;
 * {@code concept_mapping.tsv}: id, ESCO URI; the first label of a concept, {@code _000}, is its
 * preferred one). A path may be either, or a folder holding several of them one level down.
 * English is left to the English matcher and never loaded here.
 */
public final class LanguageLabelLoader {
    private static final Pattern MELO = Pattern.compile("[a-z]{3}_q_([a-z]{2})_c_([a-z]{2})");
    private static final Pattern OFFICIAL = Pattern.compile("(occupations|skills)_([a-z]{2})\\.csv");

    private LanguageLabelLoader() {}

    /** The language a MELO folder name gives ({@code pol_q_pl_c_pl} is Polish), or null. */
    public static String meloLanguage(Path folder) {
        Path name = folder.getFileName();
        Matcher m = name == null ? null : MELO.matcher(name.toString());
        return m != null && m.matches() ? m.group(2) : null;
    }

    /** Labels per language from every path, merged; languages sorted by code. */
    public static Map<String, LanguageLabels> load(List<Path> paths) {
        Map<String, LanguageLabels> out = new TreeMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new EscoFormatException(p.toString(), 0, "", "no such file or folder");
            for (LanguageLabels l : loadOne(p, true)) out.merge(l.language(), l, LanguageLabels::plus);
        }
        return out;
    }

    private static List<LanguageLabels> loadOne(Path p, boolean descend) {
        List<LanguageLabels> out = new ArrayList<>();
        if (Files.isRegularFile(p)) {
            LanguageLabels l = official(p);
            if (l != null) out.add(l);
            return out;
        }
        String melo = meloLanguage(p);
        if (melo != null && Files.isRegularFile(p.resolve("corpus_elements.tsv"))) {
            if (!melo.equals("en")) out.add(melo(p, melo));
            return out;
        }
        try (Stream<Path> children = Files.list(p)) {
            for (Path c : children.sorted().toList()) {
                if (Files.isRegularFile(c) || descend) out.addAll(loadOne(c, false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
        return out;
    }

    /** {@code occupations_<lang>.csv} or {@code skills_<lang>.csv}; null for any other file. */
    private static LanguageLabels official(Path file) {
        Matcher m = OFFICIAL.matcher(file.getFileName().toString());
        if (!m.matches() || m.group(2).equals("en")) return null;
        CsvTable t;
        try {
            t = CsvTable.read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int uri = t.required("conceptUri"), pref = t.required("preferredLabel");
        int alt = t.optional("altLabels"), hidden = t.optional("hiddenLabels");
        List<LocalizedLabel> labels = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String u = t.nonBlank(r, uri, "conceptUri");
            String p = r.get(pref).trim();
            if (!p.isEmpty()) labels.add(new LocalizedLabel(u, p, true));
            for (String a : EscoLoader.labels(r.get(alt))) labels.add(new LocalizedLabel(u, a, false));
            for (String h : EscoLoader.labels(r.get(hidden))) labels.add(new LocalizedLabel(u, h, false));
        }
        boolean occupations = m.group(1).equals("occupations");
        return new LanguageLabels(m.group(2), List.of(file.toString()),
                occupations ? labels : List.of(), occupations ? List.of() : labels);
    }

    private static LanguageLabels melo(Path folder, String language) {
        Map<String, String> uris = new HashMap<>();
        for (String[] f : tsv(folder.resolve("concept_mapping.tsv"))) uris.put(f[0], f[1]);
        List<LocalizedLabel> labels = new ArrayList<>();
        Path corpus = folder.resolve("corpus_elements.tsv");
        List<String[]> rows = tsv(corpus);
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            String uri = uris.get(f[0]);
            if (uri == null) {
                throw new EscoFormatException(corpus.toString(), i + 1, "id", "label id " + f[0] + " is not in concept_mapping.tsv");
            }
            labels.add(new LocalizedLabel(uri, f[1], f[0].endsWith("_000")));
        }
        return new LanguageLabels(language, List.of(folder.toString()), labels, List.of());
    }

    /** Two tab-separated fields per line, blank lines skipped; a bad line names file and line. */
    private static List<String[]> tsv(Path file) {
        if (!Files.isRegularFile(file)) throw new EscoFormatException(file.toString(), 0, "", "missing file");
        List<String[]> out = new ArrayList<>();
        // strict UTF-8: a damaged translation file stops the run rather than loading garbled labels
        try (Csv.Rows rows = Csv.tabbed(file.toString(), Files.readString(file))) {
            while (rows.hasNext()) {
                Csv.Row r = rows.next();
                List<String> f = r.fields();
                if (f.size() == 1 && f.get(0).isBlank()) continue;
                if (f.size() < 2 || f.get(0).isBlank() || f.get(1).isBlank()) {
                    throw new EscoFormatException(file.toString(), r.line(), "", "expected two tab-separated fields, got: "
                            + String.join("\t", f));
                }
                out.add(new String[] {f.get(0).strip(), f.get(1).strip()});
            }
        } catch (IOException e) {
            throw new EscoFormatException(file.toString(), 0, "", "cannot read as UTF-8: " + e.getMessage());
        }
        return out;
    }
}
