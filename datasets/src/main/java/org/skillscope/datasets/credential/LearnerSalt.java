package org.skillscope.datasets.credential;

import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.SecretFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The installation's learner salt: {@code SKILLSCOPE_LEARNER_SALT} if set, else a random salt kept in
 * {@code <skillscope home>/data/learner-salt} (0600, created on first use). A constant default would
 * let anyone recompute the pseudonyms of short learner ids. A run records {@link #fingerprint()}
 * only, so two runs can be checked to share a salt without the salt being stored.
 *
 * @param source "environment" or the salt file's path
 */
public record LearnerSalt(String value, String source) {
    public static final String ENV = "SKILLSCOPE_LEARNER_SALT";

    /** The salt for this process: the environment's, else the installation's file. */
    public static LearnerSalt current() {
        return resolve(System.getenv(ENV), defaultFile());
    }

    /** {@code <skillscope home>/data/learner-salt}, beside the default results database. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("skillscope.home", ".")).toAbsolutePath().normalize().resolve("data").resolve("learner-salt");
    }

    /** {@code env} if it is set and not blank, else the salt in {@code file} (created if absent). */
    static LearnerSalt resolve(String env, Path file) {
        if (env != null && !env.isBlank()) return new LearnerSalt(env, "environment");
        try {
            return new LearnerSalt(SecretFiles.readOrCreate(file).value(), file.toString());
        } catch (IOException e) {
            throw new DatasetException("cannot read or create the learner salt file " + file + " (" + e.getMessage()
                    + "); set " + ENV + " instead");
        }
    }

    /** A short digest that identifies the salt without revealing it. */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("skillscope learner salt fingerprint\u0000".getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public String toString() {
        return "LearnerSalt[" + fingerprint() + " from " + source + "]"; // never the salt itself
    }
}
