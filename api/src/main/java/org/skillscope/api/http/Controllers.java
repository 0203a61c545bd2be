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

    public Controllers(RunService runs, SkillService skills, OccupationService occupations, CredentialService credentials, PolicyService policy,
                       ProviderService providers, MappingService mapping, UpskillingService upskilling,
                       com.fasterxml.jackson.databind.ObjectMapper mapper, int maxBodyBytes, int maxPage) {
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
        ctx.json(h);
    }

    // ---- runs ------------------------------------------------------------------------------------

    void listRuns(Context ctx) { ctx.json(runs.list(Params.page(ctx, maxPage))); }

    void latestRun(Context ctx) { ctx.json(runs.detail(runs.resolve(null))); }

    void oneRun(Context ctx) { ctx.json(runs.detail(runs.resolve(ctx.pathParam("runId")))); }

    // ---- skills and occupations ------------------------------------------------------------------

    void searchSkills(Context ctx) { ctx.json(skills.search(run(ctx), Params.text(ctx, "q"), Params.page(ctx, maxPage))); }

    void oneSkill(Context ctx) { ctx.json(skills.detail(run(ctx), ctx.pathParam("id"), Params.page(ctx, maxPage))); }

    void searchOccupations(Context ctx) { ctx.json(occupations.search(run(ctx), Params.text(ctx, "q"), Params.page(ctx, maxPage))); }

    void oneOccupation(Context ctx) { ctx.json(occupations.detail(run(ctx), ctx.pathParam("id"))); }

    // ---- credentials -----------------------------------------------------------------------------

    void listCredentials(Context ctx) {
        CredentialService.Filter f = new CredentialService.Filter(Params.text(ctx, "provider"), Params.text(ctx, "q"), Params.bool(ctx, "green"),
                Params.bool(ctx, "digital"), Params.integer(ctx, "eqf"), Params.text(ctx, "country"), Params.text(ctx, "sort"));
        ctx.json(credentials.list(run(ctx), f, Params.page(ctx, maxPage)));
    }

    void oneCredential(Context ctx) { ctx.json(credentials.detail(run(ctx), ctx.pathParam("id"))); }

    void scoreCredential(Context ctx) {
        JsonNode body = bodies.json(ctx);
        ctx.json(mapping.scoreCredential(run(ctx), body));
    }

    // ---- on-the-fly mapping and upskilling -------------------------------------------------------

    /** Request body of POST /api/map. */
    public record MapRequest(String text, Boolean all) {}

    void map(Context ctx) {
        MapRequest req = bodies.as(ctx, MapRequest.class);
        ctx.json(Map.of("skills", mapping.map(req.text(), Boolean.TRUE.equals(req.all()))));
    }

    void upskilling(Context ctx) {
        UpskillingService.Request req = bodies.as(ctx, UpskillingService.Request.class);
        ctx.json(upskilling.plan(run(ctx), req));
    }

    // ---- policy ----------------------------------------------------------------------------------

    private static PolicyService.Scope scope(Context ctx) {
        return PolicyService.Scope.of(Params.text(ctx, "scopeType"), Params.text(ctx, "scope"));
    }

    void scopes(Context ctx) { ctx.json(Map.of("scopes", policy.scopes(run(ctx)))); }

    void gaps(Context ctx) {
        ctx.json(policy.gaps(run(ctx), scope(ctx), Params.bool(ctx, "green"), Params.bool(ctx, "digital"), Params.page(ctx, maxPage)));
    }

    void bundles(Context ctx) { ctx.json(policy.bundles(run(ctx), scope(ctx), Params.page(ctx, maxPage))); }

    void supplyDemand(Context ctx) { ctx.json(Map.of("groups", policy.supplyDemand(run(ctx), scope(ctx)))); }

    void transition(Context ctx) { ctx.json(policy.transition(run(ctx), scope(ctx))); }

    void quarantine(Context ctx) { ctx.json(Map.of("items", policy.quarantine(run(ctx), Params.page(ctx, maxPage)))); }

    // ---- providers -------------------------------------------------------------------------------

    void listProviders(Context ctx) { ctx.json(providers.providers(run(ctx), Params.page(ctx, maxPage))); }

    void providerRecommendations(Context ctx) {
        Integer n = Params.integer(ctx, "proposals");
        Integer w = Params.integer(ctx, "weakest");
        int proposals = n == null ? 5 : n, weakest = w == null ? 5 : w;
        if (proposals < 0 || proposals > 50 || weakest < 0 || weakest > 50) throw ApiException.badRequest("proposals and weakest must be 0-50");
        ctx.json(providers.recommendations(run(ctx), Params.text(ctx, "provider"), proposals, weakest));
    }

    static final List<String> PAGE = List.of("page:int:page number, from 1", "size:int:items per page (default 20)");
}
