package org.skillscope.api.service;

import org.skillscope.core.match.SkillMatch;
import org.skillscope.datasets.esco.EscoOccupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** ESCO occupations: search, and one occupation with its essential/optional skills and its demand. */
public final class OccupationService {
    private final Database db;
    private final EscoContext esco;
    private final SkillService skills;

    public OccupationService(Database db, EscoContext esco, SkillService skills) {
        this.db = db;
        this.esco = esco;
        this.skills = skills;
    }

    /** An occupation a text may mean: {@code score} is 1 for an exact label, else the matcher's cosine with {@code matchedLabel}. */
    public record Candidate(String uri, String label, double score, String matchedLabel) {}

    /**
     * What a text resolved to, whether that is sure (an exact label, or the matcher's best match above its
     * threshold) or a best guess the user should check among the {@code alternatives}.
     */
    public record Resolution(Candidate occupation, boolean sure, List<Candidate> alternatives) {}

    /** An occupation as the API names a candidate: {@code score} 1 for an exact label, else the matcher's cosine with {@code matchedLabel}. */
    public record Ref(String id, String uri, String label, double score, String matchedLabel) {}

    /** An occupation in a search, with its vacancies in scope all. */
    public record Item(String id, String uri, String label, String code, long vacancies, int essentialSkills) {}

    /** One occupation: its skills with their demand, its demand by scope, the first 50 credentials preparing for it and how many vacancies map to it. */
    public record Detail(String id, String uri, String label, String code, String iscoGroup, String description, List<String> altLabels,
                         List<SkillService.Demanded> essentialSkills, List<SkillService.Demanded> optionalSkills, List<ScopeDemand> demand,
                         List<Credential> credentials, long credentialsTotal, long vacancies) {}

    /** The occupation's demand in one scope. */
    public record ScopeDemand(String scopeType, String scope, long vacancies, long scopeVacancies, double share) {}

    /** A vacancy whose title maps to the occupation; {@code skills} how many skills it asks for. */
    public record Vacancy(String vacancyId, String title, String country, String region, String ym, String sector, String language, String source,
                          Double occupationScore, int skills) {}

    /** A credential preparing for the occupation: {@code covered} of its {@code essential} skills. */
    public record Credential(String credentialId, String title, String awardingBody, double coverage, int covered, int essential, double relevance) {}

    public static final int ALTERNATIVES = 5;
    /**
     * The cosine below which the matcher's best occupation is no guess at all: on ESCO 1.1.1, gibberish and
     * attack strings score 0.3-0.45, a single vague word ("web") about 0.64, a real title 0.75 and more.
     */
    public static final double MIN_SCORE = 0.6;
    public static final int MAX_OCCUPATION_CHARS = 200;
    private static final Pattern UUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private volatile Map<String, List<Candidate>> exactLabels;

    /**
     * An ESCO occupation from a URI, an id or words (a label, an alternative label, a job title). An
     * exact preferred, alternative or hidden label (any case) wins, preferred first; else the occupation
     * matcher the job maps vacancy titles with decides: its best match is sure above the matcher's
     * threshold (the cosine from which a title's match is taken as sure), a guess from {@link #MIN_SCORE},
     * and below that a 404 that carries the closest occupations as {@code suggestions} and the request
     * {@code field} the text came from.
     */
    public Resolution resolve(String text, String field) {
        if (text == null || text.isBlank()) throw ApiException.badRequest(field + " is empty");
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_OCCUPATION_CHARS) throw ApiException.badRequest("an occupation is at most " + MAX_OCCUPATION_CHARS + " characters");
        List<Candidate> candidates = new ArrayList<>(exactLabels().getOrDefault(t.toLowerCase(Locale.ROOT), List.of()));
        if (candidates.isEmpty() && (t.contains("://") || UUID.matcher(t).matches())) {
            String uri = esco.occupationUri(t);
            String label = esco.graph().occupationLabel(uri);
            return new Resolution(new Candidate(uri, label, 1.0, label), true, List.of());
        }
        boolean sure = !candidates.isEmpty();
        List<SkillMatch> matches = esco.occupationMatcher().match(t);
        if (!sure && !matches.isEmpty()) sure = matches.get(0).asserted();
        for (SkillMatch m : matches) {
            if (candidates.stream().noneMatch(c -> c.uri().equals(m.uri()))) {
                candidates.add(new Candidate(m.uri(), m.label(), m.confidence(), m.evidence() == null ? m.label() : m.evidence().matchedLabel()));
            }
        }
        if (!sure) {
            // words in another language with ESCO occupation labels: its own title index, at the job's floor
            String lang = esco.detectLanguage(t);
            if (lang != null && !lang.equals("en") && esco.languages().supports(lang)) {
                org.skillscope.core.lang.TitleMatch m = esco.languages().occupation(lang, t);
                if (m != null && m.score() >= org.skillscope.core.lang.Multilingual.MIN_TITLE_SCORE) {
                    candidates.removeIf(c -> c.uri().equals(m.uri()));
                    candidates.add(0, new Candidate(m.uri(), esco.graph().occupationLabel(m.uri()), m.score(), m.matchedLabel()));
                    sure = true;
                }
            }
        }
        List<Candidate> top = candidates.subList(0, Math.min(ALTERNATIVES + 1, candidates.size()));
        if (!sure && (candidates.isEmpty() || candidates.get(0).score() < MIN_SCORE)) {
            List<Candidate> suggestions = top.subList(0, Math.min(ALTERNATIVES, top.size()));
            String closest = suggestions.stream().map(c -> String.format(Locale.ROOT, "%s (%.2f)", c.label(), c.score())).toList().toString();
            throw ApiException.notFound(field + ": no ESCO occupation matches '" + (t.length() > 80 ? t.substring(0, 80) + "…" : t)
                    + "'; the closest are " + closest + ": pick one by its id").with("field", field)
                    .with("suggestions", suggestions.stream().map(OccupationService::ref).toList());
        }
        return new Resolution(top.get(0), sure, List.copyOf(top.subList(1, top.size())));
    }

    /** id, uri, label, score and matched label of a candidate, as the API shows it. */
    public static Ref ref(Candidate c) {
        return new Ref(EscoContext.idOf(c.uri()), c.uri(), c.label(), c.score(), c.matchedLabel());
    }

    /** Lower-cased labels to the occupations that have them: preferred labels first, then alternative, then hidden ones. */
    private Map<String, List<Candidate>> exactLabels() {
        Map<String, List<Candidate>> m = exactLabels;
        if (m != null) return m;
        Map<String, List<Candidate>> out = new java.util.HashMap<>();
        List<EscoOccupation> all = esco.esco().occupations().values().stream().sorted(Comparator.comparing(EscoOccupation::uri)).toList();
        for (int kind = 0; kind < 3; kind++) {
            for (EscoOccupation o : all) {
                List<String> labels = kind == 0 ? List.of(o.preferredLabel()) : kind == 1 ? o.altLabels() : o.hiddenLabels();
                for (String l : labels) {
                    if (l == null || l.isBlank()) continue;
                    List<Candidate> at = out.computeIfAbsent(l.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                    if (at.stream().noneMatch(c -> c.uri().equals(o.uri()))) at.add(new Candidate(o.uri(), o.preferredLabel(), 1.0, l.strip()));
                }
            }
        }
        exactLabels = out;
        return out;
    }

    public Listing<Item> search(String runId, String q) {
        if (q != null && q.length() > 200) throw ApiException.badRequest("q is at most 200 characters");
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        Map<String, Long> demand = vacancies(runId);
        record Hit(EscoOccupation o, int rank, long vacancies) {}
        List<Hit> hits = new ArrayList<>();
        for (EscoOccupation o : esco.esco().occupations().values()) {
            String pref = o.preferredLabel().toLowerCase(Locale.ROOT);
            int rank = needle.isEmpty() ? 0 : pref.equals(needle) ? 0 : pref.startsWith(needle) ? 1 : pref.contains(needle) ? 2
                    : o.altLabels().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle)) ? 3 : -1;
            if (rank >= 0) hits.add(new Hit(o, rank, demand.getOrDefault(o.uri(), 0L)));
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Comparator.comparingLong(Hit::vacancies).reversed())
                .thenComparing(h -> h.o().preferredLabel()).thenComparing(h -> h.o().uri()));
        return Listing.memory(List.of("id", "uri", "label", "code", "vacancies", "essentialSkills"), hits, chunk -> {
            List<Item> items = new ArrayList<>();
            for (Hit h : chunk) {
                items.add(new Item(EscoContext.idOf(h.o().uri()), h.o().uri(), h.o().preferredLabel(), h.o().code(), h.vacancies(),
                        esco.graph().essentialSkills(h.o().uri()).size()));
            }
            return items;
        });
    }

    /** The vacancies whose title the job mapped to an occupation, the surest match first. */
    public Listing<Vacancy> vacancyList(String runId, String idOrUri) {
        String uri = esco.occupationUri(idOrUri);
        return Listing.sql(db, Vacancy.class, List.of("vacancyId", "title", "country", "region", "ym", "sector", "language", "source", "occupationScore", "skills"),
                "SELECT COUNT(*) FROM vacancies WHERE run_id=? AND occupation_uri=?",
                "SELECT vacancy_id, title, country, region, ym, sector, language, source, occupation_score, skills FROM vacancies "
                + "WHERE run_id=? AND occupation_uri=? ORDER BY occupation_score DESC, vacancy_id", List.of(runId, uri));
    }

    /** The credentials preparing for an occupation: the most of its essential skills covered first. */
    public Listing<Credential> credentials(String runId, String idOrUri) {
        String uri = esco.occupationUri(idOrUri);
        return Listing.sql(db, Credential.class, List.of("credentialId", "title", "awardingBody", "coverage", "covered", "essential", "relevance"),
                "SELECT COUNT(*) FROM credential_occupations WHERE run_id=? AND occupation_uri=?",
                "SELECT co.credential_id, c.title, c.awarding_body, co.coverage, co.covered, co.essential, c.relevance "
                + "FROM credential_occupations co JOIN credentials c ON c.run_id=co.run_id AND c.credential_id=co.credential_id "
                + "WHERE co.run_id=? AND co.occupation_uri=? ORDER BY co.coverage DESC, c.relevance DESC, co.credential_id", List.of(runId, uri));
    }

    /** Vacancies per occupation in scope all. */
    public Map<String, Long> vacancies(String runId) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (Map<String, Object> r : db.query("SELECT occupation_uri, vacancies FROM occupation_demand WHERE run_id=? AND scope_type='all'", runId)) {
            out.put((String) r.get("occupationUri"), ((Number) r.get("vacancies")).longValue());
        }
        return out;
    }

    public Detail detail(String runId, String idOrUri) {
        String uri = esco.occupationUri(idOrUri);
        EscoOccupation o = esco.esco().occupations().get(uri);
        List<ScopeDemand> demand = db.query("SELECT scope_type, scope, vacancies, scope_vacancies, share FROM occupation_demand "
                + "WHERE run_id=? AND occupation_uri=? ORDER BY scope_type, vacancies DESC, scope", runId, uri).stream()
                .map(r -> Json.row(r, ScopeDemand.class)).toList();
        // the first 50; GET /api/occupations/{id}/credentials has them all
        return new Detail(EscoContext.idOf(uri), uri, o.preferredLabel(), o.code(), o.iscoGroup(), o.description(), o.altLabels(),
                skills.demanded(runId, esco.graph().essentialSkills(uri)), skills.demanded(runId, esco.graph().optionalSkills(uri)), demand,
                credentials(runId, uri).page(new PageRequest(1, 50)).items(),
                db.count("SELECT COUNT(*) FROM credential_occupations WHERE run_id=? AND occupation_uri=?", runId, uri),
                db.count("SELECT COUNT(*) FROM vacancies WHERE run_id=? AND occupation_uri=?", runId, uri));
    }
}
