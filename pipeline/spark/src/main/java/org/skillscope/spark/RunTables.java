package org.skillscope.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.skillscope.core.demand.Coverage;
import org.skillscope.core.demand.DemandCalculator;
import org.skillscope.core.demand.DemandParams;
import org.skillscope.core.demand.Growth;
import org.skillscope.core.demand.GrowthWindows;
import org.skillscope.core.demand.Scope;
import org.skillscope.core.demand.ScopeTotals;
import org.skillscope.core.demand.SkillCount;
import org.skillscope.core.demand.SkillDemand;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.gap.CoOccurrence;
import org.skillscope.core.gap.GapFinder;
import org.skillscope.core.gap.GapParams;
import org.skillscope.core.gap.GapSkill;
import org.skillscope.core.gap.SkillBundle;
import org.skillscope.core.results.ResultTable;
import org.skillscope.core.results.TableRows;
import org.skillscope.core.score.AlignmentScore;
import org.skillscope.core.score.PreparedOccupation;
import org.skillscope.core.score.Reading;
import org.skillscope.core.score.RelevanceScore;
import org.skillscope.core.score.CredentialScorer;
import org.skillscope.core.score.RelevanceScorer;
import org.skillscope.core.score.SkillContribution;
import org.skillscope.core.score.Specificity;
import org.skillscope.core.score.TaughtSkills;
import org.skillscope.datasets.Clip;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.SkillHierarchy;
import org.skillscope.datasets.validation.Rejection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Stages 3-6 on the driver: the aggregates Spark computed go through the pure scoring functions of
 * pipeline/core and come out as the rows of the results tables. Everything is keyed in sorted maps
 * so the same inputs give the same rows in the same order.
 */
final class RunTables {
    /** Scopes smaller than this get demand rows but no gap analysis of their own. */
    static final long MIN_GAP_SCOPE = 20;
    static final int BUNDLES_PER_SCOPE = 10;
    static final StructType SCOPE_SKILL = new StructType().add("scope_type", DataTypes.StringType, false)
            .add("scope", DataTypes.StringType, false).add("skill_uri", DataTypes.StringType, false);
    static final StructType BUNDLE_MEMBER = new StructType().add("scope_type", DataTypes.StringType, false)
            .add("scope", DataTypes.StringType, false).add("rank_no", DataTypes.IntegerType, false)
            .add("skill_uri", DataTypes.StringType, false).add("size", DataTypes.IntegerType, false);
    static final StructType SKILL_ONLY = new StructType().add("skill_uri", DataTypes.StringType, false);
    static final StructType SKILL_GROUP = new StructType().add("skill_uri", DataTypes.StringType, false)
            .add("skill_group", DataTypes.StringType, false);
    /** Growth as stored: the rate and what it rests on (null cells when a scope has too few dated ads). */
    static final List<String> GROWTH = List.of("growth", "growth_clear", "growth_earlier_period", "growth_later_period", "growth_earlier_vacancies", "growth_later_vacancies", "growth_earlier_count", "growth_later_count");

    private final Esco esco;
    private final EscoGraph graph;
    private final SkillHierarchy hierarchy;
    private final Map<String, Credential> credentials = new TreeMap<>();
    private final Map<String, TaughtSkills> taught = new TreeMap<>();                // credential doc id -> its skills with evidence
    private final Map<Scope, ScopeTotals> totals = new TreeMap<>();
    private final Map<Scope, Map<String, SkillDemand>> demand = new TreeMap<>();
    private final Map<String, Long> occupationVacancies = new TreeMap<>();           // scope all
    private final Map<Scope, List<GapSkill>> gaps = new TreeMap<>();
    private final Map<Scope, List<List<String>>> pendingBundles = new TreeMap<>();   // members, until Spark totals them
    private final Map<Scope, List<SkillBundle>> bundles = new TreeMap<>();

    // each table's columns are those of its record (core.results.ResultRows), in the order the rows below fill them
    private final TableRows skillDemand = TableRows.of(ResultTable.SKILL_DEMAND);
    private final TableRows monthly = TableRows.of(ResultTable.SKILL_DEMAND_MONTHLY);
    private final TableRows occupationDemand = TableRows.of(ResultTable.OCCUPATION_DEMAND);
    private final TableRows credentialRows = TableRows.of(ResultTable.CREDENTIALS);
    private final TableRows credentialSkillRows = TableRows.of(ResultTable.CREDENTIAL_SKILLS);
    private final TableRows credentialOccupationRows = TableRows.of(ResultTable.CREDENTIAL_OCCUPATIONS);
    private final TableRows gapRows = TableRows.of(ResultTable.GAPS);
    private final TableRows bundleRows = TableRows.of(ResultTable.GAP_BUNDLES);
    private final TableRows transitionRows = TableRows.of(ResultTable.TRANSITION_SUMMARY);
    private final TableRows groupRows = TableRows.of(ResultTable.SKILL_GROUP_SUMMARY);
    private TableRows vacancyRows = TableRows.of(ResultTable.VACANCIES);
    private TableRows vacancySkillRows = TableRows.of(ResultTable.VACANCY_SKILLS);
    private TableRows sentenceRows = TableRows.of(ResultTable.EVIDENCE_SENTENCES);
    private final TableRows quarantineRows = TableRows.of(ResultTable.QUARANTINE);
    private final UnaryOperator<String> inputName;
    private final Function<Credential, Reading> reading;
    private final DemandParams demandParams;
    private final GrowthWindows windows;

    /** A row whose cells are {@code before}, the {@link #GROWTH} columns, then {@code after}. */
    private static Object[] row(List<Object> before, Growth g, Object... after) {
        List<Object> cells = new ArrayList<>(before);
        if (g == null) cells.addAll(java.util.Collections.nCopies(GROWTH.size(), null));
        else cells.addAll(java.util.Arrays.asList(g.rate(), g.clear(), g.earlierPeriod(), g.laterPeriod(), g.earlierVacancies(),
                g.laterVacancies(), g.earlierCount(), g.laterCount()));
        cells.addAll(java.util.Arrays.asList(after));
        return cells.toArray();
    }

    /**
     * Input files named by their path below the folder all inputs share, so a run's rows do not depend on
     * where the data sit, nor on the temporary folder the bundled sample is copied to (the runs table keeps
     * the full paths with their SHA-256).
     */
    static UnaryOperator<String> inputNames(List<Path> inputs) {
        List<Path> files = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Path base = files.isEmpty() ? null : files.get(0).getParent();
        while (base != null && !everyStartsWith(files, base)) base = base.getParent();
        Path shared = base == null || base.getParent() == null ? null : base; // sharing only the root: full paths
        return file -> {
            if (file == null || shared == null) return file;
            Path p = Path.of(file).toAbsolutePath().normalize();
            return p.startsWith(shared) ? shared.relativize(p).toString().replace('\\', '/') : file;
        };
    }

    private static boolean everyStartsWith(List<Path> files, Path base) {
        return files.stream().allMatch(f -> f.startsWith(base));
    }

    RunTables(Esco esco, List<Credential> credentialList, Predicate<Credential> languageCovered, UnaryOperator<String> inputName,
              DemandParams demandParams, GrowthWindows windows) {
        this.esco = esco;
        this.inputName = inputName;
        this.demandParams = demandParams;
        this.windows = windows;
        this.graph = new EscoGraph(esco);
        this.hierarchy = SkillHierarchy.of(esco);
        for (Credential c : credentialList) credentials.putIfAbsent(DocId.credential(c), c);
        Map<Credential, Reading> read = new java.util.IdentityHashMap<>();
        for (Credential c : credentials.values()) read.put(c, Reading.of(c, languageCovered.test(c), graph::isSkill));
        this.reading = read::get;
    }

    // ---- credentials' skills -------------------------------------------------------------------------

    /** Rows (doc_id, skill_uri, confidence, evidence_unit, evidence_label, label) plus what sources declared. */
    void credentialSkills(List<Row> rows) {
        for (Row r : rows) {
            taught.computeIfAbsent(r.getAs("doc_id"), k -> new TaughtSkills()).asserted(r.getAs("skill_uri"), r.getAs("label"),
                    r.<Double>getAs("confidence"), r.getAs("evidence_unit"), r.getAs("evidence_label"));
        }
        credentials.forEach((id, c) -> TaughtSkills.declaredBy(c, graph)
                .forEach(d -> taught.computeIfAbsent(id, k -> new TaughtSkills()).declared(d)));
    }

    Set<String> taughtAnywhere() {
        Set<String> s = new TreeSet<>();
        taught.values().forEach(m -> s.addAll(m.entries().keySet()));
        return s;
    }

    String escoVersion() {
        return esco.version();
    }

    long credentialSkillCount() {
        return taught.values().stream().mapToLong(t -> t.entries().size()).sum();
    }

    long distinctSkillsMapped() {
        Set<String> s = new HashSet<>(taughtAnywhere());
        demand.getOrDefault(Scope.ALL, Map.of()).keySet().forEach(s::add);
        return s.size();
    }

    // ---- demand --------------------------------------------------------------------------------------

    void demand(List<Row> totalRows, List<Row> mixRows, List<Row> countRows, List<Row> monthlyRows, List<Row> monthTotalRows, List<Row> occRows) {
        Map<Scope, Map<String, Long>> earlyMix = new TreeMap<>(), lateMix = new TreeMap<>();
        for (Row r : mixRows) {
            (r.<String>getAs("half").equals("E") ? earlyMix : lateMix).computeIfAbsent(scopeOf(r), k -> new TreeMap<>())
                    .put(r.getAs("stratum"), r.<Long>getAs("vacancies"));
        }
        for (Row r : totalRows) {
            Scope key = scopeOf(r);
            totals.put(key, new ScopeTotals(key.key(), r.<Long>getAs("vacancies"), r.<Long>getAs("dated"), r.<Long>getAs("early"), r.<Long>getAs("late"),
                    ScopeTotals.mixShift(earlyMix.getOrDefault(key, Map.of()), lateMix.getOrDefault(key, Map.of()))));
        }
        Map<Scope, List<SkillCount>> counts = new TreeMap<>();
        for (Row r : countRows) {
            counts.computeIfAbsent(scopeOf(r), k -> new ArrayList<>())
                    .add(new SkillCount(r.getAs("skill_uri"), r.<Long>getAs("vacancies"), r.<Long>getAs("early"), r.<Long>getAs("late"), r.<Long>getAs("inferred")));
        }
        ScopeTotals all = totals.getOrDefault(Scope.ALL, new ScopeTotals(Scope.ALL.key(), 0, 0, 0, 0, 0));
        Map<String, Double> prior = DemandCalculator.shares(counts.getOrDefault(Scope.ALL, List.of()), all.vacancies());
        Set<String> taughtSkills = taughtAnywhere();
        Map<String, Integer> teaching = new TreeMap<>();
        taught.values().forEach(m -> m.entries().keySet().forEach(s -> teaching.merge(s, 1, Integer::sum)));
        for (Map.Entry<Scope, List<SkillCount>> e : counts.entrySet()) {
            ScopeTotals t = totals.get(e.getKey());
            Map<String, SkillDemand> d = DemandCalculator.compute(t, e.getValue(), prior, windows, demandParams);
            demand.put(e.getKey(), d);
            Scope st = e.getKey();
            for (SkillDemand sd : d.values()) {
                String uri = sd.skillUri();
                skillDemand.add(row(java.util.Arrays.asList(st.type(), st.value(), uri, graph.skillLabel(uri), sd.vacancies(), sd.scopeVacancies(), sd.share(), sd.shrunkShare()),
                        sd.growth(), Specificity.of(graph.reuseLevel(uri)), group(uri), graph.isGreen(uri), graph.isDigital(uri),
                        teaching.getOrDefault(uri, 0), sd.inferredVacancies()));
            }
        }
        Map<Scope, Map<String, Long>> monthTotal = new TreeMap<>(); // scope -> month -> vacancies
        for (Row r : monthTotalRows) monthTotal.computeIfAbsent(scopeOf(r), k -> new TreeMap<>()).put(r.getAs("ym"), r.<Long>getAs("vacancies"));
        List<Row> sortedMonthly = new ArrayList<>(monthlyRows);
        sortedMonthly.sort(java.util.Comparator.comparing(RunTables::scopeOf).thenComparing(r -> r.<String>getAs("skill_uri"))
                .thenComparing(r -> r.<String>getAs("ym")));
        for (Row r : sortedMonthly) {
            Scope scope = scopeOf(r);
            String ym = r.getAs("ym");
            monthly.add(scope.type(), scope.value(), r.getAs("skill_uri"), ym, r.<Long>getAs("vacancies"),
                    monthTotal.getOrDefault(scope, Map.of()).getOrDefault(ym, 0L));
        }
        List<Row> sortedOcc = new ArrayList<>(occRows);
        sortedOcc.sort(java.util.Comparator.comparing(RunTables::scopeOf).thenComparing(r -> r.<String>getAs("occupation_uri")));
        for (Row r : sortedOcc) {
            Scope key = scopeOf(r);
            long scopeN = totals.containsKey(key) ? totals.get(key).vacancies() : 0;
            String occupation = r.getAs("occupation_uri");
            long n = r.getAs("vacancies");
            occupationDemand.add(key.type(), key.value(), occupation, graph.occupationLabel(occupation), n, scopeN, scopeN == 0 ? 0.0 : (double) n / scopeN);
            if (key.equals(Scope.ALL)) occupationVacancies.put(occupation, n);
        }
    }

    long demandRows() {
        return skillDemand.rows().size();
    }

    int scopeCount() {
        return totals.size();
    }

    /** Scopes with enough dated ads in both growth windows whose mix of countries and sources changed too much for growth. */
    Map<Scope, Double> mixShifted() {
        Map<Scope, Double> out = new TreeMap<>();
        totals.forEach((k, t) -> {
            if (DemandCalculator.enoughDated(t, windows, demandParams) && !DemandCalculator.growthGiven(t, windows, demandParams)) {
                out.put(k, t.mixShift());
            }
        });
        return out;
    }

    /** Vacancies per scope. */
    Map<Scope, Long> scopeVacancies() {
        Map<Scope, Long> out = new TreeMap<>();
        totals.forEach((k, t) -> out.put(k, t.vacancies()));
        return out;
    }

    private String group(String skillUri) {
        return hierarchy.pillarGroup(skillUri).map(n -> n.preferredLabel()).orElse(null);
    }

    List<Row> skillsOf(boolean green) {
        Set<String> uris = new TreeSet<>();
        for (String s : esco.skills().keySet()) if (green ? graph.isGreen(s) : graph.isDigital(s)) uris.add(s);
        return uris.stream().map(u -> (Row) RowFactory.create(u)).toList();
    }

    List<Row> skillGroupRows() {
        List<Row> rows = new ArrayList<>();
        for (String s : esco.skills().keySet()) {
            String g = group(s);
            if (g != null) rows.add(RowFactory.create(s, g));
        }
        return rows;
    }

    /** Green/digital shares of demand (vacancies asking for any such skill) and supply (credentials teaching any). */
    void transition(List<Row> greenVacancies, List<Row> digitalVacancies) {
        Map<Scope, Long> g = new TreeMap<>(), d = new TreeMap<>();
        greenVacancies.forEach(r -> g.put(scopeOf(r), r.<Long>getAs("vacancies")));
        digitalVacancies.forEach(r -> d.put(scopeOf(r), r.<Long>getAs("vacancies")));
        for (Map.Entry<Scope, ScopeTotals> e : totals.entrySet()) {
            Scope st = e.getKey();
            long n = e.getValue().vacancies(), gn = g.getOrDefault(e.getKey(), 0L), dn = d.getOrDefault(e.getKey(), 0L);
            transitionRows.add("demand", st.type(), st.value(), n, gn, dn, n == 0 ? 0.0 : (double) gn / n, n == 0 ? 0.0 : (double) dn / n);
        }
        Map<Scope, long[]> supply = new TreeMap<>(); // scope -> items, green, digital
        for (Map.Entry<String, Credential> e : credentials.entrySet()) {
            if (!reading.apply(e.getValue()).read()) continue;   // what it teaches is unknown, not "nothing green"
            Set<String> skills = taught.getOrDefault(e.getKey(), new TaughtSkills()).entries().keySet();
            boolean green = skills.stream().anyMatch(graph::isGreen), digital = skills.stream().anyMatch(graph::isDigital);
            String country = e.getValue().issuerCountry();
            for (Scope scope : country == null ? List.of(Scope.ALL) : List.of(Scope.ALL, Scope.country(country))) {
                long[] a = supply.computeIfAbsent(scope, k -> new long[3]);
                a[0]++;
                if (green) a[1]++;
                if (digital) a[2]++;
            }
        }
        supply.forEach((scope, a) -> {
            transitionRows.add("supply", scope.type(), scope.value(), a[0], a[1], a[2], (double) a[1] / a[0], (double) a[2] / a[0]);
        });
    }

    /** Rows (scope_type, scope, skill_group, vacancies): supply vs demand per top-level skill group. */
    void skillGroups(List<Row> rows) {
        Map<String, Integer> supply = new TreeMap<>();
        for (TaughtSkills m : taught.values()) {
            Set<String> groups = new TreeSet<>();
            m.entries().keySet().forEach(s -> { String g = group(s); if (g != null) groups.add(g); });
            groups.forEach(g -> supply.merge(g, 1, Integer::sum));
        }
        int nCred = Math.max(1, (int) credentials.values().stream().filter(c -> reading.apply(c).read()).count());
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(RunTables::scopeOf).thenComparing(r -> r.<String>getAs("skill_group")));
        Set<String> seenAll = new TreeSet<>();
        for (Row r : sorted) {
            Scope key = scopeOf(r);
            long n = totals.containsKey(key) ? totals.get(key).vacancies() : 0;
            String group = r.getAs("skill_group");
            long asking = r.getAs("vacancies");
            int sup = supply.getOrDefault(group, 0);
            groupRows.add(key.type(), key.value(), group, asking, n == 0 ? 0.0 : (double) asking / n, sup, (double) sup / nCred);
            if (key.equals(Scope.ALL)) seenAll.add(group);
        }
        // groups taught but never asked for still belong in a supply-vs-demand view
        supply.forEach((g, sup) -> {
            if (!seenAll.contains(g)) groupRows.add(Scope.ALL.type(), Scope.ALL.value(), g, 0L, 0.0, sup, (double) sup / nCred);
        });
    }

    // ---- credential scores ---------------------------------------------------------------------------

    void scoreCredentials() {
        Map<String, SkillDemand> all = demand.getOrDefault(Scope.ALL, Map.of());
        Map<String, CredentialScorer.Scores> scored = new TreeMap<>();
        for (String id : credentials.keySet()) {
            scored.put(id, CredentialScorer.score(taught.getOrDefault(id, new TaughtSkills()), all, graph, esco.version()));
        }
        // the percentile places a credential among those the run read: one it could not read has no score to rank
        double[] scores = scored.entrySet().stream().filter(e -> reading.apply(credentials.get(e.getKey())).read())
                .mapToDouble(e -> e.getValue().relevance().score()).toArray();
        for (Map.Entry<String, Credential> e : credentials.entrySet()) {
            String id = e.getKey();
            Credential c = e.getValue();
            CredentialScorer.Scores sc0 = scored.get(id);
            List<PreparedOccupation> occ = sc0.occupations();
            AlignmentScore green = sc0.green(), digital = sc0.digital();
            RelevanceScore r = sc0.relevance();
            boolean read = reading.apply(c).read();
            credentialRows.add(c.id(), c.title(), c.awardingBody(), c.issuerCountry(), c.language(), c.eqfLevel(), c.workloadEcts(),
                    c.participationForm(), c.assessmentType(), c.sourceFormat(), inputName.apply(c.sourceFile()), c.url(),
                    Exports.json(c.outcomeTexts()), org.skillscope.datasets.credential.CredentialValidator.missingMandatoryColumns(c), r.breakdown().size(),
                    read ? r.score() : null, read ? RelevanceScorer.percentile(r.score(), scores) : null,
                    read ? green.score() : null, read ? green.skillShare() : null, read ? green.occupationShare() : null,
                    read ? digital.score() : null, read ? digital.skillShare() : null, read ? digital.occupationShare() : null);
            Map<String, TaughtSkills.Entry> rows = taught.getOrDefault(id, new TaughtSkills()).entries();
            for (SkillContribution sc : r.breakdown()) {
                TaughtSkills.Entry t = rows.get(sc.skillUri());
                credentialSkillRows.add(row(java.util.Arrays.asList(c.id(), sc.skillUri(), sc.label(), sc.confidence(), t.declared(), clip(t.evidence()),
                        t.evidenceLabel(), sc.vacancies(), sc.share(), sc.shrunkShare()), sc.growth(), sc.specificity(), sc.contribution(),
                        graph.isGreen(sc.skillUri()), graph.isDigital(sc.skillUri())));
            }
            for (PreparedOccupation o : occ) {
                credentialOccupationRows.add(c.id(), o.occupationUri(), o.label(), o.coverage(), o.coveredSkills().size(), o.essentialSkills(),
                        occupationVacancies.getOrDefault(o.occupationUri(), 0L));
            }
        }
    }

    /** The warning naming the credentials the run could not read, if any. */
    java.util.Optional<Coverage.Warning> credentialsNotRead() {
        Map<Reading, Long> n = credentials.values().stream().collect(java.util.stream.Collectors.groupingBy(reading, java.util.stream.Collectors.counting()));
        return Coverage.credentialsNotRead(n.getOrDefault(Reading.NO_OUTCOMES, 0L), n.getOrDefault(Reading.LANGUAGE, 0L), credentials.size());
    }

    /** The longest text a results cell keeps (evidence, sentences). */
    static final int MAX_CELL = 4000;

    static String clip(String s) {
        return Clip.clip(s, MAX_CELL);
    }

    // ---- gaps ----------------------------------------------------------------------------------------

    void gaps() {
        Set<String> taughtSkills = taughtAnywhere();
        for (Map.Entry<Scope, Map<String, SkillDemand>> e : demand.entrySet()) {
            Scope st = e.getKey();
            if (totals.get(st).vacancies() < MIN_GAP_SCOPE) continue;
            List<GapSkill> g = GapFinder.gaps(st.value(), e.getValue(), taughtSkills, graph, GapParams.DEFAULTS);
            gaps.put(e.getKey(), g);
            int rank = 0;
            for (GapSkill s : g) {
                gapRows.add(row(java.util.Arrays.asList(st.type(), st.value(), ++rank, s.skillUri(), s.label(), s.vacancies(), s.share(), s.shrunkShare()), s.growth(),
                        s.specificity(), s.gapScore(), s.green(), s.digital(), s.reason(), e.getValue().get(s.skillUri()).inferredVacancies()));
            }
        }
    }

    /** (scope_type, scope, skill_uri): the gap skills of each scope that gets bundles (overall and by country). */
    List<Row> gapSkillRows() {
        List<Row> rows = new ArrayList<>();
        gaps.forEach((k, v) -> {
            if (bundled(k.type())) v.forEach(g -> rows.add(RowFactory.create(k.type(), k.value(), g.skillUri())));
        });
        return rows;
    }

    /** The scope of a row that starts with the columns (scope_type, scope). */
    private static Scope scopeOf(Row r) {
        return new Scope(r.getAs("scope_type"), r.getAs("scope"));
    }

    /** The scope types whose gaps are bundled. */
    static final String[] BUNDLED = {"all", "country"};

    static boolean bundled(String scopeType) {
        return java.util.Arrays.asList(BUNDLED).contains(scopeType);
    }

    /**
     * Chooses each scope's bundles from counts: rows (scope_type, scope, skill_uri, vacancies) and
     * (scope_type, scope, a, b, vacancies). Returns their members as (scope_type, scope, rank_no, skill_uri, size)
     * for Spark to total; {@link #bundles(List)} takes the totals.
     */
    List<Row> bundleMembers(List<Row> singles, List<Row> pairs) {
        Map<Scope, CoOccurrence> co = new TreeMap<>();
        for (Row r : singles) co.computeIfAbsent(scopeOf(r), k -> new CoOccurrence()).addSingle(r.getAs("skill_uri"), r.<Long>getAs("vacancies"));
        for (Row r : pairs) co.computeIfAbsent(scopeOf(r), k -> new CoOccurrence())
                .addPair(r.getAs("a"), r.getAs("b"), r.<Long>getAs("vacancies"));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Scope, List<GapSkill>> e : gaps.entrySet()) {
            Scope st = e.getKey();
            if (!bundled(st.type()) || !co.containsKey(e.getKey())) continue;
            List<List<String>> members = GapFinder.bundleMembers(e.getValue(), co.get(e.getKey()), GapParams.DEFAULTS, BUNDLES_PER_SCOPE);
            pendingBundles.put(e.getKey(), members);
            for (int i = 0; i < members.size(); i++) {
                for (String m : members.get(i)) rows.add(RowFactory.create(st.type(), st.value(), i + 1, m, members.get(i).size()));
            }
        }
        return rows;
    }

    /** The bundles chosen by {@link #bundleMembers}, given rows (scope_type, scope, rank_no, any, all). */
    void bundles(List<Row> totals) {
        Map<Scope, Map<Integer, long[]>> byBundle = new TreeMap<>(); // scope -> rank -> (any, all)
        for (Row r : totals) byBundle.computeIfAbsent(scopeOf(r), k -> new TreeMap<>()).put(r.<Integer>getAs("rank_no"), new long[] {r.<Long>getAs("any"), r.<Long>getAs("all")});
        for (Map.Entry<Scope, List<List<String>>> e : pendingBundles.entrySet()) {
            Scope st = e.getKey();
            List<SkillBundle> b = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                long[] n = byBundle.getOrDefault(st, Map.of()).get(i + 1);
                if (n == null) throw new IllegalStateException("no vacancy totals for bundle " + (i + 1) + " of " + e.getKey());
                b.add(GapFinder.bundle(st.value(), e.getValue().get(i), gaps.get(e.getKey()), n[0], n[1]));
            }
            bundles.put(e.getKey(), b);
            int rank = 0;
            for (SkillBundle x : b) {
                List<String> occ = GapFinder.occupationsServed(x, graph, 5);
                // a LinkedHashMap, not Map.of: Map.of's order changes from JVM to JVM, and so would the JSON
                List<Map<String, Object>> occJson = occ.stream().map(o -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("uri", o);
                    m.put("label", graph.occupationLabel(o));
                    m.put("vacancies", occupationVacancies.getOrDefault(o, 0L));
                    return m;
                }).toList();
                bundleRows.add(st.type(), st.value(), ++rank, Exports.json(x.skillUris()), Exports.json(x.labels()),
                        Exports.json(occJson), x.vacancies(), x.allTogether(), x.score(), x.green(), x.digital());
            }
        }
    }

    int gapCount() {
        return gapRows.rows().size();
    }

    int bundleCount() {
        return bundleRows.rows().size();
    }

    // ---- vacancies and quarantine ----------------------------------------------------------------------

    /**
     * The per-vacancy tables, as rows in table order (vacancy id, then skill) that Spark streams when
     * they are read: the driver never holds them. Quarantine rows from the rejects, in read order.
     */
    void vacancies(List<Object[]> vacancies, List<Object[]> vacancySkills, List<Object[]> sentences, Collection<Rejection> rejected) {
        vacancyRows = new TableRows(vacancyRows.table(), vacancyRows.columns(), vacancies);
        vacancySkillRows = new TableRows(vacancySkillRows.table(), vacancySkillRows.columns(), vacancySkills);
        sentenceRows = new TableRows(sentenceRows.table(), sentenceRows.columns(), sentences);
        int seq = 0;
        for (Rejection r : rejected) quarantineRows.add(++seq, inputName.apply(r.file()), r.line(), r.field(), r.reason());
    }

    List<TableRows> all() {
        return List.of(credentialRows, credentialSkillRows, credentialOccupationRows, vacancyRows, vacancySkillRows, sentenceRows, skillDemand, monthly,
                occupationDemand, groupRows, gapRows, bundleRows, transitionRows, quarantineRows);
    }
}
