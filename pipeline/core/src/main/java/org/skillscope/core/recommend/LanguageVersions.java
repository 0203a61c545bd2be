package org.skillscope.core.recommend;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the language versions of one course in a provider's catalogue, so a review names the course
 * once instead of listing its translations as separate (and, mapped by an English matcher, weak)
 * credentials. Catalogues mark versions in the title ("Google UX Design (DE)", "AI For Everyone
 * （すべての人のための…）") or the URL slug ("google-it-arabic", "google-cybersecurity-jp"), so two
 * credentials are versions when their titles or slugs, with the language marker and the provider's name
 * taken out, have the same words; versions chain ("google-it-arabic" ~ "google-it-de" ~ "Google IT Support
 * (Deutsch)" ~ "Google IT Support"). A translated title with no shared slug stays on its own: words in
 * different languages are not compared.
 */
public final class LanguageVersions {
    private LanguageVersions() {}

    /** A credential of one provider: its id, title, URL (may be null) and relevance (null: not scored, below any score). */
    public record Offer(String id, String title, String url, Double relevance) {}

    /** One course: the version that represents it (the most relevant) and every version, lead first. */
    public record Course(Offer lead, List<Offer> versions) {
        public Course {
            versions = List.copyOf(versions);
        }
    }

    /** Language names and codes that mark a version, accent-folded; not "it" or "id", which are also words. */
    static final Set<String> MARKERS = Set.of("de", "deutsch", "german", "es", "espanol", "spanish", "en espanol", "pt", "br", "portugues",
            "portuguese", "fr", "francais", "french", "ja", "jp", "japanese", "ar", "arabic", "zh", "cn", "chinese", "ko", "kr", "korean",
            "ru", "russian", "ua", "ukrainian", "tr", "turkish", "nl", "dutch", "pl", "polish", "vi", "vietnamese", "hi", "hindi", "el",
            "greek", "italiano", "italian", "indonesian", "bahasa indonesia");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.*?)\\s*[(（\\[]([^()（）\\[\\]]*)[)）\\]]\\s*$");

    /**
     * The courses of one provider's {@code offers}, in the order of their lead's relevance (then id); a
     * course with one version is a course too. {@code provider} is the awarding body, whose name is not a
     * distinguishing word.
     */
    public static List<Course> group(String provider, List<Offer> offers) {
        Set<String> own = new TreeSet<>(words(provider));
        Map<String, String> parent = new HashMap<>();
        for (Offer o : offers) parent.put(o.id(), o.id());
        Map<String, String> firstWithKey = new HashMap<>();
        for (Offer o : offers) {
            for (String key : keys(o, own)) {
                String other = firstWithKey.putIfAbsent(key, o.id());
                if (other != null) union(parent, other, o.id());
            }
        }
        Map<String, List<Offer>> byRoot = new LinkedHashMap<>();
        for (Offer o : offers) byRoot.computeIfAbsent(find(parent, o.id()), k -> new ArrayList<>()).add(o);
        Comparator<Offer> best = Comparator.comparing(Offer::relevance, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(Offer::id);
        List<Course> out = new ArrayList<>();
        for (List<Offer> versions : byRoot.values()) {
            versions.sort(best);
            out.add(new Course(versions.get(0), versions));
        }
        out.sort(Comparator.comparing(Course::lead, best));
        return out;
    }

    /** The title's and the slug's words without language marker and provider name, each as a sorted key; empty keys dropped. */
    static List<String> keys(Offer o, Set<String> own) {
        List<String> keys = new ArrayList<>();
        for (List<String> w : List.of(words(stripTitleMarker(o.title())), stripSlugMarker(words(slug(o.url()))))) {
            Set<String> distinct = new TreeSet<>(w);
            distinct.removeAll(own);
            if (!distinct.isEmpty()) keys.add(String.join(" ", distinct));
        }
        return keys;
    }

    /** A trailing bracket that names a language, says "en español" or is in another script than the title's start. */
    static String stripTitleMarker(String title) {
        if (title == null) return "";
        Matcher m = TRAILING_BRACKET.matcher(title.strip());
        if (!m.matches()) return title;
        String inside = fold(m.group(2));
        boolean marker = MARKERS.contains(inside) || inside.chars().anyMatch(c -> Character.isLetter(c) && !isLatin(c));
        return marker ? m.group(1) : title;
    }

    private static List<String> stripSlugMarker(List<String> slugWords) {
        if (slugWords.size() > 1 && MARKERS.contains(slugWords.get(slugWords.size() - 1))) return slugWords.subList(0, slugWords.size() - 1);
        return slugWords;
    }

    /** The last path segment of a URL, or "" without one. */
    static String slug(String url) {
        if (url == null || url.isBlank()) return "";
        String u = url.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "");
        int i = u.lastIndexOf('/');
        return i < 0 || u.substring(0, i).endsWith(":/") ? "" : u.substring(i + 1);
    }

    /** Lower-cased, accent-folded words (letters and digits of any script). */
    static List<String> words(String text) {
        if (text == null) return List.of();
        return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isLatin(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            parent.put(x, parent.get(parent.get(x)));
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
}
