package org.skillscope.datasets.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscope.datasets.vacancy.EuLanguageDetector;

class CredentialLanguageTest {
    private static EuLanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = EuLanguageDetector.create();
    }

    private static Credential course(String language, String title, String... outcomes) {
        List<LearningOutcome> los = Arrays.stream(outcomes).map(t -> new LearningOutcome(t, List.of())).toList();
        return new Credential("c1", null, title, null, "Body", null, los, null, null, null, null, null,
                null, null, null, null, null, language, null, "coursera", "f.csv", 2);
    }

    @Test
    void theDeclaredLanguageDecidesUnlessTheTextKeptIsSurelyEnglish() {
        assertEquals("es", CredentialLanguage.of(course("ES", "Análisis de datos", "Aprende los métodos del análisis de datos con hojas de cálculo."), detector));
        assertEquals("es", CredentialLanguage.of(course("es", "Finanzas", "Finance"), detector), "too little text to overrule the declaration");
        assertEquals("en", CredentialLanguage.of(course("en", "Análisis de datos", "Aprende los métodos del análisis de datos."), detector));
        // a bilingual ELM credential declaring German, whose loader kept the English texts: read as English
        assertEquals("en", CredentialLanguage.of(course("de", "Data analysis for engineers",
                "Learners clean data sets, analyse them with statistical methods and present the results to colleagues."), detector));
        assertEquals("de", CredentialLanguage.of(course("de", "Datenanalyse für Ingenieure",
                "Die Lernenden bereinigen Datensätze, analysieren sie mit statistischen Methoden und stellen die Ergebnisse vor."), detector));
    }

    @Test
    void anUndeclaredCourseIsToldFromItsProseAndAListOfEnglishTagsStaysEnglish() {
        // real Coursera courses without a declared language
        assertEquals("es", CredentialLanguage.of(course(null, "Fundamentos de la gestión de proyectos",
                "Describir las destrezas, funciones y responsabilidades de la gestión de proyectos."), detector));
        assertEquals("fr", CredentialLanguage.of(course("", "Bases de la gestion de projet",
                "Décrire les compétences, les rôles et les responsabilités en matière de gestion de projet."), detector));
        // read as Dutch, but not surely: English
        assertNull(CredentialLanguage.of(course(null, "Innovation Management", "Social Network Management Innovation Innovation Management"), detector));
        assertNull(CredentialLanguage.of(course(null, "Excel Skills for Data Analytics and Visualization",
                "Data Analysis Microsoft Excel Data Cleansing Data Visualization"), detector));
        assertEquals("en", CredentialLanguage.of(course(null, "Data Analysis with Python", "Import and clean data sets and build models."), detector));
        // a script the detector does not know (it reads Japanese as Estonian)
        assertEquals(CredentialLanguage.UNDETERMINED, CredentialLanguage.of(course(null, "Google データアナリティクス",
                "ジュニアまたはアソシエイトデータアナリストが日々の業務での実務とプロセスを深く理解する"), detector));
        assertNull(CredentialLanguage.of(course(null, "", new String[0]), detector), "no text: unknown");
        // Greek is a script the detector knows: told, not undetermined
        assertEquals("el", CredentialLanguage.of(course(null, "Ανάλυση δεδομένων",
                "Οι εκπαιδευόμενοι καθαρίζουν σύνολα δεδομένων και τα αναλύουν με στατιστικές μεθόδους."), detector));
    }

    @Test
    void theEnglishMatcherReadsEnglishAndUnknownOnly() {
        assertTrue(CredentialLanguage.english(null));
        assertTrue(CredentialLanguage.english(" "));
        assertTrue(CredentialLanguage.english("en"));
        assertFalse(CredentialLanguage.english("es"));
        assertFalse(CredentialLanguage.english(CredentialLanguage.UNDETERMINED));
    }
}
