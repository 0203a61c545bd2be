package org.skillscope.datasets.vacancy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Lines as BufferedReader.readLine splits them, each bounded. */
class BoundedLinesTest {
    private static List<String> lines(String text, int max) throws IOException {
        BoundedLines in = new BoundedLines(new StringReader(text), max);
        List<String> out = new ArrayList<>();
        for (String l; (l = in.next()) != null; ) out.add(l);
        return out;
    }

    @Test
    void splitsLikeReadLine() throws IOException {
        assertEquals(List.of("a", "", "b", "c", "d"), lines("a\n\nb\r\nc\rd", 10));
        assertEquals(List.of("a"), lines("a\n", 10));
        assertEquals(List.of(), lines("", 10));
        String longer = "x".repeat(20_000); // spans the 8 KB buffer
        assertEquals(List.of(longer, "y"), lines(longer + "\r\ny\n", 20_000));
    }

    @Test
    void aLineOverTheLimitNamesItsNumber() {
        BoundedLines.TooLong e = assertThrows(BoundedLines.TooLong.class, () -> lines("ok\nok\n" + "z".repeat(11) + "\n", 10));
        assertEquals(3, e.line);
    }
}
