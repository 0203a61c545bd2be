package org.skillscope.core.results;

/** The results database could not be read or written. */
public class ResultsException extends RuntimeException {
    public ResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
