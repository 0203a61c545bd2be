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
    void semicolonsSeparateUnitsAndTooShortPiecesAreDropped() {
        assertEquals(List.of("plan budgets;", "report to the board"), splitter.split("plan budgets; report to the board\n-\n a"));
    }

    @Test
    void blankOrNullTextGivesNoUnits() {
        assertEquals(List.of(), splitter.split("   \n "));
        assertEquals(List.of(), splitter.split(null));
    }
}
