package org.skillscope.api.service;

import org.skillscope.datasets.Clip;
import org.skillscope.datasets.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.export.CredentialExport;
import org.skillscope.core.export.ExportFormat;
import org.skillscope.core.export.ExportSkill;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.core.score.AlignmentScore;
import org.skillscope.core.score.CredentialScorer;
import org.skillscope.core.score.Reading;
import org.skillscope.core.score.RelevanceScore;
import org.skillscope.core.score.RelevanceScorer;
import org.skillscope.core.score.SkillContribution;
import org.skillscope.core.score.TaughtSkills;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLanguage;
import org.skillscope.datasets.credential.CredentialCsvLoader;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.CredentialValidator;
import org.skillscope.datasets.validation.LoadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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

    /** POST /api/map: the text's language, its job title's occupation (with a title), its skills and what could not be mapped. */
    public record Mapped(String language, @JsonInclude(JsonInclude.Include.NON_NULL) Occupation occupation, List<Skill> skills, List<String> notes) {}

    /** The occupation of a job title, as the title index of its language matched it. */
    public record Occupation(String uri, String id, String label, String matchedLabel, double score) {}

    /** A skill of a text: stated (asserted by the matcher, or a tool name written as in ESCO) or inferred from the occupation. */
    public record Skill(String uri, String id, String label, double score, double confidence, boolean asserted, Evidence evidence,
                        boolean green, boolean digital, String source) {}

    /** What a skill rests on: the {@code unit} of text or the {@code occupation} it is inferred from, and the label that matched. */
    public record Evidence(@JsonInclude(JsonInclude.Include.NON_NULL) String unit, @JsonInclude(JsonInclude.Include.NON_NULL) String occupation,
                           String matchedLabel) {}

    /** POST /api/credentials/score: each posted credential scored against the run's demand, and what the loader found wrong. */
    public record Scored(String runId, String escoVersion, List<ScoredCredential> credentials, List<String> findings) {}

    /**
     * A posted credential with its scores, skills (each with its part of the relevance and why) and the occupations it prepares for;
     * its scores are null when what it teaches cannot be read (core.score.Reading), as the job publishes them.
     */
    public record ScoredCredential(String credentialId, String title, String awardingBody, String sourceFormat, Integer eqfLevel, Double workloadEcts,
                             Double relevance, Double relevancePercentile, Alignment green, Alignment digital, List<CredentialSkill> skills,
                             List<PreparedFor> occupations, String summary) {}

    /** A green or digital alignment: its score, from the share of skills and of occupations in the {@code collections}. */
    public record Alignment(double score, double skillShare, Double occupationShare, String collections, List<String> skills) {}

    /** A skill the posted credential teaches, with its demand and contribution. */
    public record CredentialSkill(String uri, String id, String label, double confidence, OutcomeEvidence evidence, long vacancies, double share,
                                  double shrunkShare, Growths.Rate growth, boolean growthClear, double specificity, double contribution,
                                  boolean green, boolean digital, String why) {}

    /** The outcome stating a skill and the label that matched, or {@code declared} where the outcome names the ESCO skill. */
    public record OutcomeEvidence(String outcome, String matchedLabel, boolean declared) {}

    /** An occupation the credential prepares for: {@code covered} of its {@code essential} skills. */
    public record PreparedFor(String uri, String label, double coverage, int covered, int essential) {}
    private final Database db;
    private final EscoContext esco;

    public MappingService(Database db, EscoContext esco) {
        this.db = db;
        this.esco = esco;
    }

    /**
     * Skills stated in an English {@code text}: asserted matches, or every ranked candidate when {@code all}. With the
     * ad's {@code job} (its title and occupation), a hit that is the job itself is not stated, as in the job.
     */
    private List<Skill> map(String text, boolean all, SkillMatcher.Job job) {
        requireText(text);
        List<Skill> out = new ArrayList<>();
        for (SkillMatch m : esco.skillMatcher().match(text, job)) {
            if (!all && !m.asserted()) continue;
            out.add(new Skill(m.uri(), EscoContext.idOf(m.uri()), m.label(), m.score(), m.confidence(), m.asserted(),
                    m.evidence() == null ? null : new Evidence(m.evidence().unit(), null, m.evidence().matchedLabel()),
                    esco.graph().isGreen(m.uri()), esco.graph().isDigital(m.uri()), org.skillscope.core.lang.Multilingual.STATED));
        }
        return out;
    }

    /**
     * A text in its language ({@code language} ISO 639-1, detected when null): English (and a text whose
     * language cannot be told) by the English matcher, with a job {@code title} read as the job reads an ad (its
     * occupation, however weak the match, as the job takes it; a hit that is the job itself not stated); another language
     * by the tool and standard names it writes, and with its title's occupation's essential skills as inferred skills
     * where that language's occupation labels are loaded (an occupation from a match of 0.7 or more). The notes say what could not be mapped and why, never a silent empty list.
     */
    public Mapped mapInLanguage(String text, boolean all, String language, String title) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("text is required and must not be blank");
        if (language != null && !language.matches("[a-z]{2}")) throw ApiException.badRequest("language must be an ISO 639-1 code such as 'de', got '" + language + "'");
        if (title != null && title.length() > 500) throw ApiException.badRequest("title is at most 500 characters, got " + title.length());
        requireText(text);  // its length, before the language is detected or a title matched
        String lang = language != null ? language : esco.detectLanguage(text);
        List<String> notes = new ArrayList<>();
        if (lang == null || lang.equals("en")) {
            if (lang == null) notes.add("the language could not be told from the text: read as English");
            SkillMatch occ = title == null ? null : esco.occupationMatcher().best(title);
            Occupation occupation = occ == null ? null
                    : new Occupation(occ.uri(), EscoContext.idOf(occ.uri()), occ.label(), occ.evidence().matchedLabel(), occ.score());
            List<Skill> skills = map(text, all, SkillMatcher.Job.of(title, occ));
            if (skills.isEmpty()) notes.add("no skill is stated in the text" + (all ? "" : " with enough confidence (all=true lists the candidates)"));
            return new Mapped(lang, occupation, skills, notes);
        }
        org.skillscope.core.lang.Multilingual.Mapped m = esco.languages().map(lang, text, title);
        List<Skill> skills = new ArrayList<>();
        for (org.skillscope.core.lang.TermMatcher.Term t : m.stated()) {
            skills.add(skill(t.skillUri(), org.skillscope.core.lang.Multilingual.TERM_CONFIDENCE, org.skillscope.core.lang.Multilingual.STATED,
                    new Evidence(text.length() > 300 ? text.substring(0, 300) : text, null, t.label())));
        }
        Occupation occupation = null;
        if (m.occupation() != null) {
            String label = esco.languages().preferredLabel(m.occupation().uri());
            occupation = new Occupation(m.occupation().uri(), EscoContext.idOf(m.occupation().uri()), label, m.occupation().matchedLabel(),
                    m.occupation().score());
            for (String uri : m.inferred()) {
                skills.add(skill(uri, m.occupation().score(), org.skillscope.core.lang.Multilingual.INFERRED,
                        new Evidence(null, label, m.occupation().matchedLabel())));
            }
        }
        notes.addAll(m.notes());
        return new Mapped(lang, occupation, skills, notes);
    }

    private Skill skill(String uri, double confidence, String source, Evidence evidence) {
        return new Skill(uri, EscoContext.idOf(uri), esco.graph().skillLabel(uri), confidence, confidence, true, evidence,
                esco.graph().isGreen(uri), esco.graph().isDigital(uri), source);
    }

    /** A text to map: not blank, at most {@link #MAX_TEXT_CHARS} characters (a 400 otherwise). */
    private static void requireText(String text) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("text is required and must not be blank");
        if (text.length() > MAX_TEXT_CHARS) throw ApiException.badRequest("text is at most " + MAX_TEXT_CHARS + " characters, got " + text.length());
    }

    /** Asserted skill URIs of a text (for a jobseeker's free-text skills). */
    public List<String> skillsOf(String text) {
        return map(text, false, null).stream().map(Skill::uri).toList();
    }

    /**
     * Scores a posted credential: a SkillScope CSV row as a JSON object (keys are the CSV columns,
     * learning_outcomes a string with " | " or an array), an ELM JSON-LD or an Open Badges 3.0 document.
     * The body is written to a temporary file and read by the same loaders as the job.
     */
    public Scored scoreCredential(String runId, JsonNode body) {
        LoadResult<Credential> loaded = loadPosted(body);
        Map<String, SkillDemand> demand = demandAll(runId);
        double[] runScores = db.query("SELECT relevance FROM credentials WHERE run_id=? AND relevance IS NOT NULL", runId).stream()
                .mapToDouble(r -> ((Number) r.get("relevance")).doubleValue()).toArray();
        List<ScoredCredential> credentials = new ArrayList<>();
        for (Credential c : loaded.accepted()) credentials.add(score(c, demand, runScores));
        return new Scored(runId, esco.esco().version(), credentials, loaded.findings().stream().map(f -> f.field() + ": " + f.message()).toList());
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
        // matched on its own, its asserted skills gathered at their best confidence; outcomes in a language the
        // English matcher does not read are not mapped (the job's Corpus.credentialDocs), declared skills still count
        SkillMatcher matcher = esco.skillMatcher();
        Set<String> unitSet = new LinkedHashSet<>();
        if (CredentialLanguage.english(esco.credentialLanguage(c))) {
            for (String text : c.outcomeTexts()) unitSet.addAll(matcher.units(text));
        }
        List<String> units = List.copyOf(unitSet);
        List<List<SkillMatch>> matches = units.isEmpty() ? List.of() : matcher.matchAll(units);
        for (int i = 0; i < matches.size(); i++) {
            for (SkillMatch m : matches.get(i)) {
                if (m.asserted()) taught.asserted(m.uri(), m.label(), m.confidence(), units.get(i), m.evidence() == null ? null : m.evidence().matchedLabel());
            }
        }
        TaughtSkills.declaredBy(c, graph).forEach(taught::declared);
        return taught;
    }

    private ScoredCredential score(Credential c, Map<String, SkillDemand> demand, double[] runScores) {
        EscoGraph graph = esco.graph();
        TaughtSkills taught = taught(c);
        CredentialScorer.Scores scores = CredentialScorer.score(taught, demand, graph, esco.esco().version());
        RelevanceScore r = scores.relevance();
        List<CredentialSkill> skills = new ArrayList<>();
        for (SkillContribution sc : r.breakdown()) {
            TaughtSkills.Entry t = taught.entries().get(sc.skillUri());
            skills.add(new CredentialSkill(sc.skillUri(), EscoContext.idOf(sc.skillUri()), sc.label(), sc.confidence(),
                    new OutcomeEvidence(t.evidence(), t.evidenceLabel(), t.declared()), sc.vacancies(), sc.share(), sc.shrunkShare(),
                    Growths.json(sc.growth()), Growths.clear(sc.growth()), sc.specificity(), sc.contribution(),
                    graph.isGreen(sc.skillUri()), graph.isDigital(sc.skillUri()),
                    Explain.skill(sc.label(), sc.vacancies(), sc.share(), sc.growth(), sc.specificity(), sc.contribution())));
        }
        List<PreparedFor> occupations = scores.occupations().stream().map(o -> new PreparedFor(o.occupationUri(), o.label(), o.coverage(),
                o.coveredSkills().size(), o.essentialSkills())).toList();
        if (!Reading.of(c, CredentialLanguage.english(esco.credentialLanguage(c)), graph::isSkill).read()) {
            return new ScoredCredential(c.id(), c.title(), c.awardingBody(), c.sourceFormat(), c.eqfLevel(), c.workloadEcts(), null, null, null, null,
                    skills, occupations, Explain.credential(null, null, 0, CredentialValidator.missingMandatoryColumns(c), c.language()));
        }
        double percentile = RelevanceScorer.percentile(r.score(), runScores);
        return new ScoredCredential(c.id(), c.title(), c.awardingBody(), c.sourceFormat(), c.eqfLevel(), c.workloadEcts(), r.score(), percentile,
                alignment(scores.green()), alignment(scores.digital()), skills, occupations, Explain.credential(r.score(), percentile, skills.size()));
    }

    private static Alignment alignment(AlignmentScore a) {
        return new Alignment(a.score(), a.skillShare(), a.occupationShare(), a.collections(), a.collectionSkills());
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
        return Csv.line(header, ',') + "\n" + Csv.line(values, ',') + "\n";
    }

    private static String clip(String s) {
        return Clip.clip(s, 81);
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

}
