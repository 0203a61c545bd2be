package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.core.export.ExportFormat;
import org.skillscope.core.export.ExportedCredential;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The credentials of a run: filtered, sorted lists and one credential with its scores explained. */
public final class CredentialService {
    /** Sort keys a client may name, each with its SQL (never taken from the request text itself). */
    private static final Map<String, String> SORTS = Map.of(
            // a credential the run could not read has no score: last in either order (PostgreSQL puts NULL first in DESC)
            "relevance", "relevance DESC NULLS LAST, credential_id",
            "-relevance", "relevance ASC NULLS LAST, credential_id",
            "green", "green DESC NULLS LAST, credential_id",
            "digital", "digital DESC NULLS LAST, credential_id",
            "title", "title ASC NULLS LAST, credential_id",
            "ects", "workload_ects ASC NULLS LAST, credential_id");
    static final String LIST_COLUMNS = "credential_id, title, awarding_body, issuer_country, language, eqf_level, workload_ects, "
            + "participation_form, source_format, url, missing_elements, skills, relevance, relevance_percentile, green, green_skill_share, "
            + "green_occupation_share, digital, digital_skill_share, digital_occupation_share";

    /** A credential of the run with its scores (null when the run could not read it); {@code skills} how many skills it teaches. */
    public record Item(String credentialId, String title, String awardingBody, String issuerCountry, String language, Integer eqfLevel,
                       Double workloadEcts, String participationForm, String sourceFormat, String url, String missingElements, int skills,
                       Double relevance, Double relevancePercentile, Double green, Double greenSkillShare, Double greenOccupationShare,
                       Double digital, Double digitalSkillShare, Double digitalOccupationShare) {}

    /** One credential: the list's fields with its mapped skills in place of their count, its outcomes, occupations and standard elements. */
    public record Detail(String credentialId, String title, String awardingBody, String issuerCountry, String language, Integer eqfLevel,
                         Double workloadEcts, String participationForm, String sourceFormat, String url, String missingElements, List<Skill> skills,
                         Double relevance, Double relevancePercentile, Double green, Double greenSkillShare, Double greenOccupationShare,
                         Double digital, Double digitalSkillShare, Double digitalOccupationShare, String assessmentType, String sourceFile,
                         JsonNode outcomes, List<Occupation> occupations, List<CredentialSources.Element> standardElements,
                         String standardElementsNote, String summary) {}

    /** A skill the credential teaches, with its demand, its part of the score and why. */
    public record Skill(String skillUri, String label, double confidence, boolean declared, String evidenceOutcome, String evidenceLabel,
                        long vacancies, double share, double shrunkShare, Growths.Rate growth, double specificity, double contribution,
                        boolean green, boolean digital, String id, String why, boolean growthClear) {}

    /** An occupation the credential prepares for: {@code covered} of its {@code essential} skills. */
    public record Occupation(String occupationUri, String label, double coverage, int covered, int essential, long vacancies) {}

    private final Database db;
    private final CredentialExports exports;
    private final CredentialSources sources = new CredentialSources();

    public CredentialService(Database db) {
        this.db = db;
        this.exports = new CredentialExports(db);
    }

    /** One credential of the run as an ELM (the default) or Open Badges 3.0 document with its ESCO skills ({@link CredentialExports}). */
    public ExportedCredential export(String runId, String credentialId, String format) {
        ExportFormat f;
        try {
            f = format == null ? ExportFormat.ELM : ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return exports.one(runId, credentialId, f, null);
    }

    /** Filters of the list; null fields do not filter. */
    public record Filter(String provider, String q, Boolean green, Boolean digital, Integer eqf, String country, String sort) {}

    /** The list's columns: those of {@link #LIST_COLUMNS}, as the JSON names them. */
    static final List<String> COLUMNS = java.util.Arrays.stream(LIST_COLUMNS.split(",\\s*")).map(Database::camel).toList();

    public Listing<Item> list(String runId, Filter f) {
        String order = SORTS.get(f.sort() == null ? "relevance" : f.sort());
        if (order == null) throw ApiException.badRequest("sort must be one of " + new java.util.TreeSet<>(SORTS.keySet()) + ", got '" + f.sort() + "'");
        StringBuilder where = new StringBuilder(" WHERE run_id=?");
        List<Object> params = new ArrayList<>(List.of(runId));
        if (f.provider() != null && !f.provider().isBlank()) {
            where.append(" AND LOWER(awarding_body)=?");
            params.add(f.provider().strip().toLowerCase(Locale.ROOT));
        }
        if (f.q() != null && !f.q().isBlank()) {
            if (f.q().length() > 200) throw ApiException.badRequest("q is at most 200 characters");
            where.append(" AND (LOWER(title) LIKE ? ESCAPE '!' OR LOWER(outcomes_json) LIKE ? ESCAPE '!')");
            params.add(Database.contains(f.q().strip()));
            params.add(Database.contains(f.q().strip()));
        }
        if (f.green() != null) where.append(f.green() ? " AND green_skill_share > 0" : " AND green_skill_share = 0");
        if (f.digital() != null) where.append(f.digital() ? " AND digital_skill_share > 0" : " AND digital_skill_share = 0");
        if (f.eqf() != null) {
            if (f.eqf() < 1 || f.eqf() > 8) throw ApiException.badRequest("eqf must be an EQF level 1-8, got " + f.eqf());
            where.append(" AND eqf_level=?");
            params.add(f.eqf());
        }
        if (f.country() != null && !f.country().isBlank()) {
            where.append(" AND UPPER(issuer_country)=?");
            params.add(f.country().strip().toUpperCase(Locale.ROOT));
        }
        return Listing.sql(db, Item.class, COLUMNS, "SELECT COUNT(*) FROM credentials" + where,
                "SELECT " + LIST_COLUMNS + " FROM credentials" + where + " ORDER BY " + order, params);
    }

    public Detail detail(String runId, String credentialId) {
        if (credentialId.length() > 300) throw ApiException.badRequest("credential id is at most 300 characters");
        List<Map<String, Object>> rows = db.query("SELECT " + LIST_COLUMNS + ", assessment_type, source_file, outcomes_json "
                + "FROM credentials WHERE run_id=? AND credential_id=?", runId, credentialId);
        if (rows.isEmpty()) throw ApiException.notFound("no credential '" + credentialId + "' in run " + runId);
        Map<String, Object> c = rows.get(0);
        c.put("outcomes", Json.parse(c.remove("outcomesJson")));
        List<Skill> skills = new ArrayList<>();
        for (Map<String, Object> s : db.query("SELECT skill_uri, label, confidence, declared, evidence_outcome, evidence_label, "
                + "vacancies, share, shrunk_share, " + Growths.COLUMNS + ", specificity, contribution, green, digital FROM credential_skills "
                + "WHERE run_id=? AND credential_id=? ORDER BY contribution DESC, skill_uri", runId, credentialId)) {
            s.put("id", EscoContext.idOf((String) s.get("skillUri")));
            s.put("why", Explain.skill((String) s.get("label"), num(s.get("vacancies")), dbl(s.get("share")), Growths.of(s),
                    dbl(s.get("specificity")), dbl(s.get("contribution"))));
            skills.add(Json.row(Growths.fold(s), Skill.class));
        }
        List<Occupation> occupations = db.query("SELECT occupation_uri, label, coverage, covered, essential, vacancies FROM credential_occupations "
                + "WHERE run_id=? AND credential_id=? ORDER BY coverage DESC, occupation_uri", runId, credentialId).stream()
                .map(r -> Json.row(r, Occupation.class)).toList();
        // the 16 standard elements, those the tables do not keep read back from the unchanged input file
        List<Map<String, Object>> run = db.query("SELECT inputs_json FROM runs WHERE run_id=?", runId);
        CredentialSources.Found found = sources.find(run.isEmpty() ? null : Json.parse(run.get(0).get("inputsJson")), (String) c.get("sourceFile"),
                credentialId);
        Item i = Json.row(without(c, "assessmentType", "sourceFile", "outcomes"), Item.class);
        return new Detail(i.credentialId(), i.title(), i.awardingBody(), i.issuerCountry(), i.language(), i.eqfLevel(), i.workloadEcts(),
                i.participationForm(), i.sourceFormat(), i.url(), i.missingElements(), skills, i.relevance(), i.relevancePercentile(), i.green(),
                i.greenSkillShare(), i.greenOccupationShare(), i.digital(), i.digitalSkillShare(), i.digitalOccupationShare(),
                (String) c.get("assessmentType"), (String) c.get("sourceFile"), (JsonNode) c.get("outcomes"), occupations,
                CredentialSources.elements(found.credential(), c),
                found.note() == null ? null : found.note() + ": only the elements the results keep are shown",
                Explain.credential(i.relevance(), i.relevancePercentile(), skills.size(), i.missingElements(), i.language()));
    }

    private static Map<String, Object> without(Map<String, Object> row, String... keys) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(row);
        for (String k : keys) out.remove(k);
        return out;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static double dbl(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }
}
