package org.skillscope.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.Clip;
import org.skillscope.datasets.Csv;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.credential.internal.PythonList;
import org.skillscope.datasets.credential.internal.Texts;
import org.skillscope.datasets.esco.EscoSkill;

/**
 * A silver check of learning-outcome mapping from a Coursera catalogue: a course's {@code course_skills}
 * tags that are exactly an ESCO skill's preferred or alternative label (trimmed, ignoring case; hidden
 * labels are misspellings and not counted) are its gold, and its {@code course_summary} bullets ("what
 * you'll learn") are the text. A tag that is exactly one skill's preferred label names that skill ("SQL", also an
 * alternative label of *database management systems*); another tag that is a label of several skills says none of
 * them and is dropped.
 * Silver, not gold: the tags are Coursera's, not annotators', and only those that happen to be ESCO
 * labels count. It is a CHECK only: no model, threshold or weight is ever fitted on it, so that it
 * stays a measure of how outcomes are mapped and not of how well it was learnt.
 */
public final class OutcomeSilverEval {
    static final String TAGS = "course_skills";
    static final String SUMMARY = "course_summary";
    static final String TITLE = "course_title";

    private OutcomeSilverEval() {}

    /** One catalogue row: its tags and its summary bullets (without list bullets), as read. */
    public record Course(long line, String title, List<String> tags, List<String> summary) {}

    /** A course of the check: its summary as one text and the ESCO skills its tags name, with the tags that named them. */
    public record Query(Course course, String text, Set<String> gold, List<String> matchedTags) {}

    /**
     * The check. Tags are counted once per course (ignoring case) over the courses with a summary,
     * those that can be queries: {@code tags} seen, {@code matchedTags} naming one skill,
     * {@code ambiguousTags} naming several.
     */
    public record Silver(List<Query> queries, int tags, int matchedTags, int ambiguousTags) {}

    /** A query with our skills for its text, best score first. */
    public record Ranked(Query query, List<SkillMatch> skills) {
        public List<String> uris() {
            return skills.stream().map(SkillMatch::uri).toList();
        }
    }

    /** Reads a Coursera export; bad input is a {@link DatasetException} naming the file, line and column. */
    public static List<Course> read(Path catalogue) {
        String name = catalogue.toString();
        List<Course> out = new ArrayList<>();
        try (Reader in = Csv.openUtf8(catalogue); Csv.Rows rows = Csv.rows(name, in, Csv.separatorOf(name))) {
            if (!rows.hasNext()) throw new DatasetException(name + ": empty file, expected a header with " + TAGS + " and " + SUMMARY);
            List<String> header = rows.next().fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int tags = header.indexOf(TAGS);
            int summary = header.indexOf(SUMMARY);
            int title = header.indexOf(TITLE);
            if (tags < 0 || summary < 0) {
                throw new DatasetException(name + ": header lacks column " + (tags < 0 ? TAGS : SUMMARY) + " (found: "
                        + Clip.counted(String.join(",", header), 60) + ")");
            }
            while (rows.hasNext()) {
                Csv.Row r = rows.next();
                if (r.error() != null) throw new DatasetException(name + " line " + r.line() + ": malformed CSV: " + r.error());
                if (r.fields().size() != header.size()) {
                    throw new DatasetException(name + " line " + r.line() + ": " + r.fields().size() + " fields, header has " + header.size());
                }
                List<String> bullets = list(r.fields().get(summary), name, r.line(), SUMMARY).stream()
                        .map(Texts::stripBullet).filter(Objects::nonNull).toList();
                out.add(new Course(r.line(), title < 0 ? null : Texts.blankToNull(r.fields().get(title)),
                        list(r.fields().get(tags), name, r.line(), TAGS), bullets));
            }
        } catch (IOException e) {
            throw DatasetException.cannotRead(catalogue, e);
        }
        return out;
    }

    private static List<String> list(String cell, String file, long line, String column) {
        return PythonList.parse(cell).orElseThrow(() -> new DatasetException(file + " line " + line + ", " + column
                + ": expected a Python list like ['a', 'b'], got: " + Clip.clip(cell, 81)));
    }

    /** The check over the skills {@code ranked} ranks (a gold skill we cannot rank would only lower every figure). */
    public static Silver silver(List<Course> courses, Collection<EscoSkill> skills, ConceptIndex ranked) {
        Set<String> known = new HashSet<>();
        for (int c = 0; c < ranked.size(); c++) known.add(ranked.concept(c).uri());
        return silver(courses, skills.stream().filter(s -> known.contains(s.uri())).toList());
    }

    /** The check: courses with a summary and at least one tag that names exactly one of {@code skills}. */
    public static Silver silver(List<Course> courses, Collection<EscoSkill> skills) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        Map<String, Set<String>> byPreferred = new HashMap<>();
        for (EscoSkill s : skills) {
            fold(s.preferredLabel()).ifPresent(l -> byLabel.computeIfAbsent(l, k -> new HashSet<>()).add(s.uri()));
            fold(s.preferredLabel()).ifPresent(l -> byPreferred.computeIfAbsent(l, k -> new HashSet<>()).add(s.uri()));
            for (String alt : s.altLabels()) fold(alt).ifPresent(l -> byLabel.computeIfAbsent(l, k -> new HashSet<>()).add(s.uri()));
        }
        List<Query> queries = new ArrayList<>();
        int seen = 0, matched = 0, ambiguous = 0;
        for (Course c : courses) {
            if (c.summary().isEmpty()) continue;
            Map<String, String> distinct = new LinkedHashMap<>();  // folded tag -> the tag as first written
            for (String t : c.tags()) fold(t).ifPresent(f -> distinct.putIfAbsent(f, t.strip()));
            Set<String> gold = new LinkedHashSet<>();
            List<String> tags = new ArrayList<>();
            for (Map.Entry<String, String> t : distinct.entrySet()) {
                seen++;
                Set<String> preferred = byPreferred.getOrDefault(t.getKey(), Set.of());
                Set<String> uris = preferred.size() == 1 ? preferred : byLabel.getOrDefault(t.getKey(), Set.of());
                if (uris.size() > 1) {
                    ambiguous++;
                } else if (uris.size() == 1) {
                    matched++;
                    gold.addAll(uris);
                    tags.add(t.getValue());
                }
            }
            if (!gold.isEmpty()) queries.add(new Query(c, String.join("\n", c.summary()), gold, tags));
        }
        return new Silver(queries, seen, matched, ambiguous);
    }

    private static Optional<String> fold(String label) {
        String s = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * Our skills for each query's text as the job gets a credential's: the matcher cuts the text into
     * units and keeps each skill's best unit (at most {@code topK} skills), in the matcher's order, the one a
     * user sees (the likeliest stated first, then by ranking score: a unit's scores are relative to its own
     * candidates, so they do not compare across a course's bullets).
     */
    public static List<Ranked> rank(SkillMatcher matcher, Silver silver) {
        List<List<SkillMatch>> matches = matcher.matchAll(silver.queries().stream().map(Query::text).toList());
        List<Ranked> out = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) out.add(new Ranked(silver.queries().get(i), matches.get(i)));
        return out;
    }

    /** RP@5, RP@10 and MRR per course, macro-averaged; precision and recall of the asserted skills over (course, skill) pairs. */
    public static OutcomeSilverResult score(Silver silver, List<Ranked> ranked) {
        double rp5 = 0, rp10 = 0, mrr = 0;
        int gold = 0, asserted = 0, assertedGold = 0;
        for (Ranked r : ranked) {
            Set<String> g = r.query().gold();
            List<String> uris = r.uris();
            rp5 += Metrics.rPrecisionAt(uris, g, 5);
            rp10 += Metrics.rPrecisionAt(uris, g, 10);
            mrr += Metrics.reciprocalRank(uris, g);
            gold += g.size();
            for (SkillMatch m : r.skills()) {
                if (!m.asserted()) continue;
                asserted++;
                if (g.contains(m.uri())) assertedGold++;
            }
        }
        int n = ranked.size();
        return new OutcomeSilverResult(n, silver.tags(), silver.matchedTags(), silver.ambiguousTags(),
                n == 0 ? 0 : 100 * rp5 / n, n == 0 ? 0 : 100 * rp10 / n, n == 0 ? 0 : mrr / n,
                asserted == 0 ? 0 : (double) assertedGold / asserted, gold == 0 ? 0 : (double) assertedGold / gold);
    }
}
