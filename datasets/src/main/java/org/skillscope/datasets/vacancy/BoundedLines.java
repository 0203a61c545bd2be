package org.skillscope.datasets.vacancy;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader (\n, \r\n or \r), each at most {@code maxChars} long: unlike
 * {@link java.io.BufferedReader#readLine()}, a file that is one endless line cannot fill the memory.
 */
final class BoundedLines {
    /** A line over the limit; {@code line} is its 1-based number. */
    static final class TooLong extends IOException {
        final long line;

        TooLong(long line) {
            super("line " + line + " is too long");
            this.line = line;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean skipLf;
    private long line;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or null at the end. */
    String next() throws IOException {
        StringBuilder sb = null;
        while (true) {
            if (pos == len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (sb == null) return null;
                    line++;
                    return sb.toString();
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') pos++;
                continue;
            }
            if (sb == null) sb = new StringBuilder();
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            if (sb.length() + (pos - start) > maxChars) throw new TooLong(line + 1);
            sb.append(buf, start, pos - start);
            if (pos < len) {
                skipLf = buf[pos] == '\r';
                pos++;
                line++;
                return sb.toString();
            }
        }
    }
}
