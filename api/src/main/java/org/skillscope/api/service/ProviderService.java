package org.skillscope.api.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.core.recommend.GapBundle;
import org.skillscope.core.recommend.LanguageVersions;
import org.skillscope.core.recommend.ProposedBundle;
import org.skillscope.core.recommend.ProviderProfile;
import org.skillscope.core.recommend.ProviderProposals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Views for training providers: who is in the catalogue, proposed new credentials, and the catalogue review. */
public final class ProviderService {
    private final Database db;
    private final EscoContext esco;

    /** An awarding body with how many credentials it has and their mean scores. */
    /** {@code scored}: its credentials the run read; the means are over those (null when it read none). */
    public record Provider(String provider, long credentials, long scored, Double meanRelevance, Double meanGreen, Double meanDigital) {}

    /**
     * Proposed new credentials ({@code proposalsFor} all: the run's bundles; provider: those closest to its catalogue) and,
     * for a provider, its {@code credentials}, how many of them the run read ({@code scored}: the proposals' "N of your M scored
     * credentials" are of those), its {@code courses} (language versions of one course counted once) and its weakest.
     */
    public record Recommendations(String provider, String proposalsFor, List<Proposal> proposed,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer credentials,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer scored,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer courses, List<Weak> weakest) {}

    /** A gap bundle as GET /api/gaps/bundles serves it, with its scope and, for a provider, how well it fits and why. */
    public record Proposal(String scopeType, String scope, int rankNo, long vacancies, long allTogether, double score, boolean green, boolean digital,
                           List<String> skills, List<String> labels, List<PolicyService.BundleOccupation> occupations,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double fit,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> sharedSkillGroups,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> sharedFields,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> sharedOccupations,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String why) {
        Proposal fitting(ProposedBundle p) {
            return new Proposal(scopeType, scope, rankNo, vacancies, allTogether, score, green, digital, skills, labels, occupations,
                    p.fit(), p.sharedGroups(), p.sharedFields(), p.sharedOccupations(), p.why());
        }
    }

    /** One of the provider's weakest courses (its most relevant language version), its other versions and why it is weak. */
    public record Weak(@JsonUnwrapped CredentialService.Item credential, List<Version> otherVersions, String why) {}

    /** Another language version of a course. */
    public record Version(String credentialId, String title, Double relevance) {}

    public ProviderService(Database db, EscoContext esco) {
        this.db = db;
        this.esco = esco;
    }

    /** Awarding bodies, most credentials first; {@code q} keeps those whose name contains it (any case). */
    public Listing<Provider> providers(String runId, String q) {
        if (q != null && q.length() > 200) throw ApiException.badRequest("q is at most 200 characters");
        String where = " FROM credentials WHERE run_id=? AND awarding_body IS NOT NULL" + (q == null ? "" : " AND LOWER(awarding_body) LIKE ? ESCAPE '!'");
        List<Object> params = q == null ? List.of(runId) : List.of(runId, Database.contains(q.strip()));
        return Listing.sql(db, Provider.class, List.of("provider", "credentials", "scored", "meanRelevance", "meanGreen", "meanDigital"),
                "SELECT COUNT(DISTINCT awarding_body)" + where, "SELECT awarding_body AS provider, COUNT(*) AS credentials, COUNT(relevance) AS scored, "
                + "AVG(relevance) AS mean_relevance, AVG(green) AS mean_green, AVG(digital) AS mean_digital" + where
                + " GROUP BY awarding_body ORDER BY COUNT(*) DESC, awarding_body", params);
    }

    /**
     * Without a provider, the run's top gap bundles overall (for policymakers). With one, the gap bundles
     * (overall and by country) closest to what its catalogue teaches, each with why, and its weakest
     * courses by relevance, the language versions of one course reported once, each with why it is weak.
     */
    public Recommendations recommendations(String runId, String provider, int proposals, int weakest) {
        if (provider == null || provider.isBlank()) {
            List<Proposal> bundles = db.query("SELECT scope_type, scope, rank_no, skills_json, labels_json, occupations_json, vacancies, "
                    + "all_together, score, green, digital FROM gap_bundles WHERE run_id=? AND scope_type='all' ORDER BY rank_no FETCH FIRST "
                    + proposals + " ROWS ONLY", runId).stream().map(r -> {
                        PolicyService.parseBundle(r);
                        return Json.row(r, Proposal.class);
                    }).toList();
            return new Recommendations(provider, "all", bundles, null, null, null, List.of());
        }
        if (provider.length() > 1000) throw ApiException.badRequest("provider is at most 1000 characters");
        String p = provider.strip().toLowerCase(Locale.ROOT);
        List<CredentialService.Item> catalogue = db.query("SELECT " + CredentialService.LIST_COLUMNS + " FROM credentials WHERE run_id=? "
                + "AND LOWER(awarding_body)=? ORDER BY credential_id", runId, p).stream().map(r -> Json.row(r, CredentialService.Item.class)).toList();
        if (catalogue.isEmpty()) throw ApiException.notFound("no credentials of provider '" + provider + "' in run " + runId);
        // the profile's shares are over the credentials the run read: one it could not read teaches nothing it knows of
        int scored = (int) catalogue.stream().filter(i -> i.relevance() != null).count();
        ProviderProfile profile = profile(runId, p, provider, scored);
        Map<String, Proposal> rows = new HashMap<>();
        List<ProposedBundle> ranked = ProviderProposals.rank(profile, bundles(runId, p, rows), esco::skillGroup, esco::occupationField, proposals);
        List<Proposal> proposed = ranked.stream().map(b -> rows.get(key(b.bundle().scopeType(), b.bundle().scope(), b.bundle().rank())).fitting(b)).toList();
        List<LanguageVersions.Course> courses = courses(provider, catalogue);
        return new Recommendations(provider, "provider", proposed, catalogue.size(), scored, courses.size(), weakest(courses, catalogue, weakest));
    }

    /**
     * Skill groups (via ESCO's hierarchy), fields of work and occupations of the provider's credentials, each
     * with how many credentials have it, and the skill groups of the whole catalogue of the run; {@code credentials}
     * and the catalogue's count are of the credentials the run read (scored).
     */
    private ProviderProfile profile(String runId, String p, String provider, int credentials) {
        Map<String, Set<String>> groups = new TreeMap<>(), catalogueGroups = new TreeMap<>();
        for (Map<String, Object> r : db.query("SELECT cs.credential_id, cs.skill_uri, LOWER(c.awarding_body) AS body FROM credential_skills cs "
                + "JOIN credentials c ON c.run_id=cs.run_id AND c.credential_id=cs.credential_id WHERE cs.run_id=?", runId)) {
            String g = esco.skillGroup((String) r.get("skillUri"));
            if (g == null) continue;
            String id = (String) r.get("credentialId");
            catalogueGroups.computeIfAbsent(g, k -> new HashSet<>()).add(id);
            if (p.equals(r.get("body"))) groups.computeIfAbsent(g, k -> new HashSet<>()).add(id);
        }
        Map<String, Set<String>> fields = new TreeMap<>(), occupations = new TreeMap<>();
        for (Map<String, Object> r : db.query("SELECT co.credential_id, co.occupation_uri FROM credential_occupations co JOIN credentials c "
                + "ON c.run_id=co.run_id AND c.credential_id=co.credential_id WHERE co.run_id=? AND LOWER(c.awarding_body)=?", runId, p)) {
            String uri = (String) r.get("occupationUri"), id = (String) r.get("credentialId");
            occupations.computeIfAbsent(uri, k -> new HashSet<>()).add(id);
            String f = esco.occupationField(uri);
            if (f != null) fields.computeIfAbsent(f, k -> new HashSet<>()).add(id);
        }
        int catalogue = (int) db.count("SELECT COUNT(relevance) FROM credentials WHERE run_id=?", runId);
        return new ProviderProfile(provider, credentials, counts(groups), catalogue, counts(catalogueGroups), counts(fields), counts(occupations));
    }

    private static Map<String, Integer> counts(Map<String, Set<String>> sets) {
        Map<String, Integer> out = new TreeMap<>();
        sets.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    /**
     * The gap bundles a provider could fill: overall, and by country: its issuer countries, or every
     * country when its credentials name none (online catalogues).
     */
    private List<GapBundle> bundles(String runId, String p, Map<String, Proposal> rows) {
        Set<String> countries = new TreeSet<>();
        for (Map<String, Object> r : db.query("SELECT DISTINCT issuer_country FROM credentials WHERE run_id=? AND LOWER(awarding_body)=? "
                + "AND issuer_country IS NOT NULL AND issuer_country<>''", runId, p)) countries.add((String) r.get("issuerCountry"));
        List<GapBundle> out = new ArrayList<>();
        for (Map<String, Object> r : db.query("SELECT scope_type, scope, rank_no, skills_json, labels_json, occupations_json, vacancies, "
                + "all_together, score, green, digital FROM gap_bundles WHERE run_id=? AND scope_type IN ('all', 'country') "
                + "ORDER BY scope_type, scope, rank_no", runId)) {
            if (r.get("scopeType").equals("country") && !countries.isEmpty() && !countries.contains((String) r.get("scope"))) continue;
            List<String> uris = new ArrayList<>(), labels = new ArrayList<>();
            List<Long> vacancies = new ArrayList<>();
            for (JsonNode o : Json.parse(r.get("occupationsJson"))) {
                uris.add(o.path("uri").asText());
                labels.add(o.path("label").asText());
                vacancies.add(o.path("vacancies").asLong());
            }
            out.add(new GapBundle((String) r.get("scopeType"), (String) r.get("scope"), ((Number) r.get("rankNo")).intValue(),
                    texts(Json.parse(r.get("skillsJson"))), texts(Json.parse(r.get("labelsJson"))), uris, labels, vacancies,
                    ((Number) r.get("vacancies")).longValue()));
            PolicyService.parseBundle(r);
            rows.put(key((String) r.get("scopeType"), (String) r.get("scope"), ((Number) r.get("rankNo")).intValue()), Json.row(r, Proposal.class));
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String key(String scopeType, String scope, int rank) {
        return scopeType + "|" + scope + "|" + rank;
    }

    private static List<LanguageVersions.Course> courses(String provider, List<CredentialService.Item> catalogue) {
        List<LanguageVersions.Offer> offers = catalogue.stream().map(c -> new LanguageVersions.Offer(c.credentialId(), c.title(), c.url(),
                c.relevance())).toList();
        return LanguageVersions.group(provider, offers);
    }

    /** The least relevant courses, each as its most relevant version, with its other language versions named. */
    private static List<Weak> weakest(List<LanguageVersions.Course> courses, List<CredentialService.Item> catalogue, int k) {
        Map<String, CredentialService.Item> byId = new HashMap<>();
        for (CredentialService.Item c : catalogue) byId.put(c.credentialId(), c);
        List<LanguageVersions.Course> weakFirst = new ArrayList<>(courses);
        Collections.reverse(weakFirst); // group() orders by the lead's relevance, best first, unscored last
        // the weakest scored courses first, then the unscored ones (their reason says why): a provider with many courses
        // that state no outcome still sees its weakest scored ones
        weakFirst.sort(Comparator.comparing(course -> course.lead().relevance() == null));
        List<Weak> out = new ArrayList<>();
        for (LanguageVersions.Course course : weakFirst.subList(0, Math.min(k, weakFirst.size()))) {
            CredentialService.Item c = byId.get(course.lead().id());
            List<Version> versions = course.versions().subList(1, course.versions().size()).stream()
                    .map(v -> new Version(v.id(), v.title(), v.relevance())).toList();
            out.add(new Weak(c, versions, weakness(c) + (versions.isEmpty() ? "" : "; " + versions.size() + " other language version"
                    + (versions.size() == 1 ? "" : "s") + " of this course, scored on this one")));
        }
        return out;
    }

    static String weakness(CredentialService.Item c) {
        long skills = c.skills();
        String missing = c.missingElements();
        StringBuilder sb = new StringBuilder();
        if (c.relevance() == null) sb.append(Explain.credential(null, null, 0, missing, c.language()));
        else if (skills == 0) sb.append("no learning outcome maps to an ESCO skill; rewrite the outcomes as concrete skills");
        else sb.append(String.format(Locale.ROOT, "relevance in the bottom %.0f %% of the catalogue: its %d skills are rarely asked for in vacancies",
                Math.max(c.relevancePercentile(), 1), skills));
        if (missing != null && !missing.isBlank()) sb.append("; missing standard elements: ").append(missing);
        return sb.toString();
    }
}
