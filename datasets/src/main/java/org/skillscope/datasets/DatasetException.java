package org.skillscope.datasets;

/** Root unchecked exception of the datasets module: an input that cannot be read at all. */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
