package org.skillscope.datasets.credential.internal;

import org.skillscope.datasets.Csv;
import org.skillscope.datasets.DatasetException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the credential loaders. */
public final class Texts {
    /** What a malformed UTF-8 byte sequence decodes to; its presence marks broken encoding. */
    public static final char REPLACEMENT = '\uFFFD';

    /** Leading bullet marks and blanks; \h includes the no-break spaces (U+00A0, U+202F) of Coursera's lists. */
    private static final Pattern BULLET = Pattern.compile("^[\\s\\h\\-•*·–>]+");

    private Texts() {}

    /**
     * Reads a whole file as UTF-8, replacing malformed bytes by U+FFFD instead of failing,
     * so that the records around a bad byte still load and the bad one is rejected by field.
     */
    public static String readUtf8(Path file) {
        long maxBytes = org.skillscope.datasets.InputLimits.CREDENTIAL_FILE_BYTES; // read whole: bounded
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DatasetException(file + " is " + size + " bytes, over the limit of " + org.skillscope.datasets.InputLimits.mib(maxBytes)
                        + " for one credential file; split it");
            }
            byte[] bytes = Files.readAllBytes(file);
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Csv.stripBom(s);
        } catch (IOException e) {
            throw DatasetException.cannotRead(file, e);
        }
    }

    /** Null for null or blank, otherwise the stripped text. */
    public static String blankToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Chars of a value quoted in a rejection reason (see {@link org.skillscope.datasets.Clip#counted}). */
    public static final int QUOTED_CHARS = 60;

    /** Removes a leading list bullet ("- ", "• ", "* ") and surrounding blanks, no-break spaces included. */
    public static String stripBullet(String s) {
        if (s == null) return null;
        String t = BULLET.matcher(s).replaceFirst("");
        int end = t.length();
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || Character.isSpaceChar(t.charAt(end - 1)))) end--;
        return blankToNull(t.substring(0, end));
    }

    /** Keeps the first occurrence of each text (case-insensitive), in order. */
    public static List<String> distinct(List<String> texts) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (t != null && seen.add(t.toLowerCase(java.util.Locale.ROOT))) out.add(t);
        }
        return out;
    }
}
