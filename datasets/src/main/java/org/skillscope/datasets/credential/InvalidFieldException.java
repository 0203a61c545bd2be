package org.skillscope.datasets.credential;

import org.skillscope.datasets.DatasetException;

/** A field value that cannot be converted (bad date, non-numeric ECTS, ...). The message never holds a learner id. */
public class InvalidFieldException extends DatasetException {
    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
