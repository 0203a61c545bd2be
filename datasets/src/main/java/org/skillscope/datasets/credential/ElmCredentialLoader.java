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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads European Learning Model (EDC, ELM 3) JSON-LD: European Digital Credentials (signed or not)
 * and learning opportunities / qualifications. One {@link Credential} per credential in the file.
 *
 * <p>Learning outcomes are found by walking the whole tree for {@code learningOutcome} (objects or
 * references by id), so nested claims and parts count too. Every {@code relatedESCOSkill} that is an
 * ESCO skill URI is kept as a declared skill; placeholders that are not ESCO URIs are reported as
 * findings. The credential subject's id (the learner) is pseudonymised; other personal data
 * (names, birth date, e-mail) is not read at all.
 */
public final class ElmCredentialLoader {
    public static final String SOURCE_FORMAT = "elm";

    private static final Pattern DIGIT = Pattern.compile("(\\d+)\\D*$");
    /** Keys whose subtrees hold no learning content (display, signatures, vocabularies). */
    private static final Set<String> SKIP_KEYS = Set.of("@context", "displayParameter", "proof", "credentialSchema", "evidence", "status");

    private final String salt;

    public ElmCredentialLoader(String salt) {
        this.salt = salt;
    }

    public LoadResult<Credential> load(Path file) {
        return load(file.toString(), Texts.readUtf8(file));
    }

    public LoadResult<Credential> load(String fileName, String text) {
        LoadResult.Builder<Credential> out = new LoadResult.Builder<>(fileName);
        JsonDocuments.read(text, out).ifPresent(root -> load(fileName, root, out));
        return out.build();
    }

    /** Loads an already parsed (and unwrapped) tree into {@code out}. */
    public void load(String fileName, JsonNode root, LoadResult.Builder<Credential> out) {
        Admission in = new Admission(out, false);
        List<JsonNode> items = Json.all(root);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            long line = items.size() == 1 ? 1 : i + 1;   // position in a top-level array
            JsonDocuments.Kind kind = JsonDocuments.kind(item);
            if (kind == JsonDocuments.Kind.CONTEXT) {
                in.reject(line, "@context", "JSON-LD context document, not a credential", "");
            } else if (kind != JsonDocuments.Kind.ELM) {
                in.reject(line, "type", "not a European Learning Model credential or learning opportunity (type "
                        + Json.types(item) + ", kind " + kind + ")", "");
            } else {
                String summary = "id=" + Json.text(item.path("id"));
                try {
                    Credential c = toCredential(fileName, line, item, in);
                    in.offer(c, summary + " title=" + c.title());
                } catch (InvalidFieldException e) {
                    in.reject(line, e.field(), e.reason(), summary);
                }
            }
        }
    }

    private Credential toCredential(String fileName, long line, JsonNode root, Admission in) {
        JsonNode subject = Json.first(root.path("credentialSubject"));
        boolean isCredential = !subject.isMissingNode();
        // a credential's main claim, or the learning opportunity / specification itself
        JsonNode claim = isCredential ? Json.first(subject.path("hasClaim")) : root;
        JsonNode spec = firstPresent(claim.path("specifiedBy"), claim.path("learningAchievementSpecification"),
                root.path("learningAchievementSpecification"));
        if (spec.isMissingNode()) spec = claim;
        JsonNode issuer = Json.first(root.path("issuer"));
        JsonNode awardingBody = firstPresent(Json.path(claim, "awardedBy", "awardingBody"), root.path("providedBy"),
                Json.path(spec, "awardingOpportunity", "awardingBody"), issuer);
        JsonNode assessment = Json.first(claim.path("provenBy"));
        String id = Json.text(root.path("id"));

        Map<String, JsonNode> byId = new HashMap<>();
        index(root, byId);
        List<LearningOutcome> outcomes = outcomes(root, byId, in, line, id);

        return new Credential(
                id,
                isCredential ? LearnerPseudonym.of(Json.text(subject.path("id")), salt) : null,
                firstText(Json.lang(spec.path("title")), Json.lang(claim.path("title")),
                        Json.lang(Json.path(root, "displayParameter", "title")), Json.lang(root.path("title"))),
                firstText(countryOf(issuer), countryOf(awardingBody)),
                firstText(name(awardingBody), name(issuer)),
                CredentialValidator.parseDate("issue_date", firstText(Json.text(root.path("issued")), Json.text(root.path("issuanceDate")),
                        Json.text(root.path("validFrom")), Json.text(Json.path(claim, "awardedBy", "awardingDate")))),
                outcomes,
                ects(spec, in, line, id),
                eqf(spec, in, line, id),
                firstText(Json.lang(assessment.path("title")), Json.lang(Json.path(assessment, "specifiedBy", "title")),
                        label(Json.path(assessment, "specifiedBy", "dcType"))),
                firstText(label(spec.path("mode")), label(Json.path(claim, "specifiedBy", "mode"))),
                qualityAssurance(root),
                firstText(Json.lang(Json.path(spec, "entryRequirement", "noteLiteral")), Json.lang(spec.path("entryRequirement"))),
                label(assessment.path("idVerification")),
                firstText(Json.lang(Json.path(assessment, "grade", "noteLiteral")), Json.lang(assessment.path("grade"))),
                stackability(spec),
                furtherInformation(claim, spec),
                firstText(Codes.language(Json.text(Json.path(spec, "language", "id"))),
                        Codes.language(Json.text(Json.path(root, "displayParameter", "primaryLanguage", "id")))),
                firstText(Json.text(Json.path(spec, "homepage", "contentURL")), Json.text(Json.path(claim, "homepage", "contentURL")),
                        Json.text(Json.path(root, "homepage", "contentURL"))),
                SOURCE_FORMAT,
                in.out().file(),
                line);
    }

    /** Every learningOutcome in the tree (objects, or ids resolved against the tree), once each. */
    private List<LearningOutcome> outcomes(JsonNode root, Map<String, JsonNode> byId, Admission in, long line, String recordId) {
        List<LearningOutcome> out = new ArrayList<>();
        for (JsonNode lo : outcomeObjects(root, byId)) {
            String text = outcomeText(lo);
            if (text == null) {
                String key = lo.isObject() && lo.has("id") ? lo.get("id").asText() : lo.toString();
                in.out().finding(line, recordId, "learning_outcomes", "learning outcome " + Clip.counted(key, Texts.QUOTED_CHARS) + " has no title or description: skipped");
                continue;
            }
            List<String> esco = new ArrayList<>();
            for (String key2 : new String[]{"relatedESCOSkill", "relatedSkill"}) {
                for (JsonNode s : Json.all(lo.path(key2))) {
                    String uri = s.isTextual() ? s.asText() : Json.text(s.path("id"));
                    if (EscoUris.isSkill(uri)) {
                        String canonical = EscoUris.canonical(uri);
                        if (!esco.contains(canonical)) esco.add(canonical);
                    } else if (key2.equals("relatedESCOSkill")) {
                        in.out().finding(line, recordId, "relatedESCOSkill", "relatedESCOSkill '" + Clip.counted(uri, Texts.QUOTED_CHARS) + "' ("
                                + Json.lang(s.path("prefLabel")) + ") is not an ESCO skill URI: not kept");
                    }
                }
            }
            out.add(new LearningOutcome(text, esco));
        }
        return out;
    }

    /**
     * The learning outcome objects of one ELM credential or learning opportunity (an item the loader read), one per
     * {@link Credential#learningOutcomes()} entry and in that order: the nodes of the tree itself, so that an export
     * can write into the outcome a skill was found in.
     */
    public static List<JsonNode> outcomeNodes(JsonNode item) {
        Map<String, JsonNode> byId = new HashMap<>();
        index(item, byId);
        return outcomeObjects(item, byId).stream().filter(lo -> outcomeText(lo) != null).toList();
    }

    private static List<JsonNode> outcomeObjects(JsonNode root, Map<String, JsonNode> byId) {
        List<JsonNode> found = new ArrayList<>();
        collect(root, "learningOutcome", found);
        List<JsonNode> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode ref : found) {
            JsonNode lo = ref.isTextual() ? byId.getOrDefault(ref.asText(), ref) : ref;
            String key = lo.isObject() && lo.has("id") ? lo.get("id").asText() : lo.toString();
            if (seen.add(key)) out.add(lo);
        }
        return out;
    }

    /** An outcome's text: "title: description", or whichever of them (or its prefLabel) it has; null if none. */
    private static String outcomeText(JsonNode lo) {
        String title = Json.lang(lo.path("title"));
        String description = Json.lang(lo.path("description"));
        return title != null && description != null && !description.equalsIgnoreCase(title)
                ? title + ": " + description : firstText(title, description, lo.isTextual() ? null : Json.lang(lo.path("prefLabel")));
    }

    private static void collect(JsonNode n, String key, List<JsonNode> found) {
        if (n.isArray()) {
            n.forEach(e -> collect(e, key, found));
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (SKIP_KEYS.contains(e.getKey())) return;
                if (e.getKey().equals(key)) found.addAll(Json.all(e.getValue()));
                else collect(e.getValue(), key, found);
            });
        }
    }

    /** Objects with an id and content, so that id-only references can be resolved. */
    private static void index(JsonNode n, Map<String, JsonNode> byId) {
        if (n.isArray()) n.forEach(e -> index(e, byId));
        else if (n.isObject()) {
            if (n.path("id").isTextual() && n.size() > 2) byId.putIfAbsent(n.get("id").asText(), n);
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("@context")) index(e.getValue(), byId);
            });
        }
    }

    private static Double ects(JsonNode spec, Admission in, long line, String id) {
        for (JsonNode cp : Json.all(spec.path("creditPoint"))) {
            JsonNode framework = Json.first(cp.path("framework"));
            String label = String.valueOf(label(framework));
            String fid = String.valueOf(Json.text(framework.path("id")));
            String point = Json.text(cp.path("point"));
            if (label.contains("ECTS") || label.contains("European Credit Transfer") || fid.endsWith("/6fcec5c5af")) {
                return CredentialValidator.parseEcts("workload_ects", point);
            }
            in.out().finding(line, id, "workload_ects", "credit points in another framework (" + label + "): not taken as ECTS");
        }
        return null;
    }

    private static Integer eqf(JsonNode spec, Admission in, long line, String id) {
        JsonNode level = Json.first(spec.path("eqfLevel"));
        if (level.isMissingNode()) return null;
        String s = firstText(Json.text(level.path("id")), label(level), Json.text(level));
        Matcher m = DIGIT.matcher(s == null ? "" : s);
        // out-of-range levels are rejected by the validator; digits beyond an int are not a level at all (found by fuzzing)
        if (m.find() && m.group(1).length() <= 9) return Integer.parseInt(m.group(1));
        throw new InvalidFieldException("eqf_level", "EQF level not understood: " + Clip.counted(s, Texts.QUOTED_CHARS));
    }

    private static String qualityAssurance(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        collect(root, "accreditation", found);
        for (JsonNode a : found) {
            String t = firstText(Json.lang(a.path("title")), label(Json.first(a.path("dcType"))));
            if (t != null) return t;
        }
        return null;
    }

    private static String stackability(JsonNode spec) {
        JsonNode p = spec.path("isPartialQualification");
        if (p.isBoolean()) return p.asBoolean() ? "part of a larger qualification" : "stand-alone (not a partial qualification)";
        return null;
    }

    private static String furtherInformation(JsonNode claim, JsonNode spec) {
        List<String> parts = new ArrayList<>();
        String d = firstText(Json.lang(claim.path("description")), Json.lang(spec.path("description")));
        if (d != null) parts.add(d);
        String volume = firstText(Json.text(spec.path("volumeOfLearning")), Json.text(claim.path("workload")));
        if (volume != null) parts.add("volume of learning " + volume);
        String setting = label(spec.path("learningSetting"));
        if (setting != null) parts.add("learning setting: " + setting);
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String countryOf(JsonNode org) {
        String code = firstText(
                Json.text(Json.path(org, "location", "address", "countryCode", "id")),
                Json.text(Json.path(org, "address", "countryCode", "id")),
                Json.text(Json.path(org, "eIDASIdentifier", "spatial", "id")),
                Json.text(Json.path(org, "eIDASΙdentifier", "spatial", "id")),   // sic: Greek Iota in an official sample
                Json.text(Json.path(org, "registration", "spatial", "id")),
                Json.text(Json.path(org, "vatIdentifier", "spatial", "id")));
        return Codes.country(code);
    }

    private static String name(JsonNode org) {
        return firstText(Json.lang(org.path("legalName")), Json.lang(org.path("prefLabel")), Json.lang(org.path("altLabel")),
                Json.lang(org.path("name")));
    }

    private static String label(JsonNode concept) {
        JsonNode c = Json.first(concept);
        return firstText(Json.lang(c.path("prefLabel")), Json.lang(c.path("title")), Json.lang(c.path("noteLiteral")));
    }

    private static JsonNode firstPresent(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            JsonNode f = Json.first(n);
            if (!f.isMissingNode() && !f.isNull()) return f;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String firstText(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
