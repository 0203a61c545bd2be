package org.skillscope.datasets.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces a learner identification by a salted SHA-256, so that the same learner maps to the same
 * pseudonym within one deployment (same salt) while the clear value is never stored.
 * The salt is the installation's ({@link LearnerSalt}: SKILLSCOPE_LEARNER_SALT or a random salt file);
 * never from the repo.
 */
public final class LearnerPseudonym {
    private LearnerPseudonym() {}

    /** Returns null for a blank identification (catalogue entries have none). */
    public static String of(String learnerId, String salt) {
        if (learnerId == null || learnerId.isBlank()) return null;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return "sha256:" + HexFormat.of().formatHex(sha.digest(learnerId.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
