package org.skillscope.api;

import io.javalin.Javalin;
import org.skillscope.api.service.EscoContext;
import org.skillscope.core.demand.Growth;
import org.skillscope.core.demand.GrowthWindows;
import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.results.ResultTable;
import org.skillscope.core.results.ResultsStore;
import org.skillscope.core.results.TableRows;
import org.skillscope.core.results.TestDatabases;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoSample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made published run over the ESCO sample, written through {@link ResultsStore} with the tables and
 * columns of the results records ({@link ResultTable}, as the Spark job's RunTables), into a fresh database
 * (an in-memory H2, or a PostgreSQL schema: {@link TestDatabases}).
 * Two published runs (run-1 older with one credential, run-2 the latest) and one still running.
 *
 * <p>run-2: web developer's 21 essential skills (sorted URIs) are W0..W20. Credentials:
 * cred-web teaches W0-W5 (relevance 72.5), cred-db W4-W8 (40), cred-solar the green skill
 * "install photovoltaic systems" (10), and a badge whose id is a URL teaches nothing (0).
 * Demand (all, 200 vacancies): W0..W11 with 100-5i vacancies each, plus the solar skill 30.
 * Gaps (all): W9, W10, W11 and the green "mount photovoltaic panels"; (country DK): W9.
 */
final class RunFixture {
    static final String WEB_DEVELOPER = "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";
    static final String SOLAR_TECHNICIAN = "http://data.europa.eu/esco/occupation/75b63949-1b93-4bf2-a777-ccf978dc3e8a";
    static final String INSTALL_PV = "http://data.europa.eu/esco/skill/18d3f89a-6ac5-4ca6-bf93-0baec4e13bcd";
    static final String MOUNT_PV = "http://data.europa.eu/esco/skill/08a5f6dd-d3dd-4371-9919-6d730f34499c";
    static final String BADGE_ID = "https://badges.example.org/achievements/42";

    final String jdbcUrl;
    final List<String> w;

    private RunFixture(String jdbcUrl, List<String> w) {
        this.jdbcUrl = jdbcUrl;
        this.w = w;
    }

    /** The fixture's growth windows: 100 dated ads in each. */
    static final GrowthWindows WINDOWS = new GrowthWindows(YearMonth.of(2024, 1), YearMonth.of(2024, 7), YearMonth.of(2024, 12), 6);
    static final Object[] NO_GROWTH = new Object[8];

    /** The growth columns of k1 of 100 dated ads early and k2 of 100 late. */
    static Object[] growth(long k1, long k2) {
        Growth g = Growth.of(WINDOWS, 100, 100, k1, k2);
        return new Object[] {g.rate(), g.clear(), g.earlierPeriod(), g.laterPeriod(), 100L, 100L, k1, k2};
    }

    /** The cells, with the cells of any Object[] among them spliced in. */
    static Object[] flat(Object... cells) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object c : cells) {
            if (c instanceof Object[] a) out.addAll(java.util.Arrays.asList(a));
            else out.add(c);
        }
        return out.toArray();
    }

    static String memoryUrl() {
        return TestDatabases.fresh(TestDatabases.H2);
    }

    /** A migrated database of {@code kind} ({@link TestDatabases}) with no published run. */
    static String empty(String kind) {
        String url = TestDatabases.fresh(kind);
        new ResultsStore(url).migrate();
        return url;
    }

    static RunFixture publish(EscoGraph graph) {
        return publish(graph, TestDatabases.H2);
    }

    /** The runs in a fresh database of {@code kind}: H2, or PostgreSQL when one is given (else the test is skipped). */
    static RunFixture publish(EscoGraph graph, String kind) {
        return publishTo(TestDatabases.fresh(kind), graph);
    }

    /** The same runs into any (empty) database, e.g. an H2 file for the load benchmark. */
    static RunFixture publishTo(String url, EscoGraph graph) {
        ResultsStore store = new ResultsStore(url);
        store.migrate();
        List<String> w = List.copyOf(graph.essentialSkills(WEB_DEVELOPER));
        RunFixture f = new RunFixture(url, w);
        Esco esco = graph.esco();
        store.begin("run-1", esco.version(), esco.fingerprint(), "[]", "{}");
        store.publish("run-1", List.of(credentials().add("old-cred", "Old course", "Old School", "DK", "en", 4, 2.0, "onsite", "exam",
                "csv", "catalogue.csv", null, "[\"old outcome\"]", "", 0, 5.0, 50.0, 0.0, 0.0, null, 0.0, 0.0, null)),
                "{\"credentials\":1,\"vacancies\":0}", "{}", "old");
        store.begin("run-2", esco.version(), esco.fingerprint(), "[{\"file\":\"catalogue.csv\",\"sha256\":\"abc\"}]", "{\"shrinkage\":20}");
        store.publish("run-2", f.tables(graph), "{\"credentials\":4,\"vacancies\":200,\"rejected\":1,\"skillsMapped\":14,"
                        + "\"datedVacancies\":200,\"undatedVacancies\":0,\"mix\":{\"source\":{\"skillscope\":200},\"country\":{\"DK\":120,"
                        + "\"SE\":80},\"sector\":{\"ICT\":90,\"unknown\":110}},\"growthWindows\":[\"2024-01/2024-06\",\"2024-07/2024-12\"],"
                        + "\"regionsDropped\":0,\"warnings\":[{\"code\":\"source-concentration\",\"message\":\"the source skillscope holds "
                        + "200 of 200 vacancies (100 %): overall figures lean to it\",\"affects\":[\"demand\",\"gaps\",\"relevance\"]}]}",
                "{\"map\":1.5}", "all sources, 2024-01..2024-03");
        store.begin("run-3", esco.version(), esco.fingerprint(), "[]", "{}"); // still running: invisible
        return f;
    }

    static TableRows credentials() {
        return TableRows.of(ResultTable.CREDENTIALS);
    }

    private List<TableRows> tables(EscoGraph g) {
        TableRows cred = credentials()
                .add("cred-web", "Web Front-End Development", "Nordhavn Digital Academy", "DK", "en", 5, 6.0, "online", "project", "csv",
                        "catalogue.csv", "https://example.dk/web", "[\"Write JavaScript\",\"Build web pages\"]", "learner", 6, 72.5, 87.5,
                        0.0, 0.0, 0.0, 80.0, 0.8, 0.8)
                .add("cred-db", "Databases for the Web", "Nordhavn Digital Academy", "DK", "en", 5, 5.0, "blended", "exam", "csv",
                        "catalogue.csv", null, "[\"Design databases\"]", "learner, quality assurance", 5, 40.0, 62.5, 0.0, 0.0, 0.0,
                        60.0, 0.6, 0.8)
                .add("cred-solar", "Photovoltaic Installation", "Sunfield College", "ES", "es", 4, 3.0, "onsite", "practical", "csv",
                        "catalogue.csv", null, "[\"Install photovoltaic systems\"]", "learner", 1, 10.0, 37.5, 90.0, 1.0, 0.67, 0.0, 0.0, 0.0)
                .add(BADGE_ID, "Community Badge", "Badge Issuer", "NL", "en", null, null, null, null, "ob3", "badge.json", null,
                        "[\"Take part\"]", "workload, level", 0, 0.0, 12.5, 0.0, 0.0, null, 0.0, 0.0, null);
        TableRows cs = TableRows.of(ResultTable.CREDENTIAL_SKILLS);
        for (int i = 0; i <= 5; i++) cs.add(flat("cred-web", w.get(i), g.skillLabel(w.get(i)), 0.9 - 0.01 * i, false, "Write JavaScript",
                g.skillLabel(w.get(i)), (long) demand(i), demand(i) / 200.0, demand(i) / 200.0, i == 0 ? growth(10, 25) : NO_GROWTH, 0.8, 0.3 - 0.01 * i,
                g.isGreen(w.get(i)), g.isDigital(w.get(i))));
        for (int i = 4; i <= 8; i++) cs.add(flat("cred-db", w.get(i), g.skillLabel(w.get(i)), 0.85, i == 8, "Design databases",
                g.skillLabel(w.get(i)), (long) demand(i), demand(i) / 200.0, demand(i) / 200.0, NO_GROWTH, 0.8, 0.2 - 0.01 * i,
                g.isGreen(w.get(i)), g.isDigital(w.get(i))));
        cs.add(flat("cred-solar", INSTALL_PV, g.skillLabel(INSTALL_PV), 0.95, false, "Install photovoltaic systems", "install photovoltaic systems",
                30L, 0.15, 0.15, NO_GROWTH, 1.0, 0.14, true, false));
        TableRows co = TableRows.of(ResultTable.CREDENTIAL_OCCUPATIONS)
                .add("cred-web", WEB_DEVELOPER, "web developer", 6 / 21.0, 6, 21, 120L)
                .add("cred-db", WEB_DEVELOPER, "web developer", 5 / 21.0, 5, 21, 120L);
        TableRows sd = TableRows.of(ResultTable.SKILL_DEMAND);
        for (int i = 0; i <= 11; i++) {
            int taught = i <= 3 ? 1 : i <= 5 ? 2 : i <= 8 ? 1 : 0;
            sd.add(flat("all", "*", w.get(i), g.skillLabel(w.get(i)), (long) demand(i), 200L, demand(i) / 200.0, demand(i) / 200.0,
                    i == 0 ? growth(10, 25) : NO_GROWTH, 0.8, i % 2 == 0 ? "ICT skills" : "working with computers", g.isGreen(w.get(i)), g.isDigital(w.get(i)), taught, 0L));
        }
        sd.add(flat("all", "*", INSTALL_PV, g.skillLabel(INSTALL_PV), 30L, 200L, 0.15, 0.15, NO_GROWTH, 1.0, "constructing", true, false, 1, 0L));
        sd.add(flat("all", "*", MOUNT_PV, g.skillLabel(MOUNT_PV), 25L, 200L, 0.125, 0.125, growth(5, 20), 1.0, "constructing", true, false, 0, 0L));
        sd.add(flat("country", "DK", w.get(0), g.skillLabel(w.get(0)), 60L, 120L, 0.5, 0.48, NO_GROWTH, 0.8, "ICT skills", false, true, 1, 0L));
        sd.add(flat("country", "DK", w.get(9), g.skillLabel(w.get(9)), 40L, 120L, 0.333, 0.33, NO_GROWTH, 0.8, "working with computers", false, true, 0, 0L));
        sd.add(flat("region", "DK / Hovedstaden", w.get(0), g.skillLabel(w.get(0)), 30L, 50L, 0.6, 0.55, NO_GROWTH, 0.8, "ICT skills", false, true, 1, 0L));
        sd.add(flat("sector", "ICT", w.get(0), g.skillLabel(w.get(0)), 70L, 90L, 0.78, 0.7, NO_GROWTH, 0.8, "ICT skills", false, true, 1, 0L));
        TableRows monthly = TableRows.of(ResultTable.SKILL_DEMAND_MONTHLY)
                .add("all", "*", w.get(0), "2024-01", 30L, 60L).add("all", "*", w.get(0), "2024-02", 32L, 65L)
                .add("all", "*", w.get(0), "2024-03", 38L, 75L);
        TableRows od = TableRows.of(ResultTable.OCCUPATION_DEMAND)
                .add("all", "*", WEB_DEVELOPER, "web developer", 120L, 200L, 0.6)
                .add("all", "*", SOLAR_TECHNICIAN, "solar energy technician", 30L, 200L, 0.15)
                .add("country", "DK", WEB_DEVELOPER, "web developer", 80L, 120L, 0.667);
        TableRows groups = TableRows.of(ResultTable.SKILL_GROUP_SUMMARY)
                .add("all", "*", "ICT skills", 150L, 0.75, 2, 0.5)
                .add("all", "*", "working with computers", 120L, 0.6, 2, 0.5)
                .add("all", "*", "constructing", 30L, 0.15, 1, 0.25);
        TableRows gaps = TableRows.of(ResultTable.GAPS);
        int rank = 0;
        for (int i = 9; i <= 11; i++) gaps.add(flat("all", "*", ++rank, w.get(i), g.skillLabel(w.get(i)), (long) demand(i), demand(i) / 200.0,
                demand(i) / 200.0, NO_GROWTH, 0.8, 0.4 - 0.05 * rank, false, g.isDigital(w.get(i)), "high demand, not taught", 0L));
        gaps.add(flat("all", "*", ++rank, MOUNT_PV, g.skillLabel(MOUNT_PV), 25L, 0.125, 0.125, growth(5, 20), 1.0, 0.2, true, false, "growing demand, not taught", 0L));
        gaps.add(flat("country", "DK", 1, w.get(9), g.skillLabel(w.get(9)), 40L, 0.333, 0.33, NO_GROWTH, 0.8, 0.3, false, true, "high demand, not taught", 0L));
        TableRows bundles = TableRows.of(ResultTable.GAP_BUNDLES)
                .add("all", "*", 1, "[\"" + w.get(9) + "\",\"" + w.get(10) + "\"]",
                        "[\"" + g.skillLabel(w.get(9)) + "\",\"" + g.skillLabel(w.get(10)) + "\"]",
                        "[{\"uri\":\"" + WEB_DEVELOPER + "\",\"label\":\"web developer\",\"vacancies\":120}]", 70L, 40L, 0.5, false, true);
        TableRows transition = TableRows.of(ResultTable.TRANSITION_SUMMARY)
                .add("demand", "all", "*", 200L, 40L, 150L, 0.2, 0.75)
                .add("demand", "country", "DK", 120L, 5L, 100L, 0.0417, 0.833)
                .add("demand", "region", "DK / Hovedstaden", 50L, 0L, 45L, 0.0, 0.9)
                .add("demand", "sector", "ICT", 90L, 0L, 90L, 0.0, 1.0)
                .add("supply", "all", "*", 4L, 1L, 2L, 0.25, 0.5);
        TableRows vacancies = TableRows.of(ResultTable.VACANCIES)
                .add("skillscope:1", "Web developer", "DK", "Hovedstaden", "2024-01", "ICT", "en", "skillscope", WEB_DEVELOPER, "web developer",
                        0.9, 1, true);
        TableRows vs = TableRows.of(ResultTable.VACANCY_SKILLS)
                .add("skillscope:1", w.get(0), 0.9, 7L, g.skillLabel(w.get(0)), "stated");
        TableRows sentences = TableRows.of(ResultTable.EVIDENCE_SENTENCES).add(7L, "You write clean code.");
        TableRows quarantine = TableRows.of(ResultTable.QUARANTINE)
                .add(1, "vacancies.csv", 7L, "date", "not a date: 2024-13-45");
        return List.of(cred, cs, co, vacancies, vs, sentences, sd, monthly, od, groups, gaps, bundles, transition, quarantine);
    }

    /** Vacancies asking for W_i. */
    static int demand(int i) {
        return 100 - 5 * i;
    }

    static List<String> range(List<String> w, int from, int toInclusive) {
        return new ArrayList<>(w.subList(from, toInclusive + 1));
    }

    /** The fixture's runs in a fresh in-memory H2, served by the API over the ESCO sample on a free loopback port. */
    static Served serve() {
        EscoContext esco = new EscoContext(EscoSample.path(), null);
        try {
            RunFixture run = publish(esco.graph());
            return new Served(esco, run, ApiServer.create(ApiConfig.of(run.jdbcUrl, 0, EscoSample.path(), null), esco).start("127.0.0.1", 0));
        } catch (RuntimeException e) {
            esco.close();
            throw e;
        }
    }

    /** A served fixture; closing it stops the server and releases the ESCO context. */
    static final class Served implements AutoCloseable {
        final EscoContext esco;
        final RunFixture run;
        final Http http;
        private final Javalin app;

        private Served(EscoContext esco, RunFixture run, Javalin app) {
            this.esco = esco;
            this.run = run;
            this.app = app;
            this.http = new Http(app.port());
        }

        @Override
        public void close() {
            app.stop();
            esco.close();
        }
    }
}
