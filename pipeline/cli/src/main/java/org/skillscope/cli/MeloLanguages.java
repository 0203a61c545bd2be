package org.skillscope.cli;

import org.skillscope.eval.LanguageOccupationEval;
import org.skillscope.eval.LanguageOccupationEval.HeldOut;
import org.skillscope.eval.LanguageOccupationEval.LanguageSet;
import org.skillscope.eval.OccupationEvalResult;
import org.skillscope.core.lang.TitleIndex;
import org.skillscope.core.lang.TitleParams;
import org.skillscope.datasets.esco.LanguageLabelLoader;
import org.skillscope.datasets.esco.LanguageLabels;
import org.skillscope.datasets.esco.LocalizedLabel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** `eval occupations --format melo` in languages other than English: one MELO folder, or every one under a root. */
final class MeloLanguages {
    private MeloLanguages() {}

    /**
     * @param labelPaths where the labels come from ({@code --esco-languages}); null = each folder's own corpus
     * @return the JSON line: one folder {@code {"language","queries","mrr","acc@1","acc@5"}}; a root adds
     *         {@code "languages":{code:{...}}} and reports the mean over languages as mrr, acc@1, acc@5
     */
    static String evaluate(Path gold, String language, List<Path> labelPaths, boolean crossValidate) {
        List<Path> folders = folders(gold, language);
        Map<String, LanguageLabels> configured = labelPaths == null ? null : LanguageLabelLoader.load(labelPaths);
        List<LanguageSet> sets = new ArrayList<>();
        for (Path folder : folders) {
            String lang = folders.size() == 1 && language != null ? language : LanguageLabelLoader.meloLanguage(folder);
            List<LocalizedLabel> labels = labels(folder, lang, configured);
            sets.add(new LanguageSet(lang, labels, LanguageOccupationEval.readMelo(folder)));
        }
        Map<String, OccupationEvalResult> results = new LinkedHashMap<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        if (crossValidate) {
            for (HeldOut h : LanguageOccupationEval.leaveOneLanguageOut(sets, LanguageOccupationEval.grid(), System.err::println)) {
                LanguageSet s = sets.stream().filter(x -> x.language().equals(h.language())).findFirst().orElseThrow();
                results.put(h.language(), LanguageOccupationEval.score(new TitleIndex(s.language(), s.labels(), h.chosen()), s.gold()));
                chosen.put(h.language(), h.chosen().toString());
                System.err.printf(Locale.ROOT, "%s: chosen without it: %s (mean MRR %.4f on the others)%n", h.language(), h.chosen(), h.chosenMeanOnOthers());
            }
        } else {
            long[][] bands = new long[10][2];
            for (LanguageSet s : sets) {
                long t0 = System.nanoTime();
                TitleIndex index = new TitleIndex(s.language(), s.labels(), TitleParams.DEFAULTS);
                OccupationEvalResult r = LanguageOccupationEval.score(index, s.gold());
                results.put(s.language(), r);
                System.err.printf(Locale.ROOT, "%s: %d queries, %d labels, MRR %.4f, acc@1 %.2f, acc@5 %.2f (%.1f s)%n", s.language(), r.queries(),
                        index.labels(), r.mrr(), r.acc1(), r.acc5(), (System.nanoTime() - t0) / 1e9);
                LanguageOccupationEval.topOneByScore(index, s.gold(), bands);
            }
            StringBuilder b = new StringBuilder("top occupation right, by its score:");
            for (int i = 0; i < 10; i++) {
                if (bands[i][0] > 0) b.append(String.format(Locale.ROOT, " %.1f-%.1f %d/%d (%.0f%%);", i / 10.0, (i + 1) / 10.0, bands[i][1], bands[i][0], 100.0 * bands[i][1] / bands[i][0]));
            }
            System.err.println(b);
        }
        if (!crossValidate && results.size() == 1) {
            Map.Entry<String, OccupationEvalResult> only = results.entrySet().iterator().next();
            return "{\"language\":\"" + only.getKey() + "\"," + only.getValue().toJson().substring(1);
        }
        int queries = 0;
        double mrr = 0, acc1 = 0, acc5 = 0, min = 1;
        StringBuilder each = new StringBuilder();
        for (Map.Entry<String, OccupationEvalResult> e : results.entrySet()) {
            OccupationEvalResult r = e.getValue();
            queries += r.queries();
            mrr += r.mrr();
            acc1 += r.acc1();
            acc5 += r.acc5();
            min = Math.min(min, r.mrr());
            if (each.length() > 0) each.append(',');
            String json = r.toJson();
            if (chosen.containsKey(e.getKey())) json = json.substring(0, json.length() - 1) + ",\"params\":\"" + chosen.get(e.getKey()) + "\"}";
            each.append('"').append(e.getKey()).append("\":").append(json);
        }
        int n = results.size();
        return String.format(Locale.ROOT, "{\"queries\":%d,\"mrr\":%.4f,\"acc@1\":%.2f,\"acc@5\":%.2f,\"minMrr\":%.4f,\"crossValidated\":%b,\"languages\":{%s}}",
                queries, mrr / n, acc1 / n, acc5 / n, min, crossValidate, each);
    }

    /** The folder itself when it holds queries, else its MELO subfolders that do. */
    private static List<Path> folders(Path gold, String language) {
        if (Files.isRegularFile(gold.resolve("queries.tsv"))) {
            if (language == null) {
                throw new IllegalArgumentException("--gold " + gold + ": cannot tell its language from the name (<country>_q_<lang>_c_<lang>): give --language");
            }
            return List.of(gold);
        }
        try (Stream<Path> s = Files.list(gold)) {
            List<Path> out = s.filter(p -> Files.isRegularFile(p.resolve("queries.tsv")) && LanguageLabelLoader.meloLanguage(p) != null)
                    .filter(p -> language == null || language.equals(LanguageLabelLoader.meloLanguage(p))).sorted().toList();
            if (out.isEmpty()) throw new IllegalArgumentException("--gold " + gold + ": no MELO folder with queries.tsv" + (language == null ? "" : " for " + language));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + gold, e);
        }
    }

    private static List<LocalizedLabel> labels(Path folder, String language, Map<String, LanguageLabels> configured) {
        LanguageLabels l = configured != null ? configured.get(language) : LanguageLabelLoader.load(List.of(folder)).get(language);
        if (l == null || l.occupations().isEmpty()) {
            throw new IllegalArgumentException("no occupation labels in " + language + (configured != null ? " under --esco-languages" : " in " + folder));
        }
        return l.occupations();
    }
}
