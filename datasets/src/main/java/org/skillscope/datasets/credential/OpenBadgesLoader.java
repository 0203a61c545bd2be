package org.skillscope.datasets.credential;

import org.skillscope.datasets.Clip;
import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.datasets.credential.internal.Admission;
import org.skillscope.datasets.credential.internal.Codes;
import org.skillscope.datasets.credential.internal.EscoUris;
import org.skillscope.datasets.credential.internal.Json;
import org.skillscope.datasets.credential.internal.JsonDocuments;
import org.skillscope.datasets.credential.internal.Texts;
import org.skillscope.datasets.validation.LoadResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads Open Badges 3.0 credentials ({@code OpenBadgeCredential} / {@code AchievementCredential})
 * and bare {@code Achievement}s; a compact JWS (.jwt) is decoded without verifying its signature.
 *
 * <p>Open Badges have no "learning outcome" field, so the outcomes are, in this order: each skill or
 * competency {@code alignment} (its name and description; its ESCO skill URI, from {@code targetUrl}
 * or {@code targetCode}, becomes a declared skill), the achievement's {@code description}, and the
 * lines of its {@code criteria.narrative} (markdown headings dropped). Alignments of type
 * {@code ext:EQF} and {@code ext:QualityAssurance} (the Dutch micro-credential profile) give the EQF
 * level and quality assurance instead. {@code creditsAvailable} has no stated unit and is not taken as
 * ECTS; an explicit {@code ECTS} field is.
 */
public final class OpenBadgesLoader {
    public static final String SOURCE_FORMAT = "ob3";

    private final String salt;

    public OpenBadgesLoader(String salt) {
        this.salt = salt;
    }

    public LoadResult<Credential> load(Path file) {
        return load(file.toString(), Texts.readUtf8(file));
    }

    public LoadResult<Credential> load(String fileName, String text) {
        LoadResult.Builder<Credential> out = new LoadResult.Builder<>(fileName);
        JsonDocuments.read(text, out).ifPresent(root -> load(root, out));
        return out.build();
    }

    /** Loads an already parsed (and unwrapped) tree into {@code out}. */
    public void load(JsonNode root, LoadResult.Builder<Credential> out) {
        Admission in = new Admission(out, false);
        List<JsonNode> items = Json.all(root);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            long line = items.size() == 1 ? 1 : i + 1;
            JsonDocuments.Kind kind = JsonDocuments.kind(item);
            if (kind == JsonDocuments.Kind.CONTEXT) {
                in.reject(line, "@context", "JSON-LD context document, not a credential", "");
                continue;
            }
            JsonNode achievement = Json.types(item).contains("Achievement") ? item : Json.path(item, "credentialSubject", "achievement");
            if (kind != JsonDocuments.Kind.OB3 || achievement.isMissingNode()) {
                in.reject(line, "type", "not an Open Badges 3.0 achievement credential (type " + Json.types(item) + ", kind " + kind + ")", "");
                continue;
            }
            String summary = "id=" + Json.text(item.path("id"));
            try {
                Credential c = toCredential(line, item, achievement, in);
                in.offer(c, summary + " title=" + c.title());
            } catch (InvalidFieldException e) {
                in.reject(line, e.field(), e.reason(), summary);
            }
        }
    }

    private Credential toCredential(long line, JsonNode root, JsonNode achievement, Admission in) {
        boolean bare = root == achievement;
        JsonNode subject = bare ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : Json.first(root.path("credentialSubject"));
        JsonNode issuer = Json.first(root.path("issuer"));
        JsonNode creator = Json.first(achievement.path("creator"));
        String id = firstText(Json.text(root.path("id")), Json.text(achievement.path("id")));

        Map<String, LearningOutcome> outcomes = new LinkedHashMap<>();
        Integer eqf = null;
        String qa = null;
        List<JsonNode> alignments = new ArrayList<>(Json.all(achievement.path("alignment")));
        for (JsonNode rd : Json.all(achievement.path("resultDescription"))) alignments.addAll(Json.all(rd.path("alignment")));
        for (JsonNode a : alignments) {
            String type = String.valueOf(Json.text(a.path("targetType")));
            String name = Json.text(a.path("targetName"));
            String description = Json.text(a.path("targetDescription"));
            if (type.equalsIgnoreCase("ext:EQF")) {
                eqf = CredentialValidator.parseEqf("eqf_level", firstText(Json.text(a.path("targetCode")), name));
                continue;
            }
            if (type.equalsIgnoreCase("ext:QualityAssurance")) {
                qa = firstText(name, description) + (name != null && description != null ? " (" + description + ")" : "");
                continue;
            }
            List<String> esco = new ArrayList<>();
            for (String uri : new String[]{Json.text(a.path("targetUrl")), Json.text(a.path("targetCode"))}) {
                if (EscoUris.isSkill(uri)) {
                    String canonical = EscoUris.canonical(uri);
                    if (!esco.contains(canonical)) esco.add(canonical);
                } else if (EscoUris.isEsco(uri)) {
                    in.out().finding(line, id, "alignment", "ESCO alignment that is not a skill URI: " + Clip.counted(uri, Texts.QUOTED_CHARS) + " (not kept)");
                }
            }
            String text = name != null && description != null && !description.equalsIgnoreCase(name) ? name + ": " + description
                    : firstText(name, description);
            if (text != null) add(outcomes, new LearningOutcome(text, esco));
        }
        for (String markdown : new String[]{Json.text(achievement.path("description")),
                Json.text(Json.path(achievement, "criteria", "narrative"))}) {
            for (String t : markdownLines(markdown)) add(outcomes, LearningOutcome.of(t));
        }

        String supervision = Json.text(achievement.path("supervisionType"));
        if (achievement.path("identityChecked").isBoolean()) {
            String checked = achievement.get("identityChecked").asBoolean() ? "identity checked" : "identity not checked";
            supervision = supervision == null ? checked : supervision + "; " + checked;
        }
        String learner = bare ? null : firstText(Json.text(subject.path("id")), Json.text(Json.path(subject, "identifier", "identityHash")));
        String achievementUrl = Json.text(achievement.path("id"));

        return new Credential(
                id,
                LearnerPseudonym.of(learner, salt),
                firstText(Json.text(achievement.path("name")), Json.text(root.path("name"))),
                Codes.country(firstText(Json.text(Json.path(issuer, "address", "addressCountryCode")),
                        Json.text(Json.path(issuer, "address", "addressCountry")),
                        Json.text(Json.path(creator, "address", "addressCountryCode")))),
                firstText(Json.text(issuer.path("name")), Json.text(creator.path("name"))),
                CredentialValidator.parseDate("issue_date", firstText(Json.text(root.path("awardedDate")),
                        Json.text(root.path("validFrom")), Json.text(root.path("issuanceDate")))),
                new ArrayList<>(outcomes.values()),
                CredentialValidator.parseEcts("workload_ects", Json.text(achievement.path("ECTS"))),
                eqf,
                Json.text(achievement.path("assessmentType")),
                Json.text(achievement.path("participationType")),
                qa,
                null,
                supervision,
                Json.text(Json.path(subject, "result", "value")),
                null,
                furtherInformation(achievement),
                Codes.language(firstText(Json.text(achievement.path("inLanguage")), Json.text(root.path("inLanguage")))),
                achievementUrl != null && achievementUrl.toLowerCase(Locale.ROOT).startsWith("http") ? achievementUrl : null,
                SOURCE_FORMAT,
                in.out().file(),
                line);
    }

    private static void add(Map<String, LearningOutcome> outcomes, LearningOutcome lo) {
        String key = lo.text().toLowerCase(Locale.ROOT);
        LearningOutcome old = outcomes.get(key);
        if (old == null) outcomes.put(key, lo);
        else if (old.declaredEscoSkills().isEmpty() && !lo.declaredEscoSkills().isEmpty()) outcomes.put(key, lo);
    }

    /** Non-heading lines of a markdown text (OB3 descriptions and narratives are markdown). */
    private static List<String> markdownLines(String markdown) {
        List<String> out = new ArrayList<>();
        if (markdown == null) return out;
        // some spec examples carry an escaped "\n" literally
        for (String line : markdown.replace("\\n", "\n").split("\\R")) {
            String t = Texts.stripBullet(line);
            if (t != null && !t.startsWith("#")) out.add(t);
        }
        return out;
    }

    private static String furtherInformation(JsonNode a) {
        List<String> parts = new ArrayList<>();
        for (String key : new String[]{"achievementType", "fieldOfStudy", "specialization", "humanCode"}) {
            String v = Json.text(a.path(key));
            if (v != null) parts.add(key + ": " + v);
        }
        String credits = Json.text(a.path("creditsAvailable"));
        if (credits != null) parts.add("creditsAvailable: " + credits + " (unit not stated)");
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String firstText(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
