package org.skillscope.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.CredentialService;
import org.skillscope.api.service.MappingService;
import org.skillscope.api.service.OccupationService;
import org.skillscope.api.service.PolicyService;
import org.skillscope.api.service.ProviderService;
import org.skillscope.api.service.Listing;
import org.skillscope.api.service.QualityService;
import org.skillscope.api.service.RunService;
import org.skillscope.api.service.SkillService;
import org.skillscope.api.service.UpskillingService;

import java.util.List;

/**
 * HTTP handlers: each reads its parameters, calls one service and writes JSON. No logic lives here;
 * the services know nothing of HTTP.
 */
public final class Controllers {
    private final RunService runs;
    private final SkillService skills;
    private final OccupationService occupations;
    private final CredentialService credentials;
    private final PolicyService policy;
    private final ProviderService providers;
    private final MappingService mapping;
    private final UpskillingService upskilling;
    private final Bodies bodies;
    private final int maxPage;
    private final CsvDownload csv;
    private final QualityService quality;
    private final org.skillscope.api.service.RunCache cache;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public Controllers(RunService runs, SkillService skills, OccupationService occupations, CredentialService credentials, PolicyService policy,
                       ProviderService providers, MappingService mapping, UpskillingService upskilling, QualityService quality,
                       org.skillscope.api.service.RunCache cache, com.fasterxml.jackson.databind.ObjectMapper mapper, int maxBodyBytes, int maxPage) {
        this.cache = cache;
        this.mapper = mapper;
        this.runs = runs;
        this.skills = skills;
        this.occupations = occupations;
        this.credentials = credentials;
        this.policy = policy;
        this.providers = providers;
        this.mapping = mapping;
        this.upskilling = upskilling;
        this.bodies = new Bodies(mapper, maxBodyBytes);
        this.maxPage = maxPage;
        this.csv = new CsvDownload(mapper);
        this.quality = quality;
    }

    private String run(Context ctx) {
        return runs.resolve(Params.text(ctx, "run"));
    }

    /**
     * Writes the answer for this request in this run, computed and serialised once per run and request
     * (published runs never change).
     */
    private void cached(Context ctx, String run, java.util.function.Supplier<?> compute) {
        byte[] body = cache.get(run, Params.cacheKey(ctx), () -> bytes(compute.get()));
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(body);
    }

    /**
     * A list: a page of it as JSON (cached like any answer), or with {@code format=csv} all of it, streamed.
     * Its filters are read before this is called, so they are part of the cache key.
     */
    private void list(Context ctx, String run, String name, java.util.function.Supplier<Listing<?>> listing) {
        if (csv(ctx)) {
            csv.send(ctx, name, listing.get());
        } else {
            var page = Params.page(ctx, maxPage);
            cached(ctx, run, () -> listing.get().page(page));
        }
    }

    private static boolean csv(Context ctx) {
        String format = Params.text(ctx, "format");
        if (format == null || format.equals("json")) return false;
        if (format.equals("csv")) return true;
        throw ApiException.badRequest("format must be json or csv, got '" + Params.clip(format) + "'");
    }

    /** Serialised here, not with send(ctx, ): Javalin streams that through a piped thread, which costs more than the work. */
    private void send(Context ctx, Object answer) {
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(bytes(answer));
    }

    private byte[] bytes(Object answer) {
        try {
            return mapper.writeValueAsBytes(answer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the answer", e);
        }
    }

    // ---- system ----------------------------------------------------------------------------------

    /** Liveness: {@code database} up or down, and whether it holds a published run. */
    public record Health(String status, String database, boolean publishedRun) {}

    void health(Context ctx) {
        boolean db;
        boolean anyRun = false;
        try {
            anyRun = runs.anyPublished();
            db = true;
        } catch (RuntimeException e) {
            db = false;
        }
        send(ctx, new Health("ok", db ? "up" : "down", anyRun));
    }

    // ---- runs ------------------------------------------------------------------------------------

    void listRuns(Context ctx) {
        Listing<?> l = runs.list();
        if (csv(ctx)) csv.send(ctx, "runs", l);
        else send(ctx, l.page(Params.page(ctx, maxPage)));
    }

    void latestRun(Context ctx) {
        String run = runs.resolve(null);
        send(ctx, cache.get(run, "detail", () -> runs.detail(run)));
    }

    void oneRun(Context ctx) {
        String run = runs.resolve(ctx.pathParam("runId"));
        send(ctx, cache.get(run, "detail", () -> runs.detail(run)));
    }

    // ---- skills and occupations ------------------------------------------------------------------

    void searchSkills(Context ctx) {
        String run = run(ctx);
        String q = Params.text(ctx, "q");
        String source = source(ctx);
        list(ctx, run, "skills", () -> skills.search(run, q, source));
    }

    void oneSkill(Context ctx) {
        String run = run(ctx);
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> skills.detail(run, ctx.pathParam("id"), page));
    }

    void searchOccupations(Context ctx) {
        String run = run(ctx);
        String q = Params.text(ctx, "q");
        list(ctx, run, "occupations", () -> occupations.search(run, q));
    }

    void oneOccupation(Context ctx) {
        String run = run(ctx);
        cached(ctx, run, () -> occupations.detail(run, ctx.pathParam("id")));
    }

    void skillCredentials(Context ctx) {
        String run = run(ctx);
        String id = ctx.pathParam("id");
        list(ctx, run, "skill-credentials", () -> skills.credentials(run, id));
    }

    void skillEvidence(Context ctx) {
        String run = run(ctx);
        String id = ctx.pathParam("id");
        list(ctx, run, "skill-evidence", () -> skills.evidence(run, id));
    }

    void occupationVacancies(Context ctx) {
        String run = run(ctx);
        String id = ctx.pathParam("id");
        list(ctx, run, "occupation-vacancies", () -> occupations.vacancyList(run, id));
    }

    void occupationCredentials(Context ctx) {
        String run = run(ctx);
        String id = ctx.pathParam("id");
        list(ctx, run, "occupation-credentials", () -> occupations.credentials(run, id));
    }

    // ---- credentials -----------------------------------------------------------------------------

    void listCredentials(Context ctx) {
        CredentialService.Filter f = new CredentialService.Filter(Params.text(ctx, "provider"), Params.text(ctx, "q"), Params.bool(ctx, "green"),
                Params.bool(ctx, "digital"), Params.integer(ctx, "eqf"), Params.text(ctx, "country"), Params.text(ctx, "sort"));
        String run = run(ctx);
        list(ctx, run, "credentials", () -> credentials.list(run, f));
    }

    void oneCredential(Context ctx) {
        String run = run(ctx);
        cached(ctx, run, () -> credentials.detail(run, ctx.pathParam("id")));
    }

    void scoreCredential(Context ctx) {
        JsonNode body = bodies.json(ctx);
        String export = Params.text(ctx, "export");
        if (export != null) {
            send(ctx, mapping.exportCredential(body, exportFormat(export)));
            return;
        }
        send(ctx, mapping.scoreCredential(run(ctx), body));
    }

    /** The document itself, named for download (the page links to it): ELM as JSON-LD, Open Badges as JSON. */
    void exportCredential(Context ctx) {
        String run = run(ctx);
        var e = credentials.export(run, ctx.pathParam("id"), Params.text(ctx, "format"));
        boolean elm = e.format() == org.skillscope.core.export.ExportFormat.ELM;
        ctx.header("Content-Disposition", "attachment; filename=\"" + org.skillscope.core.export.Ids.safe(e.credentialId()) + e.format().suffix() + "\"");
        ctx.contentType(elm ? "application/ld+json" : io.javalin.http.ContentType.APPLICATION_JSON.getMimeType()).result(bytes(e.document()));
    }

    private static org.skillscope.core.export.ExportFormat exportFormat(String s) {
        try {
            return org.skillscope.core.export.ExportFormat.parse(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    // ---- on-the-fly mapping and upskilling -------------------------------------------------------

    /**
     * Request body of POST /api/map. {@code language}: ISO 639-1, detected when absent; {@code title}: the ad's job title in
     * that language (its occupation comes back; English: a hit that is the job itself is not stated, as in the job; other
     * languages: the occupation's essential skills come back as inferred).
     */
    public record MapRequest(String text, Boolean all, String language, String title) {}

    void map(Context ctx) {
        MapRequest req = bodies.as(ctx, MapRequest.class);
        send(ctx, mapping.mapInLanguage(req.text(), Boolean.TRUE.equals(req.all()), req.language(), req.title()));
    }

    void upskilling(Context ctx) {
        UpskillingService.Request req = bodies.as(ctx, UpskillingService.Request.class);
        send(ctx, upskilling.plan(run(ctx), req));
    }

    // ---- policy ----------------------------------------------------------------------------------

    private static PolicyService.Scope scope(Context ctx) {
        return PolicyService.Scope.of(Params.text(ctx, "scopeType"), Params.text(ctx, "scope"));
    }

    void scopes(Context ctx) {
        String run = run(ctx);
        cached(ctx, run, () -> policy.scopes(run));
    }

    void gaps(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        Boolean green = Params.bool(ctx, "green"), digital = Params.bool(ctx, "digital");
        String source = source(ctx);
        list(ctx, run, "gaps", () -> policy.gaps(run, scope, green, digital, source));
    }

    /** {@code source}: stated (some ad states the skill) or inferred (some ad in another language implies it by its occupation); null: both. */
    private static String source(Context ctx) {
        String s = Params.text(ctx, "source");
        if (s != null && !s.equals("stated") && !s.equals("inferred")) throw ApiException.badRequest("source must be stated or inferred, got '" + s + "'");
        return s;
    }

    void bundles(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        list(ctx, run, "gap-bundles", () -> policy.bundles(run, scope));
    }

    void supplyDemand(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        cached(ctx, run, () -> policy.supplyDemand(run, scope));
    }

    void transition(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        cached(ctx, run, () -> policy.transition(run, scope));
    }

    void quarantine(Context ctx) {
        String run = run(ctx);
        list(ctx, run, "quarantine", () -> policy.quarantine(run));
    }

    // ---- data quality ----------------------------------------------------------------------------

    void quality(Context ctx) {
        String run = run(ctx);
        cached(ctx, run, () -> quality.summary(run));
    }

    void qualityProviders(Context ctx) {
        String run = run(ctx);
        String q = Params.text(ctx, "q");
        list(ctx, run, "quality-providers", () -> quality.providers(run, q));
    }

    // ---- providers -------------------------------------------------------------------------------

    void listProviders(Context ctx) {
        String run = run(ctx);
        String q = Params.text(ctx, "q");
        list(ctx, run, "providers", () -> providers.providers(run, q));
    }

    void providerRecommendations(Context ctx) {
        Integer n = Params.integer(ctx, "proposals");
        Integer w = Params.integer(ctx, "weakest");
        int proposals = n == null ? 5 : n, weakest = w == null ? 5 : w;
        if (proposals < 0 || proposals > 50 || weakest < 0 || weakest > 50) throw ApiException.badRequest("proposals and weakest must be 0-50");
        String run = run(ctx);
        String provider = Params.text(ctx, "provider");
        cached(ctx, run, () -> providers.recommendations(run, provider, proposals, weakest));
    }

    static final List<String> PAGE = List.of("page:int:page number, from 1", "size:int:items per page (default 20)");
    /** What every list takes: a page, or format=csv for all of it. */
    static final List<String> LIST = List.of("page:int:page number, from 1 (JSON)", "size:int:items per page (default 20; JSON)",
            "format:string:json (default: a page) or csv (every row, no paging: a header line, then the JSON items' columns, a nested field as key.field)");
}
