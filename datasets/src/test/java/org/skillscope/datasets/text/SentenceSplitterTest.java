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
    void semicolonsSeparateUnitsAndTooShortPiecesAreDropped() {
        assertEquals(List.of("plan budgets;", "report to the board"), splitter.split("plan budgets; report to the board\n-\n a"));
    }

    @Test
    void blankOrNullTextGivesNoUnits() {
        assertEquals(List.of(), splitter.split("   \n "));
        assertEquals(List.of(), splitter.split(null));
    }
}
