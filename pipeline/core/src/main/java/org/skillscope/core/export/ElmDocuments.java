package org.skillscope.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.ElmCredentialLoader;
import org.skillscope.datasets.credential.LearningOutcome;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * European Learning Model documents: an ELM source enriched with {@code relatedESCOSkill} on its outcomes, or a
 * {@code LearningAchievementSpecification} built from a credential's standard elements.
 *
 * <p>Why a learning achievement specification: it is ELM's class for what a credential certifies (title, learning
 * outcomes, ECTS credit points, EQF level, mode, language, entry requirements, how it is assessed, who awards it),
 * which is what a catalogue row or a course page describes. A {@code LearningOpportunity} is one offer of it (dates,
 * place, price, schedule, provider) that a catalogue row does not hold, and it points to a specification anyway.
 */
final class ElmDocuments {
    static final String EDC_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af";

    private ElmDocuments() {}

    static ExportedCredential enrich(Credential c, JsonNode source, List<CredentialExport.Placed> placed, List<String> unplaced,
                                     String escoVersion) {
        ObjectNode doc = source.deepCopy();
        List<JsonNode> nodes = ElmCredentialLoader.outcomeNodes(doc);
        if (nodes.size() != c.learningOutcomes().size()) {
            throw new IllegalArgumentException("credential " + c.id() + ": its source document has " + nodes.size()
                    + " learning outcomes, the run read " + c.learningOutcomes().size() + ": the file changed since the run");
        }
        int asserted = 0, declared = 0;
        for (int i = 0; i < nodes.size(); i++) {
            ObjectNode lo = (ObjectNode) nodes.get(i);
            List<ExportSkill> added = new ArrayList<>();
            for (CredentialExport.Placed p : placed) {
                if (p.outcome() != i) continue;
                ExportSkill s = p.skill();
                if (relates(lo, s.uri())) {
                    if (s.declared()) declared++;
                } else if (!s.declared()) {
                    append(lo, "relatedESCOSkill", concept(s));
                    added.add(s);
                    asserted++;
                }
            }
            if (!added.isEmpty()) {
                String text = assertedNote(added, escoVersion) + (added.size() < count(lo.get("relatedESCOSkill")) ? " The others were related by the issuer." : "");
                append(lo, "additionalNote", note(noteId(lo, i, c), text));
            }
        }
        Learner.pseudonymise(doc, c.learnerPseudonym());
        doc.remove("proof");   // a signature over the document as issued no longer holds
        return new ExportedCredential(c.id(), ExportFormat.ELM, doc, true, asserted, declared, unplaced);
    }

    static ExportedCredential specification(Credential c, List<CredentialExport.Placed> placed, List<String> unplaced, String escoVersion) {
        String lang = c.language() == null ? "en" : c.language();
        String id = Ids.of(c);
        ObjectNode doc = F.objectNode();
        doc.put("@context", EDC_CONTEXT);
        doc.put("id", id);
        doc.put("type", "LearningAchievementSpecification");
        doc.set("title", lang(lang, c.title() == null ? c.id() : c.title()));
        ArrayNode outcomes = doc.putArray("learningOutcome");
        int asserted = 0, declared = 0;
        for (int i = 0; i < c.learningOutcomes().size(); i++) {
            LearningOutcome o = c.learningOutcomes().get(i);
            ObjectNode lo = outcomes.addObject();
            lo.put("id", id + "#outcome-" + (i + 1));
            lo.put("type", "LearningOutcome");
            lo.set("title", lang(lang, o.text()));
            List<ExportSkill> added = new ArrayList<>(), kept = new ArrayList<>();
            for (CredentialExport.Placed p : placed) {
                if (p.outcome() != i) continue;
                append(lo, "relatedESCOSkill", concept(p.skill()));
                (p.skill().declared() ? kept : added).add(p.skill());
            }
            asserted += added.size();
            declared += kept.size();
            List<String> notes = new ArrayList<>();
            if (!kept.isEmpty()) notes.add("Declared by the credential's issuer: " + labels(kept) + ".");
            if (!added.isEmpty()) notes.add(assertedNote(added, escoVersion));
            if (!notes.isEmpty()) lo.set("additionalNote", note(id + "#outcome-" + (i + 1) + "-esco", String.join(" ", notes)));
        }
        if (c.workloadEcts() != null) {
            ObjectNode cp = doc.putObject("creditPoint");
            cp.put("id", id + "#credit");
            cp.put("type", "CreditPoint");
            cp.set("framework", concept(ECTS, "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer System"));
            cp.put("point", number(c.workloadEcts()));
        }
        if (c.eqfLevel() != null) {
            doc.set("eqfLevel", concept("http://data.europa.eu/snb/eqf/" + c.eqfLevel(), "http://data.europa.eu/snb/eqf/25831c2", "Level " + c.eqfLevel()));
        }
        String language = iso3Language(c.language());
        if (language != null) {
            doc.set("language", concept("http://publications.europa.eu/resource/authority/language/" + language,
                    "http://publications.europa.eu/resource/authority/language", new Locale(c.language()).getDisplayLanguage(Locale.ENGLISH)));
        }
        if (c.prerequisites() != null) doc.set("entryRequirement", note(id + "#entry", c.prerequisites()));
        if (c.assessmentType() != null) {
            ObjectNode a = doc.putObject("provenBy");
            a.put("id", id + "#assessment");
            a.put("type", "LearningAssessmentSpecification");
            a.set("title", lang(lang, c.assessmentType()));
        }
        ObjectNode body = awardingBody(c, id, lang);
        if (body != null) {
            ObjectNode ao = doc.putObject("awardingOpportunity");
            ao.put("id", id + "#awarding");
            ao.put("type", "AwardingOpportunity");
            ao.set("awardingBody", body);
        }
        if (c.url() != null && c.url().matches("(?i)https?://\\S+")) {
            ObjectNode home = doc.putObject("homepage");
            home.put("id", id + "#homepage");
            home.put("type", "WebResource");
            home.put("contentURL", c.url());
        }
        // standard elements ELM has no plain field for, each in a note that names it
        ArrayNode notes = F.arrayNode();
        addNote(notes, id, "awarding-body", body == null && c.awardingBody() != null ? "Awarding body: " + c.awardingBody()
                + (c.issuerCountry() == null ? " (country not stated)" : " (" + c.issuerCountry() + ")") : null);
        addNote(notes, id, "participation", c.participationForm() == null ? null : "Form of participation: " + c.participationForm());
        addNote(notes, id, "quality-assurance", c.qualityAssurance() == null ? null : "Quality assurance: " + c.qualityAssurance());
        addNote(notes, id, "supervision", c.supervisionAndIdentityVerification() == null ? null
                : "Supervision and identity verification: " + c.supervisionAndIdentityVerification());
        addNote(notes, id, "stackability", c.integrationStackability() == null ? null : "Integration and stackability: " + c.integrationStackability());
        addNote(notes, id, "further-information", c.furtherInformation() == null ? null : "Further information: " + c.furtherInformation());
        if (!notes.isEmpty()) doc.set("additionalNote", notes);
        return new ExportedCredential(c.id(), ExportFormat.ELM, doc, false, asserted, declared, unplaced);
    }

    /** The awarding body as an ELM Organisation, which needs a location with a country: null when the country is unknown. */
    private static ObjectNode awardingBody(Credential c, String id, String lang) {
        String country = iso3Country(c.issuerCountry());
        if (c.awardingBody() == null || country == null) return null;
        ObjectNode org = F.objectNode();
        org.put("id", id + "#awarding-body");
        org.put("type", "Organisation");
        org.set("legalName", lang(lang, c.awardingBody()));
        ObjectNode location = org.putObject("location");
        location.put("id", id + "#awarding-body-location");
        location.put("type", "Location");
        ObjectNode address = location.putObject("address");
        address.put("id", id + "#awarding-body-address");
        address.put("type", "Address");
        address.set("countryCode", concept("http://publications.europa.eu/resource/authority/country/" + country,
                "http://publications.europa.eu/resource/authority/country", new Locale("", c.issuerCountry()).getDisplayCountry(Locale.ENGLISH)));
        return org;
    }

    /** Whether the outcome already relates the ESCO skill (as a URI or a concept object). */
    private static boolean relates(ObjectNode lo, String uri) {
        JsonNode r = lo.get("relatedESCOSkill");
        if (r == null) return false;
        for (JsonNode s : r.isArray() ? r : List.of(r)) {
            String id = s.isTextual() ? s.asText() : s.path("id").asText(null);
            if (id != null && canonical(id).equals(canonical(uri))) return true;
        }
        return false;
    }

    private static String canonical(String uri) {
        return uri.strip().replaceFirst("^https://", "http://").toLowerCase(Locale.ROOT);
    }

    /** Adds a value to a property, turning a single value into an array (the same JSON-LD statements plus one). */
    private static void append(ObjectNode node, String key, JsonNode value) {
        JsonNode old = node.get(key);
        if (old == null) {
            node.set(key, value);
            return;
        }
        ArrayNode arr;
        if (old.isArray()) arr = (ArrayNode) old;
        else {
            arr = F.arrayNode();
            arr.add(old);
            node.set(key, arr);
        }
        arr.add(value);
    }

    static ObjectNode concept(ExportSkill s) {
        return concept(s.uri(), CredentialExport.ESCO_SKILLS_SCHEME, s.label());
    }

    private static ObjectNode concept(String id, String scheme, String label) {
        ObjectNode c = F.objectNode();
        c.put("id", id);
        c.put("type", "Concept");
        ObjectNode in = c.putObject("inScheme");
        in.put("id", scheme);
        in.put("type", "ConceptScheme");
        if (label != null) c.set("prefLabel", lang("en", label));
        return c;
    }

    private static String assertedNote(List<ExportSkill> added, String escoVersion) {
        List<String> parts = new ArrayList<>();
        for (ExportSkill s : added) parts.add(s.label() + " (confidence " + CredentialExport.confidence(s.confidence()) + ")");
        return "ESCO " + (escoVersion == null ? "" : "v" + escoVersion + " ") + "skills added by SkillScope, asserted from this outcome's text: "
                + String.join("; ", parts) + ".";
    }

    private static int count(JsonNode values) {
        return values == null ? 0 : values.isArray() ? values.size() : 1;
    }

    private static String labels(List<ExportSkill> skills) {
        return String.join("; ", skills.stream().map(s -> s.label() == null ? s.uri() : s.label()).toList());
    }

    private static String noteId(ObjectNode lo, int i, Credential c) {
        String base = lo.path("id").isTextual() ? lo.get("id").asText() : Ids.of(c) + "#outcome-" + (i + 1);
        return base + (base.contains("#") ? "-" : "#") + "skillscope-esco";
    }

    private static void addNote(ArrayNode notes, String id, String what, String text) {
        if (text != null) notes.add(note(id + "#" + what, text));
    }

    private static ObjectNode note(String id, String text) {
        ObjectNode n = F.objectNode();
        n.put("id", id);
        n.put("type", "Note");
        n.set("noteLiteral", lang("en", text));
        return n;
    }

    private static ObjectNode lang(String lang, String text) {
        ObjectNode o = F.objectNode();
        o.put(lang, text);
        return o;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** ISO 639-1 to the EU language authority's code (ISO 639-2/T in capitals): "de" -> "DEU"; null if unknown. */
    static String iso3Language(String iso1) {
        if (iso1 == null || !iso1.matches("[a-z]{2}")) return null;
        try {
            return new Locale(iso1).getISO3Language().toUpperCase(Locale.ROOT);
        } catch (MissingResourceException | IllformedLocaleException e) {
            return null;
        }
    }

    /** ISO 3166 alpha-2 to the EU country authority's alpha-3 code: "ES" -> "ESP" (Greece's "EL" -> "GRC"); null if unknown. */
    static String iso3Country(String alpha2) {
        if (alpha2 == null || !alpha2.matches("[A-Za-z]{2}")) return null;
        String a2 = alpha2.toUpperCase(Locale.ROOT).equals("EL") ? "GR" : alpha2.toUpperCase(Locale.ROOT);
        try {
            String a3 = new Locale("", a2).getISO3Country();
            return a3.isEmpty() ? null : a3;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
