package org.skillscope.datasets.credential.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.skillscope.datasets.JsonMappers;
import org.skillscope.datasets.validation.LoadResult;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a JSON, JSON-LD or JWS file into the credential's JSON tree. Signed forms (compact JWS,
 * JWS JSON serialisation, VC-JWT "vc" claim) are unwrapped <em>without verifying the signature</em>;
 * a finding says so. Anything unreadable becomes one rejection with file, line and reason.
 *
 * <p>Raw text of whole JSON files is not quarantined: such files hold personal data (names, e-mails)
 * in places a generic reader cannot scrub; the rejection points at the file and line instead.
 */
public final class JsonDocuments {
    private static final ObjectMapper JSON = JsonMappers.JSON;
    private static final Pattern COMPACT_JWS = Pattern.compile("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*){0,2}$");

    /** What a JSON tree holds, judged by its types and @context. */
    public enum Kind { ELM, OB3, CONTEXT, UNKNOWN }

    private JsonDocuments() {}

    /** The (unwrapped) tree, or empty after a rejection was recorded in {@code out}. */
    public static Optional<JsonNode> read(String text, LoadResult.Builder<?> out) {
        String t = text.strip();
        if (t.isEmpty()) {
            out.reject(1, "", "empty file", "");
            return Optional.empty();
        }
        if (COMPACT_JWS.matcher(t).matches()) return compactJws(t, out);
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String col = e.getLocation() == null ? "" : " column " + e.getLocation().getColumnNr();
            out.reject(line, "json", "invalid JSON at line " + line + col + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), "");
            return Optional.empty();
        }
        if (root == null || root.isMissingNode()) {
            out.reject(1, "json", "no JSON value in file", "");
            return Optional.empty();
        }
        return unwrap(root, out);
    }

    private static Optional<JsonNode> unwrap(JsonNode root, LoadResult.Builder<?> out) {
        // JWS JSON serialisation (EDC JAdES): {"payload": "...", "signatures": [...]}
        if (root.isObject() && root.path("payload").isTextual() && (root.has("signatures") || root.has("signature"))) {
            String payload = root.get("payload").asText().strip();
            out.finding(1, null, "signature", "JWS signature not verified: payload read as is");
            return payload.startsWith("{") || payload.startsWith("[") ? parsePayload(payload, out) : decodePayload(payload, out);
        }
        // VC-JWT claims set: the credential sits in "vc"
        if (root.isObject() && root.path("vc").isObject() && !root.has("credentialSubject")) return Optional.of(root.get("vc"));
        return Optional.of(root);
    }

    private static Optional<JsonNode> compactJws(String t, LoadResult.Builder<?> out) {
        String[] parts = t.split("\\.", -1);
        if (parts.length < 2 || parts[1].isEmpty()) {
            String header = tryDecode(parts[0]);
            String what = header != null && header.contains("\"alg\"") ? "only a JWS protected header" : "one base64url segment";
            out.reject(1, "payload", "compact JWS without a payload segment (" + what + ", e.g. a detached signature): no credential to load", "");
            return Optional.empty();
        }
        out.finding(1, null, "signature", "JWS signature not verified: payload decoded without checking it");
        return decodePayload(parts[1], out);
    }

    private static Optional<JsonNode> decodePayload(String b64, LoadResult.Builder<?> out) {
        String json = tryDecode(b64);
        if (json == null) {
            out.reject(1, "payload", "JWS payload is not base64url", "");
            return Optional.empty();
        }
        return parsePayload(json, out);
    }

    private static Optional<JsonNode> parsePayload(String json, LoadResult.Builder<?> out) {
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || !(n.isObject() || n.isArray())) {
                out.reject(1, "payload", "JWS payload is not a JSON object", "");
                return Optional.empty();
            }
            return unwrap(n, out);
        } catch (JsonProcessingException e) {
            out.reject(1, "payload", "JWS payload is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), "");
            return Optional.empty();
        }
    }

    private static String tryDecode(String b64) {
        try {
            return new String(Base64.getUrlDecoder().decode(b64.replace("=", "")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** ELM, Open Badges 3.0, a bare JSON-LD context document, or something else. */
    public static Kind kind(JsonNode root) {
        JsonNode n = root.isArray() ? Json.first(root) : root;
        if (!n.isObject()) return Kind.UNKNOWN;
        List<String> types = Json.types(n);
        List<String> contexts = Json.contexts(n);
        if (n.size() == 1 && n.has("@context")) return Kind.CONTEXT;
        if (types.stream().anyMatch(t -> t.equals("OpenBadgeCredential") || t.equals("AchievementCredential")
                || t.equals("Achievement") || t.equals("EndorsementCredential"))
                || contexts.stream().anyMatch(c -> c.contains("imsglobal.org/spec/ob"))) return Kind.OB3;
        if (types.stream().anyMatch(t -> t.equals("EuropeanDigitalCredential") || t.equals("LearningOpportunity")
                || t.equals("Qualification") || t.equals("LearningAchievementSpecification") || t.equals("EuropassCredential"))
                || contexts.stream().anyMatch(c -> c.contains("data.europa.eu/snb"))) return Kind.ELM;
        return Kind.UNKNOWN;
    }
}
