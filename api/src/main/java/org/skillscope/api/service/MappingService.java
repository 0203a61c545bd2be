package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.export.CredentialExport;
import org.skillscope.core.export.ExportFormat;
import org.skillscope.core.export.ExportSkill;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.core.score.AlignmentScore;
import org.skillscope.core.score.CredentialScorer;
import org.skillscope.core.score.PreparedOccupation;
import org.skillscope.core.score.RelevanceScore;
import org.skillscope.core.score.RelevanceScorer;
import org.skillscope.core.score.SkillContribution;
import org.skillscope.core.score.TaughtSkills;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialCsvLoader;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.LearningOutcome;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * On-the-fly mapping with pipeline/core (no Spark): a text to ESCO skills, and a posted credential to
 * its skills and scores against the demand of a published run, computed as the job does: outcomes
 * cut into units, the matcher's asserted matches per unit, declared ESCO skills at confidence 1, the
 * same scorers and parameters. Not bit for bit: the quantised embedding model's vectors depend
 * on the batch a text is embedded with, so confidences near the threshold can differ from the run's.
 */
public final class MappingService {
    public static final int MAX_TEXT_CHARS = 20_000;
    private final Database db;
    private final EscoContext esco;

    public MappingService(Database db, EscoContext esco) {
        this.db = db;
        this.esco = esco;
    }

    /** Skills stated in {@code text}: asserted matches, or every ranked candidate when {@code all}. */
    public List<Map<String, Object>> map(String text, boolean all) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("text is required and must not be blank");
        if (text.length() > MAX_TEXT_CHARS) throw ApiException.badRequest("text is at most " + MAX_TEXT_CHARS + " characters, got " + text.length());
        List<Map<String, Object>> out = new ArrayList<>();
        for (SkillMatch m : esco.skillMatcher().match(text)) {
            if (!all && !m.asserted()) continue;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("uri", m.uri());
            s.put("id", EscoContext.idOf(m.uri()));
            s.put("label", m.label());
            s.put("score", m.score());
            s.put("confidence", m.confidence());
            s.put("asserted", m.asserted());
            s.put("evidence", m.evidence() == null ? null : Map.of("unit", m.evidence().unit(), "matchedLabel", m.evidence().matchedLabel()));
            s.put("green", esco.graph().isGreen(m.uri()));
            s.put("digital", esco.graph().isDigital(m.uri()));
            out.add(s);
        }
        return out;
    }

    /**
     * A text in its language ({@code language} ISO 639-1, detected when null): English (and a text whose
     * language cannot be told) by the English matcher; another language by the tool and standard names
     * it writes, and with its occupation's essential skills as inferred skills where that language's
     * occupation labels are loaded. {@code {"language","skills":[...,"source"],"occupation"?,"notes":[...]}}:
     * the notes say what could not be mapped and why, never a silent empty list.
     */
    public Map<String, Object> mapInLanguage(String text, boolean all, String language, String title) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("text is required and must not be blank");
        if (language != null && !language.matches("[a-z]{2}")) throw ApiException.badRequest("language must be an ISO 639-1 code such as 'de', got '" + language + "'");
        if (title != null && title.length() > 500) throw ApiException.badRequest("title is at most 500 characters, got " + title.length());
        String lang = language != null ? language : esco.detectLanguage(text);
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        out.put("language", lang);
        if (lang == null || lang.equals("en")) {
            if (lang == null) notes.add("the language could not be told from the text: read as English");
            List<Map<String, Object>> skills = map(text, all);
            skills.forEach(s -> s.put("source", org.skillscope.core.lang.Multilingual.STATED));
            if (skills.isEmpty()) notes.add("no skill is stated in the text" + (all ? "" : " with enough confidence (all=true lists the candidates)"));
            out.put("skills", skills);
            out.put("notes", notes);
            return out;
        }
        if (text.length() > MAX_TEXT_CHARS) throw ApiException.badRequest("text is at most " + MAX_TEXT_CHARS + " characters, got " + text.length());
        org.skillscope.core.lang.Multilingual.Mapped m = esco.languages().map(lang, text, title);
        List<Map<String, Object>> skills = new ArrayList<>();
        for (org.skillscope.core.lang.TermMatcher.Term t : m.stated()) {
            Map<String, Object> s = skill(t.skillUri(), org.skillscope.core.lang.Multilingual.TERM_CONFIDENCE, org.skillscope.core.lang.Multilingual.STATED);
            s.put("evidence", Map.of("unit", text.length() > 300 ? text.substring(0, 300) : text, "matchedLabel", t.label()));
            skills.add(s);
        }
        if (m.occupation() != null) {
            Map<String, Object> occ = new LinkedHashMap<>();
            occ.put("uri", m.occupation().uri());
            occ.put("id", EscoContext.idOf(m.occupation().uri()));
            occ.put("label", esco.languages().preferredLabel(m.occupation().uri()));
            occ.put("matchedLabel", m.occupation().matchedLabel());
            occ.put("score", m.occupation().score());
            out.put("occupation", occ);
            for (String uri : m.inferred()) {
                Map<String, Object> s = skill(uri, m.occupation().score(), org.skillscope.core.lang.Multilingual.INFERRED);
                s.put("evidence", Map.of("occupation", esco.languages().preferredLabel(m.occupation().uri()), "matchedLabel", m.occupation().matchedLabel()));
                skills.add(s);
            }
        }
        out.put("skills", skills);
        notes.addAll(m.notes());
        out.put("notes", notes);
        return out;
    }

    private Map<String, Object> skill(String uri, double confidence, String source) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("uri", uri);
        s.put("id", EscoContext.idOf(uri));
        s.put("label", esco.graph().skillLabel(uri));
        s.put("score", confidence);
        s.put("confidence", confidence);
        s.put("asserted", true);
        s.put("source", source);
        s.put("green", esco.graph().isGreen(uri));
        s.put("digital", esco.graph().isDigital(uri));
        return s;
    }

    /** Asserted skill URIs of a text (for a jobseeker's free-text skills). */
    public List<String> skillsOf(String text) {
        return map(text, false).stream().map(m -> (String) m.get("uri")).toList();
    }

    /**
     * Scores a posted credential: a SkillScope CSV row as a JSON object (keys are the CSV columns,
     * learning_outcomes a string with " | " or an array), an ELM JSON-LD or an Open Badges 3.0 document.
     * The body is written to a temporary file and read by the same loaders as the job.
     */
    public Map<String, Object> scoreCredential(String runId, JsonNode body) {
        LoadResult<Credential> loaded = loadPosted(body);
        Map<String, SkillDemand> demand = demandAll(runId);
        double[] runScores = db.query("SELECT relevance FROM credentials WHERE run_id=?", runId).stream()
                .mapToDouble(r -> ((Number) r.get("relevance")).doubleValue()).toArray();
        List<Map<String, Object>> credentials = new ArrayList<>();
        for (Credential c : loaded.accepted()) credentials.add(score(c, demand, runScores));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", runId);
        out.put("escoVersion", esco.esco().version());
        out.put("credentials", credentials);
        out.put("findings", loaded.findings().stream().map(f -> f.field() + ": " + f.message()).toList());
        return out;
    }

    /** A posted credential (a CSV row as JSON, an ELM or an Open Badges document), loaded as the job loads a file; a rejection is a 400. */
    private static LoadResult<Credential> loadPosted(JsonNode body) {
        if (body == null || !body.isObject()) throw ApiException.badRequest("the body must be a JSON object: a CSV row, an ELM or an Open Badges credential");
        LoadResult<Credential> loaded = isDocument(body) ? load(body.toString(), ".json") : load(csv(body), ".csv");
        if (loaded.accepted().isEmpty()) {
            List<String> reasons = loaded.rejected().stream().map(r -> (r.field() == null || r.field().isEmpty() ? "" : r.field() + ": ") + r.reason()).toList();
            throw ApiException.badRequest("the credential was rejected: " + (reasons.isEmpty() ? "no credential found" : String.join("; ", reasons)));
        }
        return loaded;
    }

    private static boolean isDocument(JsonNode body) {
        return body.has("@context") || body.has("type");
    }

    /**
     * The posted credential written back in {@code format} with the ESCO skills mapped as {@link #scoreCredential}
     * maps them: an ELM or Open Badges document of that format enriched, anything else built from its standard
     * elements ({@link CredentialExport}). A document holding several credentials gives the first.
     */
    public JsonNode exportCredential(JsonNode body, ExportFormat format) {
        Credential c = loadPosted(body).accepted().get(0);
        List<ExportSkill> skills = taught(c).entries().values().stream()
                .map(e -> new ExportSkill(e.skillUri(), e.label(), e.confidence(), e.declared(), e.evidence())).toList();
        JsonNode source = isDocument(body) ? CredentialLoaders.document("posted credential", body.toString(), c.sourceLine()).orElse(null) : null;
        return CredentialExport.export(c, source, skills, format, 0, esco.esco().version()).document();
    }

    /** What a credential teaches, gathered as the job gathers it. */
    private TaughtSkills taught(Credential c) {
        EscoGraph graph = esco.graph();
        TaughtSkills taught = new TaughtSkills();
        // as the job maps it (pipeline/spark Mapping): every outcome cut into units, each distinct unit
        // matched on its own, its asserted skills gathered at their best confidence
        SkillMatcher matcher = esco.skillMatcher();
        Set<String> unitSet = new LinkedHashSet<>();
        for (String text : c.outcomeTexts()) unitSet.addAll(matcher.units(text));
        List<String> units = List.copyOf(unitSet);
        List<List<SkillMatch>> matches = units.isEmpty() ? List.of() : matcher.matchAll(units);
        for (int i = 0; i < matches.size(); i++) {
            for (SkillMatch m : matches.get(i)) {
                if (m.asserted()) taught.asserted(m.uri(), m.label(), m.confidence(), units.get(i), m.evidence() == null ? null : m.evidence().matchedLabel());
            }
        }
        for (LearningOutcome o : c.learningOutcomes()) {
            for (String uri : o.declaredEscoSkills()) {
                if (esco.esco().skills().containsKey(uri)) taught.declared(uri, graph.skillLabel(uri), o.text());
            }
        }
        return taught;
    }

    private Map<String, Object> score(Credential c, Map<String, SkillDemand> demand, double[] runScores) {
        EscoGraph graph = esco.graph();
        TaughtSkills taught = taught(c);
        CredentialScorer.Scores scores = CredentialScorer.score(taught, demand, graph, esco.esco().version());
        RelevanceScore r = scores.relevance();
        List<PreparedOccupation> occ = scores.occupations();
        AlignmentScore green = scores.green(), digital = scores.digital();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("credentialId", c.id());
        m.put("title", c.title());
        m.put("awardingBody", c.awardingBody());
        m.put("sourceFormat", c.sourceFormat());
        m.put("eqfLevel", c.eqfLevel());
        m.put("workloadEcts", c.workloadEcts());
        m.put("relevance", r.score());
        m.put("relevancePercentile", RelevanceScorer.percentile(r.score(), runScores));
        m.put("green", alignment(green));
        m.put("digital", alignment(digital));
        List<Map<String, Object>> skills = new ArrayList<>();
        for (SkillContribution sc : r.breakdown()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("uri", sc.skillUri());
            s.put("id", EscoContext.idOf(sc.skillUri()));
            s.put("label", sc.label());
            s.put("confidence", sc.confidence());
            TaughtSkills.Entry t = taught.entries().get(sc.skillUri());
            s.put("evidence", evidence(t.evidence(), t.evidenceLabel(), t.declared()));
            s.put("vacancies", sc.vacancies());
            s.put("share", sc.share());
            s.put("shrunkShare", sc.shrunkShare());
            s.put("growth", Growths.json(sc.growth()));
            s.put("growthClear", sc.growth() != null && sc.growth().clear());
            s.put("specificity", sc.specificity());
            s.put("contribution", sc.contribution());
            s.put("green", graph.isGreen(sc.skillUri()));
            s.put("digital", graph.isDigital(sc.skillUri()));
            s.put("why", Explain.skill(sc.label(), sc.vacancies(), sc.share(), sc.growth(), sc.specificity(), sc.contribution()));
            skills.add(s);
        }
        m.put("skills", skills);
        m.put("occupations", occ.stream().map(o -> Map.of("uri", o.occupationUri(), "label", o.label(), "coverage", o.coverage(),
                "covered", o.coveredSkills().size(), "essential", o.essentialSkills())).toList());
        m.put("summary", Explain.credential(r.score(), RelevanceScorer.percentile(r.score(), runScores), skills.size()));
        return m;
    }

    private static Map<String, Object> evidence(String outcome, String label, boolean declared) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("outcome", outcome);
        e.put("matchedLabel", label);
        e.put("declared", declared);
        return e;
    }

    private static Map<String, Object> alignment(AlignmentScore a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", a.score());
        m.put("skillShare", a.skillShare());
        m.put("occupationShare", a.occupationShare());
        m.put("collections", a.collections());
        m.put("skills", a.collectionSkills());
        return m;
    }

    /** Demand of the run in scope all, as the scorers take it. */
    Map<String, SkillDemand> demandAll(String runId) {
        Map<String, SkillDemand> out = new TreeMap<>();
        for (Map<String, Object> r : db.query("SELECT skill_uri, vacancies, scope_vacancies, share, shrunk_share, inferred_vacancies, " + Growths.COLUMNS
                + " FROM skill_demand WHERE run_id=? AND scope_type='all' AND scope='*'", runId)) {
            String uri = (String) r.get("skillUri");
            out.put(uri, new SkillDemand(uri, ((Number) r.get("vacancies")).longValue(), ((Number) r.get("scopeVacancies")).longValue(),
                    ((Number) r.get("share")).doubleValue(), ((Number) r.get("shrunkShare")).doubleValue(), Growths.of(r),
                    ((Number) r.get("inferredVacancies")).longValue()));
        }
        return out;
    }

    /** One CSV catalogue row from a JSON object whose keys are the catalogue's columns. */
    /** A posted credential row (JSON object) as the CSV the catalogue loader reads; bad fields are a 400 (public for the fuzz test). */
    public static String csv(JsonNode row) {
        List<String> header = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!CredentialCsvLoader.COLUMNS.contains(e.getKey())) {
                throw ApiException.badRequest("unknown field '" + clip(e.getKey()) + "': a CSV row has the columns " + CredentialCsvLoader.COLUMNS);
            }
            JsonNode v = e.getValue();
            String text;
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode x : v) {
                    // a null or an object would become the text "null" or "{...}": an outcome nobody wrote
                    if (!x.isTextual()) throw ApiException.badRequest("field '" + e.getKey() + "' must be an array of strings; item " + (parts.size() + 1) + " is " + x.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                    parts.add(x.asText());
                }
                text = String.join(" | ", parts);
            } else if (v.isValueNode()) {
                text = v.isNull() ? "" : v.asText();
            } else {
                throw ApiException.badRequest("field '" + e.getKey() + "' must be a string, a number or (learning_outcomes) an array of strings");
            }
            header.add(e.getKey());
            values.add(text);
        }
        for (String required : CredentialCsvLoader.REQUIRED_COLUMNS) {
            if (!header.contains(required)) throw ApiException.badRequest("a CSV row needs the fields " + CredentialCsvLoader.REQUIRED_COLUMNS + "; '" + required + "' is missing");
        }
        return String.join(",", header) + "\n" + String.join(",", values.stream().map(MappingService::quote).toList()) + "\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static LoadResult<Credential> load(String content, String suffix) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("skillscope-posted-", suffix);
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            return CredentialLoaders.load(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
}
