package org.skillscope.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import org.skillscope.api.http.Controllers;
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
import org.skillscope.api.service.RunCache;
import org.skillscope.api.service.RunService;
import org.skillscope.api.service.SkillService;
import org.skillscope.api.service.UpskillingService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
        EscoContext esco = new EscoContext(cfg.escoPath(), cfg.cacheDir());
        Javalin app = create(cfg, esco);
        app.events(e -> e.serverStopped(esco::close));
        return app;
    }

    /** An unstarted app over a caller-owned ESCO context (tests share one, since building the index is the slow part). */
    public static Javalin create(ApiConfig cfg, EscoContext esco) {
        ObjectMapper mapper = JavalinJackson.defaultMapper();
        Database db = new Database(cfg.jdbcUrl());
        // answers of published runs never change: remember up to 20k, re-check the latest run every 2 s
        RunCache cache = new RunCache(20_000, 2_000, System::currentTimeMillis);
        RunService runs = new RunService(db, cache);
        SkillService skills = new SkillService(db, esco);
        OccupationService occupations = new OccupationService(db, esco, skills);
        MappingService mapping = new MappingService(db, esco);
        Controllers controllers = new Controllers(runs, skills, occupations, new CredentialService(db), new PolicyService(db),
                new ProviderService(db, esco), mapping, new UpskillingService(db, esco, mapping, occupations), cache, mapper,
                cfg.maxBodyBytes(), cfg.maxPageSize());
        List<Route> routes = Routes.all(controllers);
        ObjectNode openApi = OpenApi.document(routes, mapper, version());
        byte[] docsPage = resource(WEB + "/docs.html");
        // the page is three small files, held in memory: no static-file lookup on every API request
        byte[] indexPage = resource(WEB + "/index.html");
        byte[] appJs = resource(WEB + "/app.js");
        byte[] appCss = resource(WEB + "/app.css");

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = cfg.maxBodyBytes();
            config.events.serverStopped(db::close);
            // what Jetty refuses before Javalin sees it (URI too long, undecodable path) answers as a problem too
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProblemErrorHandler()));
        });
        app.before("/api/*", Routes::checkQuery);
        for (Route r : routes) app.addHttpHandler(r.method(), r.path(), r.handler());
        byte[] openApiBytes = openApi.toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        app.addHttpHandler(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApiBytes));
        app.addHttpHandler(HandlerType.GET, "/docs", ctx -> ctx.contentType(ContentType.TEXT_HTML).result(docsPage));
        app.addHttpHandler(HandlerType.GET, "/", ctx -> ctx.contentType(ContentType.TEXT_HTML).result(indexPage));
        app.addHttpHandler(HandlerType.GET, "/app.js", ctx -> ctx.contentType(ContentType.TEXT_JS).result(appJs));
        app.addHttpHandler(HandlerType.GET, "/app.css", ctx -> ctx.contentType(ContentType.TEXT_CSS).result(appCss));
        Problems.register(app, cfg.maxBodyBytes());
        return app;
    }

    /**
     * Creates and starts the server on {@code cfg.host():cfg.port()} and returns the running app (its
     * Jetty threads keep the JVM alive; call {@code stop()} to end it). ESCO and the skill index load in
     * the background right away, so the first mapping request does not pay for them.
     */
    public static Javalin start(ApiConfig cfg) {
        EscoContext esco = new EscoContext(cfg.escoPath(), cfg.cacheDir());
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
