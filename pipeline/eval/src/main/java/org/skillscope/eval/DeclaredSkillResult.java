package org.skillscope.eval;

import java.util.Locale;

/** Declared skills found among our top {@code k} for their outcome; {@code share} in percent. */
public record DeclaredSkillResult(int credentials, int outcomes, int declared, int found, int k) {
    public double share() {
        return declared == 0 ? 0 : 100.0 * found / declared;
    }

    /** {@code {"credentials":N,"outcomes":N,"declared":N,"inTop5":N,"share":x}}: the CLI's last line. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"credentials\":%d,\"outcomes\":%d,\"declared\":%d,\"inTop%d\":%d,\"share\":%.2f}",
                credentials, outcomes, declared, k, found, share());
    }
}
