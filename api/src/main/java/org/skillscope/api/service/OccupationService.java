package org.skillscope.api.service;

import org.skillscope.datasets.esco.EscoOccupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    public PageRequest.Page<Map<String, Object>> search(String runId, String q, PageRequest page) {
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
        PageRequest.Page<Hit> p = page.slice(hits);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Hit h : p.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", EscoContext.idOf(h.o().uri()));
            m.put("uri", h.o().uri());
            m.put("label", h.o().preferredLabel());
            m.put("code", h.o().code());
            m.put("vacancies", h.vacancies());
            m.put("essentialSkills", esco.graph().essentialSkills(h.o().uri()).size());
            items.add(m);
        }
        return page.of(items, p.total());
    }

    /** Vacancies per occupation in scope all. */
    public Map<String, Long> vacancies(String runId) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (Map<String, Object> r : db.query("SELECT occupation_uri, vacancies FROM occupation_demand WHERE run_id=? AND scope_type='all'", runId)) {
            out.put((String) r.get("occupationUri"), ((Number) r.get("vacancies")).longValue());
        }
        return out;
    }

    public Map<String, Object> detail(String runId, String idOrUri) {
        String uri = esco.occupationUri(idOrUri);
        EscoOccupation o = esco.esco().occupations().get(uri);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", EscoContext.idOf(uri));
        m.put("uri", uri);
        m.put("label", o.preferredLabel());
        m.put("code", o.code());
        m.put("iscoGroup", o.iscoGroup());
        m.put("description", o.description());
        m.put("altLabels", o.altLabels());
        m.put("essentialSkills", skillList(runId, esco.graph().essentialSkills(uri)));
        m.put("optionalSkills", skillList(runId, esco.graph().optionalSkills(uri)));
        m.put("demand", db.query("SELECT scope_type, scope, vacancies, scope_vacancies, share FROM occupation_demand "
                + "WHERE run_id=? AND occupation_uri=? ORDER BY scope_type, vacancies DESC, scope", runId, uri));
        m.put("credentials", db.query("SELECT co.credential_id, c.title, c.awarding_body, co.coverage, co.covered, co.essential, c.relevance "
                + "FROM credential_occupations co JOIN credentials c ON c.run_id=co.run_id AND c.credential_id=co.credential_id "
                + "WHERE co.run_id=? AND co.occupation_uri=? ORDER BY co.coverage DESC, c.relevance DESC, co.credential_id "
                + "FETCH FIRST 50 ROWS ONLY", runId, uri));
        return m;
    }

    List<Map<String, Object>> skillList(String runId, Set<String> uris) {
        Map<String, Map<String, Object>> demand = skills.demandAll(runId, List.copyOf(uris));
        List<Map<String, Object>> out = new ArrayList<>();
        for (String s : uris) {
            Map<String, Object> m = skills.summary(s);
            Map<String, Object> d = demand.get(s);
            m.put("vacancies", d == null ? 0L : d.get("vacancies"));
            m.put("share", d == null ? 0.0 : d.get("share"));
            m.put("credentialsTeaching", d == null ? 0 : d.get("credentialsTeaching"));
            out.add(m);
        }
        out.sort(Comparator.comparingLong((Map<String, Object> x) -> ((Number) x.get("vacancies")).longValue()).reversed()
                .thenComparing(x -> (String) x.get("label")));
        return out;
    }
}
