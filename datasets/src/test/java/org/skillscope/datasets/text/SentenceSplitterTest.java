package org.skillscope.datasets.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsSentencesAtTerminalPunctuationFollowedByACapital() {
        assertEquals(List.of("You will build APIs.", "You know Java!", "Do you speak German?"),
                splitter.split("You will build APIs. You know Java! Do you speak German?"));
    }

    @Test
    void keepsAbbreviationsDecimalsAndDottedNamesInsideASentence() {
        assertEquals(List.of("Use tools, e.g. Excel and Node.js, with 3.5 years of experience.", "Apply now."),
                splitter.split("Use tools, e.g. Excel and Node.js, with 3.5 years of experience. Apply now."));
    }

    @Test
    void everyLineAndBulletIsItsOwnUnitWithTheMarkerRemoved() {
        String text = "Requirements:\n- Java\n* SQL databases\n\u2022 Teamwork\n1. Driving licence\n\nSkills: \u2022 Excel \u2022 Word";
        assertEquals(List.of("Requirements:", "Java", "SQL databases", "Teamwork", "Driving licence", "Skills:", "Excel", "Word"),
                splitter.split(text));
    }

    @Test
    void listItemsAreTheUnitsOfBulletedLinesAndInlineBulletsOnly() {
        String text = "Requirements: a degree. You will:\n- Write Java. Test it.\n2) Query SQL databases\nAbout us\n"
                + "Skills: \u2022 Excel \u2022 Word\n\u25cf Teamwork\n# Describe sterilization methods\n## What you will learn\n"
                + "Tools: \u25cf Git \u25cf Jira\n-Dash without a blank";
        assertEquals(List.of("Write Java.", "Test it.", "Query SQL databases", "Excel", "Word", "Teamwork",
                "Describe sterilization methods", "Git", "Jira"), splitter.listItems(text));
        assertEquals(List.of(), splitter.listItems(null));
    }

    @Test
    void aListWhoseLineBreaksBecameTwoSpacesIsSplitAtThemBeforeACapital() {
        // an Adzuna ad's requirements: the feed kept two spaces where each line ended
        assertEquals(List.of("Required: NVQ level 2 in Care", "Genuine interest in working within a caring environment",
                        "Team player", "Willingness to participate in Vocational Training Programmes"),
                splitter.split("Required: NVQ level 2 in Care  Genuine interest in working within a caring environment  "
                        + "Team player  Willingness to participate in Vocational Training Programmes"));
        // two spaces before a small letter are a typing slip inside a sentence, not a break
        assertEquals(List.of("designed to teach you  important C# concepts"),
                splitter.split("designed to teach you  important C# concepts"));
    }

    @Test
    void twoOrMoreSpacedHyphensInALineAreACollapsedListOneIsADash() {
        assertEquals(List.of("Job responsibilities:", "operation of milling machines",
                        "quality control of the manufactured component"),
                splitter.split("Job responsibilities: - operation of milling machines - quality control of the manufactured component"));
        assertEquals(List.of("Senior Software Engineer - Java or C++ in Belfast"),
                splitter.split("Senior Software Engineer - Java or C++ in Belfast"));
        assertEquals(List.of("Possibility of development", "Training and onboarding"),
                splitter.split("Possibility of development \u00b7  Training and onboarding"));
        assertEquals(List.of("DEADLINE ORIENTATION;", "TEAM SPIRIT"), splitter.split("DEADLINE ORIENTATION; \u00bf    TEAM SPIRIT"));
        // a bullet opening the line counts; a dash next to a number is a range
        assertEquals(List.of("Good project skills", "M.S degree preferred"), splitter.split("- Good project skills - M.S degree preferred"));
        assertEquals(List.of("Monday - Friday, 9am - 5pm"), splitter.split("Monday - Friday, 9am - 5pm"));
        assertEquals(List.of("Skills:", "Teamwork", "Communication"), splitter.split("Skills:  -  Teamwork  -  Communication"));
    }

    @Test
    void aMarkerBeforeACollapsedBreakIsStrippedNotLeftAsAUnit() {
        assertEquals(List.of("Register for the course"), splitter.split("1.  Register for the course"));
        assertEquals(List.of("Build a model", "Deploy it"), splitter.listItems("\u2022 Build a model  Deploy it"));
    }

    @Test
    void semicolonsSeparateUnitsAndTooShortPiecesAreDropped() {
        assertEquals(List.of("plan budgets;", "report to the board"), splitter.split("plan budgets; report to the board\n-\n a"));
    }

    @Test
    void blankOrNullTextGivesNoUnits() {
        assertEquals(List.of(), splitter.split("   \n "));
        assertEquals(List.of(), splitter.split(null));
    }
}
