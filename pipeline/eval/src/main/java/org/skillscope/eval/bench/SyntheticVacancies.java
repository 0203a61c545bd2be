package org.skillscope.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.skillscope.datasets.vacancy.Vacancy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Grows real vacancies into N synthetic ones for the scale benchmark, varied so that deduplication
 * alone cannot cheat: each ad takes a real ad's title and place, swaps about a third of its sentences
 * for sentences of other ads, jitters its date by up to two months and sometimes moves to another
 * region of the same country. Seeded: the same base and seed give the same file.
 */
public final class SyntheticVacancies {
    private static final ObjectMapper JSON = org.skillscope.datasets.JsonMappers.JSON;

    private SyntheticVacancies() {}

    /** Writes {@code n} ads in SkillScope's JSON Lines format (docs/formats/vacancies.md) to {@code target}. */
    public static Path write(List<Vacancy> base, int n, long seed, Path target) {
        if (base.isEmpty()) throw new IllegalArgumentException("no base vacancies to grow from");
        Random rnd = new Random(seed);
        List<List<String>> sentences = new ArrayList<>();
        List<String> pool = new ArrayList<>();
        Map<String, List<String>> regionsByCountry = new TreeMap<>();
        for (Vacancy v : base) {
            List<String> s = split(v.description());
            sentences.add(s);
            pool.addAll(s);
            if (v.region() != null) {
                List<String> rs = regionsByCountry.computeIfAbsent(String.valueOf(v.country()), k -> new ArrayList<>());
                if (!rs.contains(v.region())) rs.add(v.region());
            }
        }
        if (pool.isEmpty()) pool.add("Experience required.");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    int b = rnd.nextInt(base.size());
                    Vacancy v = base.get(b);
                    List<String> own = sentences.get(b);
                    StringBuilder text = new StringBuilder();
                    for (String s : own.isEmpty() ? List.of(pool.get(rnd.nextInt(pool.size()))) : own) {
                        text.append(rnd.nextDouble() < 0.33 ? pool.get(rnd.nextInt(pool.size())) : s).append(' ');
                    }
                    LocalDate date = (v.date() == null ? LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365)) : v.date())
                            .plusDays(rnd.nextInt(121) - 60);
                    String region = v.region();
                    List<String> others = regionsByCountry.get(String.valueOf(v.country()));
                    if (others != null && !others.isEmpty() && rnd.nextDouble() < 0.2) region = others.get(rnd.nextInt(others.size()));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", "syn-" + i);
                    row.put("title", v.title());
                    row.put("description", text.toString().strip());
                    row.put("country", v.country());
                    row.put("region", region);
                    row.put("date", date.toString());
                    row.put("occupation_code", null);
                    row.put("language", "en");
                    row.put("sector", v.sector());
                    w.write(JSON.writeValueAsString(row));
                    w.write('\n');
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Sentence-ish pieces, good enough to shuffle; the matcher does the real splitting. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String s : text.split("(?<=[.!?])\\s+")) {
            String t = s.strip();
            if (t.length() > 3) out.add(t);
        }
        return out;
    }
}
