package org.skillscope.datasets;

/** Root unchecked exception of the datasets module: an input that cannot be read at all. */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A file that cannot be read, in words: Java's own messages for these are the bare path
     * ("cannot read X: X").
     */
    public static DatasetException cannotRead(java.nio.file.Path file, java.io.IOException e) {
        String why;
        if (java.nio.file.Files.isDirectory(file)) why = "it is a folder, not a file";
        else if (e instanceof java.nio.file.AccessDeniedException) why = "permission denied";
        else if (e instanceof java.nio.file.NoSuchFileException) why = "no such file";
        else if (e.getMessage() == null || e.getMessage().equals(file.toString())) why = "read error";
        else why = e.getMessage();
        return new DatasetException("cannot read " + file + ": " + why, e);
    }

    /** {@code file} must be a file: a missing path and a folder each say so. {@code what} names it ("credential file"). */
    public static void requireFile(java.nio.file.Path file, String what) {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new DatasetException(what + " " + file + " is a folder, not a file; give the files in it");
        }
        if (!java.nio.file.Files.isRegularFile(file)) throw new DatasetException(what + " " + file + " does not exist");
    }
}
