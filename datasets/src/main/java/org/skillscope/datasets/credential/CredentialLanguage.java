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
    /** A credential's language told from a script the detector has no profile of (Japanese, Chinese, Arabic). */
    public static final String UNDETERMINED = "und";
    /** How sure the detector must be (English tag lists read as another language at 0.57-0.86, prose at 1.0). */
    static final double MIN_PROBABILITY = 0.99;

    private CredentialLanguage() {}

    /**
     * The language of the text the loaders kept, in this order: English when the declared language is English or the
     * detector is at least {@link #MIN_PROBABILITY} sure the title and outcomes are English (an ELM credential
     * declaring German whose loader kept the English of its bilingual fields); else the declared language (ISO
     * 639-1, lower case); else {@link #UNDETERMINED} when most letters are in a script the detector does not know;
     * else the detected language when the detector is that sure of it; else null (unknown: read as English).
     */
    public static String of(Credential c, EuLanguageDetector detector) {
        String declared = c.language() == null || c.language().isBlank() ? null : c.language().strip().toLowerCase(Locale.ROOT);
        if ("en".equals(declared)) return declared;
        StringBuilder text = new StringBuilder(c.title() == null ? "" : c.title());
        for (String o : c.outcomeTexts()) text.append(". ").append(o);
        if (mostlyUnknownScript(text)) return declared != null ? declared : UNDETERMINED;
        String detected = detector.detect(text.toString(), MIN_PROBABILITY);
        if ("en".equals(detected) || declared == null) return detected;
        return declared;
    }

    /** Whether the English matcher reads a text of this language: English, or a language not known. */
    public static boolean english(String language) {
        return language == null || language.isBlank() || language.equals("en");
    }

    /** Most letters in scripts other than Latin, Greek and Cyrillic (those of the EU languages the detector knows). */
    static boolean mostlyUnknownScript(CharSequence text) {
        int letters = 0, known = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                    || script == Character.UnicodeScript.CYRILLIC) known++;
        }
        return letters > 0 && known * 2 < letters;
    }
}
