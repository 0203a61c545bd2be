package org.skillscope.datasets.credential.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CodesTest {
    @Test
    void countriesBecomeAlpha2() {
        assertEquals("ES", Codes.country("http://publications.europa.eu/resource/authority/country/ESP"));
        assertEquals("NL", Codes.country("The Netherlands"));
        assertEquals("GB", Codes.country("uk"));
        assertEquals("Bavaria", Codes.country("Bavaria"));
        assertNull(Codes.country(" "));
    }

    @Test
    void languagesBecomeIso6391() {
        assertEquals("en", Codes.language("http://publications.europa.eu/resource/authority/language/ENG"));
        assertEquals("nl", Codes.language("nl-NL"));
        // only separators after the last slash: unknown, not an ArrayIndexOutOfBoundsException (found by fuzzing)
        assertEquals(null, Codes.language("http://publications.europa.eu/resource/authority/language/-"));
        assertEquals(null, Codes.language("_"));
        assertEquals("es", Codes.language("Español"));
        assertEquals("zh", Codes.language("中文"));
        assertEquals("ar", Codes.language("اللغة العربية"));
        assertEquals("fr", Codes.language("FRE"));
        assertNull(Codes.language("Klingon"));
    }

    @Test
    void pythonListsParseWithBothQuoteStyles() {
        assertEquals(List.of("Use SQL's JOIN", "Filter 'rows'", "a\nb"),
                PythonList.parse("[\"Use SQL's JOIN\", 'Filter \\'rows\\'', 'a\\nb']").orElseThrow());
        assertEquals(List.of(), PythonList.parse("[]").orElseThrow());
        assertTrue(PythonList.parse("SQL, Python").isEmpty());
        assertTrue(PythonList.parse("['unclosed]").isEmpty());
    }

    @Test
    void pythonListEscapesAreUndoneAsPythonDoes() {
        // as Python's str(['a', "b'c", 'd']) would print, with an escaped quote in a single-quoted item
        assertEquals(List.of("a", "b'c", "d"), PythonList.parse("['a', 'b\\'c', \"d\"]").orElseThrow());
        // \n is a line break (the gold reader's old copy turned it into a plain 'n'), \\ one backslash
        assertEquals(List.of("x\ny", "C:\\dir", "tab\tend"),
                PythonList.parse("['x\\ny', 'C:\\\\dir', 'tab\\tend']").orElseThrow());
        assertEquals(List.of("manager's", ""), PythonList.parse("[\"manager's\", '']").orElseThrow());
    }

    @Test
    void pythonHexUnicodeAndNamedEscapesAreDecoded() {
        // as Python prints ['café é', 'a\\b', 'nb\xa0sp', '😀']: hex, 4- and 8-digit unicode escapes, an escaped backslash
        assertEquals(List.of("caf\u00e9 \u00e9", "a\\b", "nb\u00a0sp", "\uD83D\uDE00"),
                PythonList.parse("['caf\\xe9 \\u00e9', 'a\\\\b', 'nb\\xa0sp', '\\U0001f600']").orElseThrow());
        assertEquals(List.of("\u00e9", "A", "\u0007\u000B\f\b"),
                PythonList.parse("['\\N{LATIN SMALL LETTER E WITH ACUTE}', '\\101', '\\a\\v\\f\\b']").orElseThrow());
    }

    @Test
    void pythonUnknownEscapesKeepTheirBackslashAndTruncatedOnesAreNotALiteral() {
        // Python: '\d+' stays backslash-d-plus; '\x4' is a SyntaxError
        assertEquals(List.of("\\d+ \\q"), PythonList.parse("['\\d+ \\q']").orElseThrow());
        assertTrue(PythonList.parse("['\\x4']").isEmpty());
        assertTrue(PythonList.parse("['\\u00g9']").isEmpty());
        assertTrue(PythonList.parse("['\\UFFFFFFFF']").isEmpty());
        assertTrue(PythonList.parse("['\\N{NO SUCH CHARACTER NAME}']").isEmpty());
    }

    @Test
    void noBreakSpacesAreStrippedWithTheBulletLikeAnyBlank() {
        assertEquals("Explain the role", Texts.stripBullet("\u00a0- Explain the role\u00a0 \u202f "));
        assertEquals("VLANs,\u00a0routing", Texts.stripBullet("VLANs,\u00a0routing"));
        assertNull(Texts.stripBullet("\u00a0\u00a0 "));
    }
}
