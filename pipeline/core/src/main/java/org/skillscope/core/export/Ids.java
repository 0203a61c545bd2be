package org.skillscope.core.export;

import org.skillscope.datasets.credential.Credential;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Identifiers of what an export builds, derived from the credential's own id so that every run writes the same ones. */
public final class Ids {
    private Ids() {}

    /** The credential's id when it is an absolute URI (URL, URN), else {@code urn:skillscope:credential:<id, escaped>}. */
    public static String of(Credential c) {
        String id = c.id();
        try {
            URI u = new URI(id);
            if (u.isAbsolute() && u.getScheme().matches("(?i)https?|urn")) return id;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            // not a URI: escaped below
        }
        return "urn:skillscope:credential:" + URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8);
    }

    /**
     * A file name for a credential id: letters, digits, '.', '_' and '-' kept, runs of anything else one '_', at most
     * 80 characters, and a hash of the id (40 bits of SHA-256) whenever that changed it, so two ids do not share a file.
     */
    public static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (s.length() > 80) s = s.substring(0, 80);
        if (!s.equals(id) || s.isEmpty()) s = s + (s.isEmpty() ? "" : "-") + hash(id);
        return s;
    }

    private static String hash(String id) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
