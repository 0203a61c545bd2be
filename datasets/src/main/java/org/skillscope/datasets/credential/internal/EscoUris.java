package org.skillscope.datasets.credential.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises ESCO concept URIs in credential metadata. */
public final class EscoUris {
    private static final Pattern ESCO = Pattern.compile("^https?://data\\.europa\\.eu/esco/.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SKILL = Pattern.compile("^https?://data\\.europa\\.eu/esco/skill/[0-9a-zA-Z-]{8,}$", Pattern.CASE_INSENSITIVE);

    private EscoUris() {}

    /** Any URI under data.europa.eu/esco (skills, occupations, concept schemes). */
    public static boolean isEsco(String uri) {
        return uri != null && ESCO.matcher(uri.strip()).matches();
    }

    /** An ESCO skill/competence/knowledge concept URI (they all live under /esco/skill/). */
    public static boolean isSkill(String uri) {
        return uri != null && SKILL.matcher(uri.strip()).matches();
    }

    /** The canonical form ESCO publishes: http scheme, no trailing blanks. */
    public static String canonical(String uri) {
        String u = uri.strip();
        return u.toLowerCase(Locale.ROOT).startsWith("https://") ? "http://" + u.substring("https://".length()) : u;
    }
}
