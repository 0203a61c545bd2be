package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.skillscope.datasets.validation.Finding;
import org.skillscope.datasets.validation.LoadResult;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CourseCatalogueLoaderTest {

    private static LoadResult<Credential> load(String name) {
        try {
            return CredentialLoaders.load(Path.of(CourseCatalogueLoaderTest.class.getResource("/credential/good/" + name).toURI()), "s");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void courseraSummaryBulletsAreTheOutcomesWithFallbacks() {
        LoadResult<Credential> r = load("coursera-small.csv");
        assertEquals(4, r.read());
        assertEquals(4, r.accepted().size());
        Credential sql = r.accepted().get(0);
        assertEquals("coursera", sql.sourceFormat());
        assertEquals("https://www.coursera.org/learn/sql-for-data-science", sql.id());
        assertEquals("University of California, Davis", sql.awardingBody());
        assertEquals("online", sql.participationForm());
        assertEquals(List.of("Write SQL queries that filter and sort data", "Use SQL's JOIN to combine tables",
                "Create subqueries and temporary tables"), sql.outcomeTexts());
        assertTrue(sql.furtherInformation().contains("skills: SQL; Data Analysis"), sql.furtherInformation());
        assertEquals(List.of("Project Planning", "Risk Management"), r.accepted().get(1).outcomeTexts());
        assertEquals(List.of("Protect yourself from fumes and sparks.", "Choose the right protective equipment for each welding process."),
                r.accepted().get(2).outcomeTexts());
        assertTrue(r.accepted().get(3).learningOutcomes().isEmpty());
        List<String> fallbacks = r.findings().stream().filter(f -> f.field().equals("learning_outcomes")
                && !f.message().startsWith("missing mandatory")).map(Finding::message).toList();
        assertEquals(List.of("course_summary empty: course_skills used as outcomes",
                "course_summary and course_skills empty: the list items of course_description used as outcomes",
                "course_summary, course_skills and course_description empty: no outcomes"), fallbacks);
    }

    @Test
    void aDescriptionsOutcomesAreItsListItemsButQuestionsHeadingsBylinesAndPrerequisites() {
        String header = ",course_title,course_organization,course_certificate_type,course_time,course_rating,course_reviews_num,"
                + "course_difficulty,course_url,course_students_enrolled,course_skills,course_summary,course_description\n";
        String csv = header
                + "0,AI for Medicine,DeepLearning.AI,Course,1 - 4 Weeks,4.7,10,Beginner,https://www.coursera.org/learn/ai-med,100,[],[],"
                + "\"Build a model that detects disease in chest X-rays. To make the most out of this course, you should have "
                + "familiarity with programming in Python. No prior medical expertise is required!\n"
                + "By the end of this course you will be able to:\n"
                + "1. Module 1: Disease Detection With Computer Vision\n"
                + "2. Train a model to read chest X-rays. Evaluate it on held-out images.\n"
                + "3. How will I get a certificate?\n"
                + "• Ruby Mendenhall, Associate Professor of African American Studies\n"
                + "• Prior experience with managing IPv4 routes\n"
                + "## What You Will Learn\n"
                + "• Medical Image Segmentation\"\n"
                + "1,Python,Michigan,Course,1 - 4 Weeks,4.7,10,Beginner,https://www.coursera.org/learn/python,100,"
                + "\"['Python']\",\"['Write a loop']\",\"No previous experience is necessary. Learn Python.\"\n"
                + "2,Forensics,Dundee,Course,1 - 4 Weeks,4.7,10,Beginner,https://www.coursera.org/learn/forensics,100,[],[],"
                + "\"How did forensics come about? Forensic science solves crimes. There are no prerequisites.\"\n";
        LoadResult<Credential> r = new CourseCatalogueLoader().load("coursera.csv", csv);
        List<Credential> c = r.accepted();
        // the prose advertises; of the list, the heading, the question, the byline and the prerequisite go
        assertEquals(List.of("Train a model to read chest X-rays.", "Evaluate it on held-out images.", "Medical Image Segmentation"),
                c.get(0).outcomeTexts());
        assertEquals("To make the most out of this course, you should have familiarity with programming in Python. "
                + "No prior medical expertise is required! Prior experience with managing IPv4 routes", c.get(0).prerequisites());
        // element 12 comes from the description whatever gives the outcomes
        assertEquals(List.of("Write a loop"), c.get(1).outcomeTexts());
        assertEquals("No previous experience is necessary.", c.get(1).prerequisites());
        assertTrue(c.get(2).learningOutcomes().isEmpty());
        assertEquals("There are no prerequisites.", c.get(2).prerequisites());
        assertEquals(List.of("course_summary and course_skills empty: the list items of course_description used as outcomes",
                "course_summary and course_skills empty, course_description lists no outcomes (its prose is not read as outcomes): "
                        + "no outcomes"),
                r.findings().stream().filter(f -> f.field().equals("learning_outcomes") && !f.message().startsWith("missing mandatory"))
                        .map(Finding::message).toList());
    }

    @Test
    void prerequisitesAreWhatALearnerBringsNotWhatTheCourseEndsWith() {
        assertTrue(CourseCatalogueLoader.prerequisite("Some knowledge of biology will be advantageous, but not mandatory."));
        assertTrue(CourseCatalogueLoader.prerequisite("You are expected to have basic Java programming knowledge."));
        assertTrue(CourseCatalogueLoader.prerequisite("The course assumes some prior experience with programming."));
        assertFalse(CourseCatalogueLoader.prerequisite("By the end of this course you should have trained three models."));
        assertFalse(CourseCatalogueLoader.prerequisite("Learners should be able to describe the prior probability."));
        assertFalse(CourseCatalogueLoader.prerequisite("Develop a working knowledge of popular DBMSes."));
        assertFalse(CourseCatalogueLoader.prerequisite("It introduces a framework for understanding the work that is necessary to deploy AI."));
        // outcomes that only share a word with a prerequisite
        assertFalse(CourseCatalogueLoader.prerequisite("Redesign an existing user experience"));
        assertFalse(CourseCatalogueLoader.prerequisite("Remove the background of a product photo"));
        assertFalse(CourseCatalogueLoader.prerequisite("Identify task prerequisites and dependencies in a project schedule"));
        assertFalse(CourseCatalogueLoader.prerequisite("You should have trained three models by the end of this course."));
        assertFalse(CourseCatalogueLoader.prerequisite("Avoid misunderstanding that is common in negotiations."));
        // a prerequisite named as one wins over "be able to"
        assertTrue(CourseCatalogueLoader.prerequisite("Prerequisites: learners should be able to use a spreadsheet."));
        assertTrue(CourseCatalogueLoader.prerequisite("You should already be able to program in Python."));
        assertTrue(CourseCatalogueLoader.prerequisite("No programming experience required."));
        assertTrue(CourseCatalogueLoader.prerequisite("There are no prerequisites."));
    }

    @Test
    void aBylineOrHeadingIsInTitleCaseWithANameBeforeACommaOrALabelBeforeAColon() {
        assertTrue(CourseCatalogueLoader.bylineOrHeading("Henry Jenkins, School for Communication and Journalism, USA"));
        assertTrue(CourseCatalogueLoader.bylineOrHeading("Module 2: Risk Management Process"));
        // a topic or a tool list in title case names what is taught
        assertFalse(CourseCatalogueLoader.bylineOrHeading("Machine Learning"));
        assertFalse(CourseCatalogueLoader.bylineOrHeading("Python, SQL, Tableau"));
        assertFalse(CourseCatalogueLoader.bylineOrHeading("Stephen Long explains plant biology, step by step"));
        assertTrue(CourseCatalogueLoader.inTitleCase("Apply Machine Learning to Real-World Problems"));
        assertFalse(CourseCatalogueLoader.inTitleCase("Learn Python and SQL from scratch"));
        assertFalse(CourseCatalogueLoader.inTitleCase("学习编程"));   // no capitals in the script: never a title
        assertFalse(CourseCatalogueLoader.inTitleCase("2024 - 2025"));
    }

    @Test
    void edxKeepsLanguageEstimatesEctsAndQuarantinesDuplicates() {
        LoadResult<Credential> r = load("edx-small.csv");
        assertEquals(3, r.read());
        assertEquals(2, r.accepted().size());
        assertEquals(1, r.rejected().size());
        assertEquals("id", r.rejected().get(0).field());
        assertTrue(r.rejected().get(0).reason().startsWith("duplicate id 'https://www.edx.org/course/introduction-to-probability'"));
        Credential prob = r.accepted().get(0);
        assertEquals("edx", prob.sourceFormat());
        assertEquals("en", prob.language());
        assertEquals("Harvard University", prob.awardingBody());
        assertEquals(List.of("Learn probability, an essential language for understanding data",
                "Basic counting and the naive definition of probability.", "Conditional probability and Bayes rule."), prob.outcomeTexts());
        // 7.5 h/week x 10 weeks = 75 h; 75 / 27.5 = 2.7 ECTS
        assertEquals(2.7, prob.workloadEcts());
        assertTrue(prob.furtherInformation().contains("estimated workload: 75 h"));
        Credential es = r.accepted().get(1);
        assertEquals("es", es.language());
        assertEquals("online (Instructor-led on a course schedule)", es.participationForm());
        assertEquals(0.4, es.workloadEcts());   // 2.5 x 4 = 10 h
        assertTrue(r.findings().stream().anyMatch(f -> f.line() == 0 && f.message().startsWith("2 workloads estimated")));
    }

    @Test
    void effortAndLengthGiveHours() {
        assertEquals(75.0, CourseCatalogueLoader.hours("5–10 hours per week", "10 Weeks"));
        assertEquals(12.0, CourseCatalogueLoader.hours("3 hours per week", "4 weeks"));
        assertNull(CourseCatalogueLoader.hours("self-paced", "4 Weeks"));
        // absurd lengths are numbers, not crashes; what overflows a double is not understood
        assertEquals(3.0 * 99999999999L, CourseCatalogueLoader.hours("3 hours per week", "99999999999 weeks"), 1e-3);
        assertNull(CourseCatalogueLoader.hours("3 hours per week", "9".repeat(400) + " weeks"));
    }

    @Test
    void syllabusSentencesComeFromTheSentenceSplitterWithBulletsStripped() {
        String csv = "title,summary,course_syllabus,course_url\n"
                + "Malaria,Understand malaria,\"*About the course: it has three parts. Professor Michael R. Reich teaches policy; "
                + "you write a brief. How do parasites resist the drugs?\n------\n"
                + "What's Next? - Get started learning online!\",https://www.edx.org/course/malaria\n";
        Credential c = new CourseCatalogueLoader().load("edx.csv", csv).accepted().get(0);
        // abbreviations and initials do not end a sentence, semicolons do; "*" and a ruler line are not text; a syllabus's
        // question names a topic (unlike a description's)
        assertEquals(List.of("Understand malaria", "About the course: it has three parts.",
                "Professor Michael R. Reich teaches policy;", "you write a brief.", "How do parasites resist the drugs?",
                "Get started learning online!"), c.outcomeTexts());
    }
}
