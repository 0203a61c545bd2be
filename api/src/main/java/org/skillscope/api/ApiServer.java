package org.skillscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import org.skillscope.api.http.Controllers;
import org.skillscope.api.http.Hygiene;
import org.skillscope.api.http.OpenApi;
import org.skillscope.api.http.ProblemErrorHandler;
import org.skillscope.api.http.Problems;
import org.skillscope.api.http.Route;
import org.skillscope.api.http.Routes;
import org.skillscope.api.service.CredentialService;
import org.skillscope.api.service.Database;
import org.skillscope.api.service.EscoContext;
import org.skillscope.api.service.MappingService;
import org.skillscope.api.service.OccupationService;
import org.skillscope.api.service.PolicyService;
import org.skillscope.api.service.ProviderService;
import org.skillscope.api.service.QualityService;
import org.skillscope.api.service.RunCache;
import org.skillscope.api.service.RunService;
import org.skillscope.api.service.SkillService;
import org.skillscope.api.service.UpskillingService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SkillScope HTTP server: JSON API, OpenAPI document, docs page and the web page, over the
 * published runs of a results database. {@link #create} wires everything and returns an unstarted
 * app (tests start it on a free port); {@link #start} is what {@code skillscope serve} calls.
 */
public final class ApiServer {
    static final String WEB = "/org/skillscope/api/web";

    private ApiServer() {}

    /** An unstarted app; ESCO and the skill index load on first use and close when the server stops. */
    public static Javalin create(ApiConfig cfg) {
        EscoContext esco = new EscoContext(cfg.escoPath(), cfg.cacheDir(), cfg.escoLanguages());
        Javalin app = create(cfg, esco);
        app.events(e -> e.serverStopped(esco::close));
        return app;
    }

    /** An unstarted app over a caller-owned ESCO context (tests share one, since building the index is the slow part). */
    public static Javalin create(ApiConfig cfg, EscoContext esco) {
        // answers of published runs never change: remember up to 64 MiB of them, re-check the latest run every 2 s
        return create(cfg, esco, new RunCache(64L << 20, 2_000, System::currentTimeMillis));
    }

    /** The same with a caller's cache (tests look at what it keeps). */
    static Javalin create(ApiConfig cfg, EscoContext esco, RunCache cache) {
        ObjectMapper mapper = org.skillscope.api.service.Json.MAPPER; // the API's one mapper setup
        Database db = new Database(cfg.jdbcUrl());
        RunService runs = new RunService(db, cache);
        SkillService skills = new SkillService(db, esco);
        OccupationService occupations = new OccupationService(db, esco, skills);
        MappingService mapping = new MappingService(db, esco);
        Controllers controllers = new Controllers(runs, skills, occupations, new CredentialService(db), new PolicyService(db),
                new ProviderService(db, esco), mapping, new UpskillingService(db, esco, mapping, occupations), new QualityService(db), cache, mapper,
                cfg.maxBodyBytes(), cfg.maxPageSize());
        List<Route> routes = Routes.all(controllers);
        ObjectNode openApi = OpenApi.document(routes, mapper, version());
        byte[] openApiBytes = openApi.toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // the pages are small files, held in memory: no static-file lookup on every API request
        Map<String, Handler> pages = new LinkedHashMap<>();
        pages.put("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApiBytes));
        pages.put("/docs", page("/docs.html", ContentType.TEXT_HTML));
        pages.put("/", page("/index.html", ContentType.TEXT_HTML));
        for (String file : List.of("/app.js", "/docs.js")) pages.put(file, page(file, ContentType.TEXT_JS));
        for (String file : List.of("/app.css", "/docs.css")) pages.put(file, page(file, ContentType.TEXT_CSS));

        // every method and path, so a wrong method is a 405 naming the right ones
        Map<String, Set<HandlerType>> endpoints = new LinkedHashMap<>();
        for (Route r : routes) endpoints.computeIfAbsent(r.path(), p -> new TreeSet<>()).add(r.method());
        pages.keySet().forEach(p -> endpoints.computeIfAbsent(p, k -> new TreeSet<>()).add(HandlerType.GET));
        endpoints.values().forEach(m -> { if (m.contains(HandlerType.GET)) m.add(HandlerType.HEAD); });

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = cfg.maxBodyBytes();
            config.events.serverStopped(db::close);
            // what Jetty refuses before Javalin sees it (URI too long, undecodable path) answers as a problem too
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProblemErrorHandler()));
        });
        app.before(new Hygiene(cfg.hostNames(), endpoints)::before);
        app.before("/api/*", Routes::checkQuery);
        for (Route r : routes) on(app, r.method(), r.path(), r.handler());
        pages.forEach((path, h) -> on(app, HandlerType.GET, path, h));
        Problems.register(app, cfg.maxBodyBytes());
        return app;
    }

    /**
     * Registers {@code h}; a GET answers HEAD too, with the same status and headers (Javalin's own HEAD
     * answers 200 for any path that has a GET, without running the handler).
     */
    private static void on(Javalin app, HandlerType method, String path, Handler h) {
        app.addHttpHandler(method, path, h);
        if (method == HandlerType.GET) app.addHttpHandler(HandlerType.HEAD, path, h);
    }

    private static Handler page(String file, ContentType type) {
        byte[] bytes = resource(WEB + file);
        return ctx -> ctx.contentType(type).result(bytes);
    }

    /**
     * Creates and starts the server on {@code cfg.host():cfg.port()} and returns the running app (its
     * Jetty threads keep the JVM alive; call {@code stop()} to end it). ESCO and the skill index load in
     * the background right away, so the first mapping request does not pay for them.
     */
    public static Javalin start(ApiConfig cfg) {
        EscoContext esco = new EscoContext(cfg.escoPath(), cfg.cacheDir(), cfg.escoLanguages());
        Javalin app = create(cfg, esco);
        app.events(e -> e.serverStopped(esco::close));
        app.start(cfg.host(), cfg.port());
        Thread warmUp = new Thread(() -> {
            try {
                esco.graph();
                esco.skillMatcher();
                esco.occupationMatcher();
            } catch (RuntimeException e) {
                // the first request that needs ESCO reports the problem as a 500/503 with its message
                org.slf4j.LoggerFactory.getLogger(ApiServer.class).warn("cannot load ESCO from {}: {}", cfg.escoPath(), e.getMessage());
            }
        }, "skillscope-esco-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return app;
    }

    private static String version() {
        String v = ApiServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
