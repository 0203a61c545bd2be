package org.skillscope.core;

/** The one unchecked root exception of the matching core: bad gold files, unusable caches, model failures. */
public class CoreException extends RuntimeException {
    public CoreException(String message) {
        super(message);
    }

    public CoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
