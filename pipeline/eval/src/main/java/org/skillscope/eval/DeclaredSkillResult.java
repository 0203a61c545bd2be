package org.skillscope.eval;

import org.skillscope.datasets.JsonMappers;

/** Declared skills found among our top {@code k} for their outcome; {@code share} in percent. */
public record DeclaredSkillResult(int credentials, int outcomes, int declared, int found, int k) {
    public double share() {
        return declared == 0 ? 0 : 100.0 * found / declared;
    }

    /** {@code {"credentials":N,"outcomes":N,"declared":N,"inTop5":N,"share":x}}: the CLI's last line. */
    public String toJson() {
        return JsonMappers.write(JsonMappers.object().put("credentials", credentials).put("outcomes", outcomes)
                .put("declared", declared).put("inTop" + k, found).put("share", JsonMappers.fixed(share(), 2)));
    }
}
