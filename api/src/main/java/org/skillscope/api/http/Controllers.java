package org.skillscope.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.CredentialService;
import org.skillscope.api.service.MappingService;
import org.skillscope.api.service.OccupationService;
import org.skillscope.api.service.PolicyService;
import org.skillscope.api.service.ProviderService;
import org.skillscope.api.service.RunService;
import org.skillscope.api.service.SkillService;
import org.skillscope.api.service.UpskillingService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final org.skillscope.api.service.RunCache cache;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public Controllers(RunService runs, SkillService skills, OccupationService occupations, CredentialService credentials, PolicyService policy,
                       ProviderService providers, MappingService mapping, UpskillingService upskilling,
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

    void health(Context ctx) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        boolean db;
        boolean anyRun = false;
        try {
            anyRun = runs.anyPublished();
            db = true;
        } catch (RuntimeException e) {
            db = false;
        }
        h.put("database", db ? "up" : "down");
        h.put("publishedRun", anyRun);
        send(ctx, h);
    }

    // ---- runs ------------------------------------------------------------------------------------

    void listRuns(Context ctx) { send(ctx, runs.list(Params.page(ctx, maxPage))); }

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
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> skills.search(run, q, source, page));
    }

    void oneSkill(Context ctx) {
        String run = run(ctx);
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> skills.detail(run, ctx.pathParam("id"), page));
    }

    void searchOccupations(Context ctx) {
        String run = run(ctx);
        String q = Params.text(ctx, "q");
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> occupations.search(run, q, page));
    }

    void oneOccupation(Context ctx) {
        String run = run(ctx);
        cached(ctx, run, () -> occupations.detail(run, ctx.pathParam("id")));
    }

    // ---- credentials -----------------------------------------------------------------------------

    void listCredentials(Context ctx) {
        CredentialService.Filter f = new CredentialService.Filter(Params.text(ctx, "provider"), Params.text(ctx, "q"), Params.bool(ctx, "green"),
                Params.bool(ctx, "digital"), Params.integer(ctx, "eqf"), Params.text(ctx, "country"), Params.text(ctx, "sort"));
        String run = run(ctx);
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> credentials.list(run, f, page));
    }

    void oneCredential(Context ctx) {
        String run = run(ctx);
        cached(ctx, run, () -> credentials.detail(run, ctx.pathParam("id")));
    }

    void scoreCredential(Context ctx) {
        JsonNode body = bodies.json(ctx);
        send(ctx, mapping.scoreCredential(run(ctx), body));
    }

    // ---- on-the-fly mapping and upskilling -------------------------------------------------------

    /** Request body of POST /api/map. */
    /** {@code language}: ISO 639-1, detected when absent; {@code title}: a job title in that language (other languages: its occupation's essential skills come back as inferred). */
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
        cached(ctx, run, () -> Map.of("scopes", policy.scopes(run)));
    }

    void gaps(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        Boolean green = Params.bool(ctx, "green"), digital = Params.bool(ctx, "digital");
        String source = source(ctx);
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> policy.gaps(run, scope, green, digital, source, page));
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
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> policy.bundles(run, scope, page));
    }

    void supplyDemand(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        cached(ctx, run, () -> Map.of("groups", policy.supplyDemand(run, scope)));
    }

    void transition(Context ctx) {
        String run = run(ctx);
        var scope = scope(ctx);
        cached(ctx, run, () -> policy.transition(run, scope));
    }

    void quarantine(Context ctx) {
        String run = run(ctx);
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> policy.quarantine(run, page));
    }

    // ---- providers -------------------------------------------------------------------------------

    void listProviders(Context ctx) {
        String run = run(ctx);
        var page = Params.page(ctx, maxPage);
        cached(ctx, run, () -> providers.providers(run, page));
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
}
