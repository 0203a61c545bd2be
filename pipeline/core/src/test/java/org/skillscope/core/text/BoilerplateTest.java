package org.skillscope.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private final Boilerplate boilerplate = new Boilerplate();

    @Test
    void recognisesEqualOpportunityBenefitsApplicationAndCompanyBlurbs() {
        for (String s : List.of(
                "We are an equal opportunities employer.",
                "All qualified applicants will receive consideration regardless of race, gender or age.",
                "We offer a competitive salary and 25 days annual leave.",
                "Your tasks:",
                "Applications from people with disabilities are particularly welcome;",
                "What you bring:",
                "We provide paid training, a company vehicle where needed and clear career progression.",
                "Salary: £25,000 per annum plus bonus.",
                "To apply, send your CV to jobs@example.com.",
                "For more information please contact Jane on 0123.",
                "Acme Ltd is a leading provider of logistics services.",
                "Founded in 1998, we now have offices in 12 countries.",
                "We are hiring a backend developer.",
                "Our client is currently looking for a nurse to join the team.")) {
            assertTrue(boilerplate.isBoilerplate(s), s);
        }
    }

    @Test
    void matchesWhateverTheCase() {
        // the sentence is lower-cased before matching: capitals must not hide boilerplate
        for (String s : List.of("WE ARE AN EQUAL OPPORTUNITIES EMPLOYER.", "About Us: Acme builds bridges.",
                "SALARY: £30K PER ANNUM.", "Apply Now via our website.")) {
            assertTrue(boilerplate.isBoilerplate(s), s);
        }
        assertFalse(boilerplate.isBoilerplate("WRITE SQL QUERIES AND MANAGE BUDGETS."));
    }

    @Test
    void recognisesTheHiringProcessAndTheAgencysPitch() {
        // real UK and EURES ad sentences that made "assess candidates" the top gap
        for (String s : List.of(
                "Documented evidence of the eligibility will be required from candidates as part of the recruitment process.",
                "Successful applicants are required to provide an enhanced disclosure.",
                "Successful candidates are required to provide an enhanced disclosure which will be met by the provider.",
                "Applications will be evaluated based solely on the candidates' merit, without consideration of any other factors.",
                "We are always busy and are constantly receiving new instructions from a number of different client's nationwide, which makes it good for candidates and us.",
                "All posts are subject to a satisfactory DBS check.",
                "Job title: Care Support Workers.")) {
            assertTrue(boilerplate.isBoilerplate(s), s);
        }
    }

    @Test
    void aHeadingAnsweredNoAsksForNothing() {
        // EURES's field lines: "Remote work possibility: No" asserted *use remote control equipment* in 15 ads
        for (String s : List.of("Remote work possibility: No", "Possibility of remote work: No.", "Driving licence: not required",
                "Travel: N/A", "Shift work: none;")) {
            assertTrue(boilerplate.isBoilerplate(s), s);
        }
        for (String s : List.of("Remote work possibility: No later than May, install remote control units.",
                "Driving licence: required", "Experience with no-code tools: Bubble, Zapier", "Languages: English, German; Travel: no",
                "Driving licence: B; Remote work: no")) {
            assertFalse(boilerplate.isBoilerplate(s), s);
        }
    }

    @Test
    void keepsWhatIsAskedOfTheCandidateAndRecruitersOwnWork() {
        for (String s : List.of(
                "The successful candidate will be RGN qualified and have previous experience of working in a Nursing Home.",
                "Candidates should have recent experience and display a passion for care.",
                "Screen and interview candidates and manage all parts of the recruitment process for our clients.",
                "Assess candidates against the job requirements.",
                "Job titles and grades are reviewed each year.")) {
            assertFalse(boilerplate.isBoilerplate(s), s);
        }
    }

    @Test
    void keepsSentencesThatStateWhatTheJobNeeds() {
        for (String s : List.of(
                "You will manage budgets and report to the finance director.",
                "Experience with Java, SQL and cloud platforms.",
                "Provide nursing care to patients on a busy ward.",
                "Negotiate contracts with suppliers.",
                "Skills: Java, SQL and Kubernetes.")) {
            assertFalse(boilerplate.isBoilerplate(s), s);
        }
    }

    @Test
    void textUnitsDropTheBoilerplateSentencesOfAnAd() {
        String ad = "Acme is a leading provider of software. You will develop Java services.\n"
                + "- Strong SQL skills\n- We offer a pension scheme\nWe are an equal opportunity employer.";
        assertEquals(List.of("You will develop Java services.", "Strong SQL skills"), new TextUnits().units(ad));
    }
}
