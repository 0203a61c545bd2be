package org.skillscope.datasets.credential.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO code conversions: the EU authority tables use 3-letter codes, SkillScope uses 2-letter ones. */
public final class Codes {
    // built once from the JDK's ISO tables, read-only afterwards
    private static final Map<String, String> COUNTRY3;
    private static final Map<String, String> COUNTRY_NAME;
    private static final Map<String, String> LANGUAGE3;
    private static final Map<String, String> LANGUAGE_NAME;

    static {
        Map<String, String> country3 = new HashMap<>();
        Map<String, String> countryName = new HashMap<>();
        Map<String, String> language3 = new HashMap<>();
        Map<String, String> languageName = new HashMap<>();
        for (String c2 : Locale.getISOCountries()) {
            Locale c = new Locale("", c2);
            country3.put(c.getISO3Country(), c2);
            countryName.put(c.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), c2);
        }
        for (String l2 : Locale.getISOLanguages()) {
            Locale l = new Locale(l2);
            language3.put(l.getISO3Language().toUpperCase(Locale.ROOT), l2);
            // names in English and in the language itself ("Español", "Deutsch", "中文")
            languageName.put(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), l2);
            languageName.put(l.getDisplayLanguage(l).toLowerCase(l), l2);
        }
        // bibliographic ISO 639-2/B codes still found in EU data
        for (String[] p : new String[][]{{"FRE", "fr"}, {"GER", "de"}, {"DUT", "nl"}, {"GRE", "el"}, {"CZE", "cs"},
                {"SLO", "sk"}, {"RUM", "ro"}, {"ICE", "is"}, {"ALB", "sq"}, {"MAC", "mk"}, {"CHI", "zh"}}) {
            language3.putIfAbsent(p[0], p[1]);
        }
        COUNTRY3 = Map.copyOf(country3);
        COUNTRY_NAME = Map.copyOf(countryName);
        LANGUAGE3 = Map.copyOf(language3);
        LANGUAGE_NAME = Map.copyOf(languageName);
    }

    private Codes() {}

    /** ISO 3166 alpha-2 for an alpha-2 or alpha-3 code or an EU authority URI ending in one; else the input stripped. */
    public static String country(String codeOrUri) {
        String s = Texts.blankToNull(codeOrUri);
        if (s == null) return null;
        String tail = s.substring(s.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        if (tail.length() == 2 && isAsciiLetters(tail)) return "UK".equals(tail) ? "GB" : tail;
        if (tail.length() == 3 && COUNTRY3.containsKey(tail)) return COUNTRY3.get(tail);
        String name = s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return COUNTRY_NAME.getOrDefault(name, s);
    }

    /** ISO 639-1 for a code ("en", "ENG", "nl-NL"), an EU authority URI, or a language name; null if unknown. */
    public static String language(String codeNameOrUri) {
        String s = Texts.blankToNull(codeNameOrUri);
        if (s == null) return null;
        String tail = s.substring(s.lastIndexOf('/') + 1);
        String base = tail.split("[-_]", 2)[0]; // with a limit: "-" gives "" (without one, no element at all; found by fuzzing)
        if (base.length() == 2 && isAsciiLetters(base)) return base.toLowerCase(Locale.ROOT);
        if (base.length() == 3 && LANGUAGE3.containsKey(base.toUpperCase(Locale.ROOT))) return LANGUAGE3.get(base.toUpperCase(Locale.ROOT));
        String name = s.toLowerCase(Locale.ROOT);
        String exact = LANGUAGE_NAME.get(name);
        if (exact != null) return exact;
        // "اللغة العربية" ("the Arabic language") contains the native name "العربية"
        String best = null;
        for (String key : LANGUAGE_NAME.keySet()) {
            if (key.length() >= 4 && name.contains(key) && (best == null || key.length() > best.length())) best = key;
        }
        return best == null ? null : LANGUAGE_NAME.get(best);
    }

    // "中文" is two letters too, but a name, not a code
    private static boolean isAsciiLetters(String s) {
        return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}
