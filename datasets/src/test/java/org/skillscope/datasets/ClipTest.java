package org.skillscope.datasets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClipTest {
    @Test
    void clipKeepsShortTextAndCutsLongTextToItsLimitWithAnEllipsis() {
        assertEquals("abcd", Clip.clip("abcd", 4));
        assertEquals("abc…", Clip.clip("abcde", 4));
        assertEquals(4000, Clip.clip("x".repeat(5000), 4000).length());
        assertNull(Clip.clip(null, 4));
    }

    @Test
    void countedSaysHowLongTheWholeWas() {
        assertEquals("abc", Clip.counted("abc", 3));
        assertEquals("abc…(5 chars)", Clip.counted("abcde", 3));
        assertEquals("null", Clip.counted(null, 3));
    }
}
