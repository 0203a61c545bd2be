package org.skillscope.datasets.credential;

import java.util.Locale;
import org.skillscope.datasets.vacancy.EuLanguageDetector;

/**
 * The language a credential's learning outcomes are written in, so that only those the English matcher can read
 * are mapped (the job and the API alike). Read on the real catalogues: 176 edX courses declare Spanish, and many
 * Coursera courses declare nothing but are written in Spanish, French, Portuguese, German or Japanese; mapped as
 * English, "Aprende los métodos ... centradas en el estudiante" asserted *sexology*.
 */
public final class CredentialLanguage {
    /** A credential's language told from a script other than Latin (Japanese, Chinese, Arabic): none that the detector knows. */
    public static final String UNDETERMINED = "und";
    /** How sure the detector must be to take an undeclared credential out of English (English tag lists read as 0.57-0.86). */
    static final double MIN_PROBABILITY = 0.99;

    private CredentialLanguage() {}

    /**
     * The declared language (ISO 639-1, lower case) when there is one; else {@link #UNDETERMINED} when most of the
     * title's and outcomes' letters are not Latin; else the detected language when the detector is at least
     * {@link #MIN_PROBABILITY} sure of it; else null (unknown: read as English).
     */
    public static String of(Credential c, EuLanguageDetector detector) {
        if (c.language() != null && !c.language().isBlank()) return c.language().strip().toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(c.title() == null ? "" : c.title());
        for (String o : c.outcomeTexts()) text.append(". ").append(o);
        if (mostlyNonLatin(text)) return UNDETERMINED;
        return detector.detect(text.toString(), MIN_PROBABILITY);
    }

    /** Whether the English matcher reads a text of this language: English, or a language not known. */
    public static boolean english(String language) {
        return language == null || language.isBlank() || language.equals("en");
    }

    static boolean mostlyNonLatin(CharSequence text) {
        int letters = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) latin++;
        }
        return letters > 0 && latin * 2 < letters;
    }
}
