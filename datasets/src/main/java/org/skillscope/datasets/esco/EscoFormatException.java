package org.skillscope.datasets.esco;

import org.skillscope.datasets.DatasetException;

/**
 * An ESCO file that cannot be read as ESCO: names the file, the 1-based line where the record
 * starts (0 when the problem is the file as a whole) and the field, so a user can find and fix it.
 */
public class EscoFormatException extends DatasetException {
    private final String file;
    private final long line;
    private final String field;

    public EscoFormatException(String file, long line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public EscoFormatException(String file, long line, String field, String problem, Throwable cause) {
        super(describe(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String describe(String file, long line, String field, String problem) {
        StringBuilder b = new StringBuilder("ESCO file ").append(file);
        if (line > 0) b.append(", line ").append(line);
        if (field != null && !field.isEmpty()) b.append(", field ").append(field);
        return b.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
