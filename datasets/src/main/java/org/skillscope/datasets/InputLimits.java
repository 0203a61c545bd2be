package org.skillscope.datasets;

/**
 * How large an input may be, in one place. Each limit guards memory (a file read whole, a field or
 * record buffered by a parser) far above any real input; going over it stops the load with one line
 * naming the file, the entry and the limit (a {@link DatasetException}: exit code 2).
 */
public final class InputLimits {
    /** An ESCO CSV, loose or in a zip (read whole): the largest real one, skills_en.csv, is about 10 MB. */
    public static final long ESCO_FILE_BYTES = 256L << 20;
    /** Uncompressed to compressed size of a zip entry: ESCO's CSVs deflate about 5 to 1, a zip bomb over 1000 to 1. */
    public static final int ZIP_RATIO = 100;
    /** Below this many bytes read an entry's ratio is not judged: a tiny file may compress very well. */
    public static final long ZIP_RATIO_FROM_BYTES = 1L << 20;
    /** A credential file (read whole): real catalogues and credentials are kilobytes to a few megabytes. */
    public static final long CREDENTIAL_FILE_BYTES = 256L << 20;
    /**
     * One vacancy field, or one JSON line: what the parser buffers. The validator already rejects a
     * record with a field over 100 KB; this guards the memory of reading it.
     */
    public static final int VACANCY_FIELD_CHARS = 16 << 20;
    /** All fields of one vacancy CSV record together (an open quote can swallow the rest of a file). */
    public static final long VACANCY_RECORD_CHARS = 64L << 20;

    private InputLimits() {}

    /** "256 MiB" for a byte or character count. */
    public static String mib(long n) {
        return n % (1 << 20) == 0 ? (n >> 20) + " MiB" : n + " bytes";
    }
}
