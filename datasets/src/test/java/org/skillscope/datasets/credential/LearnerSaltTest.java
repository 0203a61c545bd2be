package org.skillscope.datasets.credential;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner salt (#19, finding 3): random per installation, in an owner-only file, overridden by the environment. */
class LearnerSaltTest {
    private static final String OLD_PUBLIC_DEFAULT = "skillscope-dev-salt";

    @Test
    void withoutTheEnvironmentARandomSaltIsCreatedOnceInAnOwnerOnlyFile(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("home/data/learner-salt");
        LearnerSalt first = LearnerSalt.resolve(null, file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(32, first.value().length());
        assertEquals(first.value(), LearnerSalt.resolve("  ", file).value(), "read back, not created again");
        assertNotEquals(first.value(), LearnerSalt.resolve(null, tmp.resolve("other/learner-salt")).value(), "per installation");
        assertNotEquals(OLD_PUBLIC_DEFAULT, first.value());
        // a short id's pseudonym can no longer be recomputed from a public constant
        assertNotEquals(LearnerPseudonym.of("12345", OLD_PUBLIC_DEFAULT), LearnerPseudonym.of("12345", first.value()));
    }

    @Test
    void theEnvironmentOverridesTheFileAndNoFileIsMade(@TempDir Path tmp) {
        Path file = tmp.resolve("learner-salt");
        LearnerSalt salt = LearnerSalt.resolve("deployment-secret-salt", file);
        assertEquals("deployment-secret-salt", salt.value());
        assertEquals("environment", salt.source());
        assertFalse(Files.exists(file));
    }

    @Test
    void theFingerprintIdentifiesTheSaltWithoutRevealingIt() {
        LearnerSalt a = new LearnerSalt("deployment-secret-salt", "environment");
        assertTrue(a.fingerprint().matches("sha256:[0-9a-f]{16}"), a.fingerprint());
        assertEquals(a.fingerprint(), new LearnerSalt("deployment-secret-salt", "file").fingerprint());
        assertNotEquals(a.fingerprint(), new LearnerSalt("deployment-secret-salt2", "environment").fingerprint());
        assertFalse(a.toString().contains("deployment-secret-salt"), a.toString());
        assertNotEquals(LearnerPseudonym.of("deployment-secret-salt", ""), a.fingerprint());
    }
}
