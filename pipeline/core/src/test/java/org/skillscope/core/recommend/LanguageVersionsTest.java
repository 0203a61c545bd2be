package org.skillscope.core.recommend;

import org.junit.jupiter.api.Test;
import org.skillscope.core.recommend.LanguageVersions.Course;
import org.skillscope.core.recommend.LanguageVersions.Offer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageVersionsTest {
    private static final String C = "https://www.coursera.org/professional-certificates/";

    private static Map<String, List<String>> ids(List<Course> courses) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Course c : courses) out.put(c.lead().id(), c.versions().stream().map(Offer::id).toList());
        return out;
    }

    @Test
    void versionsMarkedInTitleOrSlugAreOneCourseLedByTheMostRelevant() {
        // titles and slugs as in the real Coursera catalogue
        // the Arabic and Japanese versions are not scored (not read): below every score, in id order
        List<Offer> google = List.of(
                new Offer("en", "Google Data Analytics", C + "google-data-analytics", 40.0),
                new Offer("fr", "Google Data Analytics", C + "analytique-des-donnees-google", 12.0),
                new Offer("de", "Google Data Analytics (DE)", C + "google-data-analytics-de", 5.0),
                new Offer("ar", "تحليلات البيانات من Google", C + "google-data-analytics-arabic", null),
                new Offer("ja", "Google データアナリティクス", C + "data-analytics-japanese", null),
                new Offer("ux", "Google UX Design", C + "google-ux-design", 30.0));
        List<Course> courses = LanguageVersions.group("Google", google);
        assertEquals(Map.of("en", List.of("en", "fr", "de", "ar", "ja"), "ux", List.of("ux")), ids(courses));
        assertEquals("en", courses.get(0).lead().id());
    }

    @Test
    void versionsChainThroughASharedTitleOrSlug() {
        List<Offer> it = List.of(
                new Offer("it-en", "Google IT Support", C + "google-it-support", 50.0),
                new Offer("it-de", "Google IT Support (Deutsch)", C + "google-it-de", 3.0),
                new Offer("it-ar", "Google شهادة تقنية المعلومات من", C + "google-it-arabic", null),
                new Offer("sec-ja", "Google サイバーセキュリティ", C + "google-cybersecurity-jp", null),
                new Offer("sec", "Google Cybersecurity", C + "google-cybersecurity", 20.0));
        assertEquals(Map.of("it-en", List.of("it-en", "it-de", "it-ar"), "sec", List.of("sec", "sec-ja")),
                ids(LanguageVersions.group("Google", it)));
        List<Offer> ai = List.of(new Offer("ai", "AI For Everyone", "https://www.coursera.org/learn/ai-for-everyone", 20.0),
                new Offer("ai-ja", "AI For Everyone （すべての人のためのAIリテラシー講座）", "https://www.coursera.org/learn/ai-for-everyone-ja", 1.0));
        assertEquals(Map.of("ai", List.of("ai", "ai-ja")), ids(LanguageVersions.group("DeepLearning.AI", ai)));
    }

    @Test
    void differentCoursesAndUnmarkedTranslationsStayApart() {
        List<Offer> offers = List.of(
                new Offer("a", "Foundations of Project Management", "https://www.coursera.org/learn/project-management-foundations", 20.0),
                new Offer("b", "Fundamentos de la gestión de proyectos", "https://www.coursera.org/learn/fundamentos-de-la-gestion-de-proyectos", 1.0),
                new Offer("c", "Project Management", null, 10.0),
                // a bracket that is not a language is part of the title
                new Offer("d", "Project Management (Advanced)", null, 5.0),
                // "it" ends a slug as a word, not as Italian
                new Offer("e", "Google IT", "https://example.org/google-it", 5.0),
                new Offer("f", "Google", "https://example.org/google", 5.0));
        assertEquals(6, LanguageVersions.group("Google", offers).size());
    }

    @Test
    void markersAreTakenOffTitlesAndSlugs() {
        assertEquals("Google UX Design", LanguageVersions.stripTitleMarker("Google UX Design (PT)"));
        assertEquals("Negociación exitosa", LanguageVersions.stripTitleMarker("Negociación exitosa (en español)"));
        assertEquals("Project Management (Advanced)", LanguageVersions.stripTitleMarker("Project Management (Advanced)"));
        assertEquals("google-it-arabic", LanguageVersions.slug("https://www.coursera.org/professional-certificates/google-it-arabic/?x=1"));
        assertEquals("", LanguageVersions.slug("https://example.org"));
    }
}
