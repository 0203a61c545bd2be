package org.skillscope.core.export;

/**
 * A skill to write into an exported credential: one the matcher asserted from the credential's text (with its
 * calibrated confidence) or one the source declared; {@code evidence} is the text unit (for a declared skill, the
 * outcome) that states it.
 */
public record ExportSkill(String uri, String label, double confidence, boolean declared, String evidence) {
    public ExportSkill {
        if (uri == null || uri.isBlank()) throw new IllegalArgumentException("an exported skill needs its ESCO URI");
    }
}
