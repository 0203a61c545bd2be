package org.skillscope.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.LearningOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Open Badges 3.0: an OB3 source enriched with ESCO {@code alignment}s on its achievement, or an {@code Achievement}
 * built from a credential's standard elements.
 *
 * <p>An ESCO alignment has {@code targetType} {@code ext:ESCOSkill}: Open Badges' own target types name CASE items
 * ({@code CFItem}...), CTDL and CE-ASN competencies, none of which an ESCO skill is, and the type vocabulary is
 * extended with {@code ext:} values (the bundled sample and the Dutch micro-credential profile's {@code ext:EQF} do the
 * same). {@code targetFramework} names ESCO with its version, {@code targetCode} is the skill's UUID and
 * {@code targetDescription} says whether the issuer declared it or SkillScope asserted it, from which outcome.
 */
final class Ob3Documents {
    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Ob3Documents() {}

    static ExportedCredential enrich(Credential c, JsonNode source, List<CredentialExport.Placed> placed, List<String> unplaced,
                                     String escoVersion) {
        ObjectNode doc = source.deepCopy();
        JsonNode a = types(doc).contains("Achievement") ? doc : doc.path("credentialSubject").path("achievement");
        if (!(a instanceof ObjectNode achievement)) {
            throw new IllegalArgumentException("credential " + c.id() + ": its source document has no achievement: the file changed since the run");
        }
        int asserted = 0, declared = 0;
        for (CredentialExport.Placed p : placed) {
            ExportSkill s = p.skill();
            if (aligned(achievement, s.uri())) {
                if (s.declared()) declared++;
            } else if (!s.declared()) {
                alignments(achievement).add(alignment(s, c.learningOutcomes().get(p.outcome()), escoVersion));
                asserted++;
            }
        }
        Learner.pseudonymise(doc, c.learnerPseudonym());
        doc.remove("proof");   // a signature over the credential as issued no longer holds
        return new ExportedCredential(c.id(), ExportFormat.OB3, doc, true, asserted, declared, unplaced);
    }

    static ExportedCredential achievement(Credential c, List<CredentialExport.Placed> placed, List<String> unplaced, String escoVersion) {
        ObjectNode a = F.objectNode();
        ArrayNode context = a.putArray("@context");
        CONTEXT.forEach(context::add);
        a.put("id", Ids.of(c));
        a.putArray("type").add("Achievement");
        a.put("achievementType", "coursera".equals(c.sourceFormat()) || "edx".equals(c.sourceFormat()) ? "Course" : "MicroCredential");
        a.put("name", c.title() == null ? c.id() : c.title());
        a.put("description", c.furtherInformation() != null ? c.furtherInformation() : a.get("name").asText());
        ObjectNode criteria = a.putObject("criteria");
        criteria.put("narrative", narrative(c));
        if (c.awardingBody() != null) {
            ObjectNode creator = a.putObject("creator");
            creator.put("id", "urn:skillscope:provider:" + java.net.URLEncoder.encode(c.awardingBody().strip(), java.nio.charset.StandardCharsets.UTF_8));
            creator.putArray("type").add("Profile");
            creator.put("name", c.awardingBody());
            if (c.issuerCountry() != null) {
                ObjectNode address = creator.putObject("address");
                address.putArray("type").add("Address");
                address.put("addressCountryCode", c.issuerCountry());
            }
        }
        if (c.language() != null) a.put("inLanguage", c.language());
        int asserted = 0, declared = 0;
        ArrayNode alignments = a.putArray("alignment");
        if (c.eqfLevel() != null) {
            ObjectNode eqf = alignments.addObject();
            eqf.putArray("type").add("Alignment");
            eqf.put("targetName", "EQF level " + c.eqfLevel());
            eqf.put("targetUrl", "http://data.europa.eu/snb/eqf/" + c.eqfLevel());
            eqf.put("targetFramework", "European Qualifications Framework");
            eqf.put("targetCode", String.valueOf(c.eqfLevel()));
            eqf.put("targetType", "ext:EQF");
        }
        for (CredentialExport.Placed p : placed) {
            alignments.add(alignment(p.skill(), c.learningOutcomes().get(p.outcome()), escoVersion));
            if (p.skill().declared()) declared++;
            else asserted++;
        }
        // ECTS has no Open Badges field: the extension the Dutch micro-credential profile uses (the loaders read it back)
        if (c.workloadEcts() != null) a.put("ECTS", c.workloadEcts());
        return new ExportedCredential(c.id(), ExportFormat.OB3, a, false, asserted, declared, unplaced);
    }

    /** What a learner must show: the learning outcomes, then how they are assessed. */
    private static String narrative(Credential c) {
        StringBuilder sb = new StringBuilder();
        if (!c.learningOutcomes().isEmpty()) {
            sb.append("Learning outcomes:\n");
            for (LearningOutcome o : c.learningOutcomes()) sb.append("- ").append(o.text()).append('\n');
        }
        if (c.assessmentType() != null) sb.append(sb.length() == 0 ? "" : "\n").append("Assessment: ").append(c.assessmentType());
        String s = sb.toString().strip();
        return s.isEmpty() ? "As described by the awarding body." : s;
    }

    static ObjectNode alignment(ExportSkill s, LearningOutcome outcome, String escoVersion) {
        ObjectNode al = F.objectNode();
        al.putArray("type").add("Alignment");
        al.put("targetName", s.label() == null ? CredentialExport.escoCode(s.uri()) : s.label());
        al.put("targetUrl", s.uri());
        al.put("targetFramework", "ESCO" + (escoVersion == null ? "" : " v" + escoVersion));
        al.put("targetCode", CredentialExport.escoCode(s.uri()));
        al.put("targetType", "ext:ESCOSkill");
        al.put("targetDescription", s.declared()
                ? "Declared by the issuer for the outcome \"" + outcome.text() + "\"."
                : "Asserted by SkillScope from the outcome \"" + outcome.text() + "\" (confidence " + CredentialExport.confidence(s.confidence()) + ").");
        return al;
    }

    private static ArrayNode alignments(ObjectNode achievement) {
        JsonNode old = achievement.get("alignment");
        if (old instanceof ArrayNode arr) return arr;
        ArrayNode arr = achievement.putArray("alignment");
        if (old != null && !old.isNull()) arr.add(old);
        return arr;
    }

    private static boolean aligned(ObjectNode achievement, String uri) {
        JsonNode al = achievement.get("alignment");
        if (al == null) return false;
        for (JsonNode x : al.isArray() ? al : List.of(al)) {
            for (String key : new String[]{"targetUrl", "targetCode"}) {
                String v = x.path(key).asText("");
                if (!v.isEmpty() && canonical(v).equals(canonical(uri))) return true;
            }
        }
        return false;
    }

    private static String canonical(String uri) {
        return uri.strip().replaceFirst("^https://", "http://").toLowerCase(Locale.ROOT);
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("type");
        List<String> out = new ArrayList<>();
        if (t == null) return out;
        for (JsonNode x : t.isArray() ? t : List.of(t)) out.add(x.asText());
        return out;
    }
}
