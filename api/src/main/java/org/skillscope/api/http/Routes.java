package org.skillscope.api.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.api.service.CredentialService;
import org.skillscope.api.service.Json;
import org.skillscope.api.service.MappingService;
import org.skillscope.api.service.OccupationService;
import org.skillscope.api.service.PageRequest;
import org.skillscope.api.service.PolicyService;
import org.skillscope.api.service.ProviderService;
import org.skillscope.api.service.QualityService;
import org.skillscope.api.service.RunService;
import org.skillscope.api.service.SkillService;
import org.skillscope.api.service.UpskillingService;

import java.util.ArrayList;
import java.util.List;

/** Every endpoint of the API, in one place. */
public final class Routes {
    private Routes() {}

    private static final String RUN = "run:string:run id (default: the latest published run)";
    private static final String SOURCE = "source:string:stated (some ad states the skill) or inferred (some ad in another language implies it by its occupation; inferredVacancies counts those)";
    private static final String SCOPE_TYPE = "scopeType:string:all (default), country, region or sector";
    private static final String SCOPE = "scope:string:country code, region as 'CC / region' (e.g. GB / South East) or sector; required unless scopeType is all; unknown scopes are 404 (see /api/scopes)";

    public static List<Route> all(Controllers c) {
        return List.of(
                Route.get("/health", "system", "Liveness and database status", List.of(), one(Controllers.Health.class), c::health),

                Route.get("/api/runs", "runs", "Published runs, newest first", Controllers.LIST, page(RunService.Summary.class), c::listRuns),
                Route.get("/api/runs/latest", "runs", "The latest published run with its counts and ESCO version", List.of(), one(RunService.Detail.class), c::latestRun),
                Route.get("/api/runs/{runId}", "runs", "One published run with its counts, timings and inputs", List.of(), one(RunService.Detail.class), c::oneRun),

                Route.get("/api/skills", "skills", "Search ESCO skills by label (q); without q, the skills most in demand",
                        with(List.of(RUN, "q:string:text in the preferred or an alternative label", SOURCE), Controllers.LIST), page(SkillService.Item.class), c::searchSkills),
                Route.get("/api/skills/{id}", "skills", "One skill: demand by scope, monthly trend, green/digital, credentials teaching it (a page: "
                        + "page, size), occupations, and how many vacancies state it (evidenceVacancies)", with(List.of(RUN), Controllers.PAGE), one(SkillService.Detail.class), c::oneSkill),
                Route.get("/api/skills/{id}/credentials", "skills", "Credentials teaching the skill, the most confident mapping first, with the outcome that states it",
                        with(List.of(RUN), Controllers.LIST), page(SkillService.Credential.class), c::skillCredentials),
                Route.get("/api/skills/{id}/evidence", "skills", "Vacancies asking for the skill, each with its id and the sentence that states it "
                        + "(stated is false where a vacancy has it without a sentence), the best-scored first", with(List.of(RUN), Controllers.LIST), page(SkillService.Evidence.class), c::skillEvidence),

                Route.get("/api/occupations", "occupations", "Search ESCO occupations (q), with their demand",
                        with(List.of(RUN, "q:string:text in the label"), Controllers.LIST), page(OccupationService.Item.class), c::searchOccupations),
                Route.get("/api/occupations/{id}", "occupations", "One occupation: essential and optional skills with demand, its demand, the first 50 "
                        + "credentials preparing for it (credentialsTotal) and how many vacancies map to it", List.of(RUN), one(OccupationService.Detail.class), c::oneOccupation),
                Route.get("/api/occupations/{id}/vacancies", "occupations", "Vacancies whose title maps to the occupation, the surest match first",
                        with(List.of(RUN), Controllers.LIST), page(OccupationService.Vacancy.class), c::occupationVacancies),
                Route.get("/api/occupations/{id}/credentials", "occupations", "Credentials preparing for the occupation, the most essential skills covered first",
                        with(List.of(RUN), Controllers.LIST), page(OccupationService.Credential.class), c::occupationCredentials),

                Route.get("/api/credentials", "credentials", "Credentials of the run, filtered and sorted",
                        with(List.of(RUN, "provider:string:awarding body (exact, any case)", "q:string:text in the title or outcomes",
                                "green:boolean:teaches a green skill", "digital:boolean:teaches a digital skill", "eqf:int:EQF level 1-8",
                                "country:string:issuer country code", "sort:string:relevance (default), -relevance, green, digital, title, ects"),
                                Controllers.LIST), page(CredentialService.Item.class), c::listCredentials),
                Route.get("/api/credentials/{id}", "credentials", "One credential: mapped skills with evidence, score breakdown, occupations it prepares for",
                        List.of(RUN), one(CredentialService.Detail.class), c::oneCredential),
                Route.get("/api/credentials/{id}/export", "credentials", "The credential written back with its ESCO skills: format=elm gives a European Learning Model "
                                + "document (relatedESCOSkill on each outcome), format=ob3 an Open Badges 3.0 credential or achievement (ESCO alignments). "
                                + "An ELM or Open Badges source comes back as it was, enriched; any other becomes an ELM LearningAchievementSpecification or an OB3 Achievement",
                        List.of(RUN, "format:string:elm (default) or ob3"), DOCUMENT, c::exportCredential),
                Route.post("/api/credentials/score", "on the fly", "Map and score a posted credential (CSV row as JSON, ELM JSON-LD or Open Badges 3.0) against the run's demand; "
                                + "with export=elm or ob3, the posted credential written back with its ESCO skills instead (as GET /api/credentials/{id}/export)",
                        List.of(RUN, "export:string:elm or ob3: answer with the enriched document instead of the scores"), "{\"id\":\"my-course\",\"title\":\"Solar panel installation\",\"awarding_body\":\"My Academy\",\"learning_outcomes\":[\"install photovoltaic systems\",\"perform electrical safety checks\"],\"workload_ects\":5,\"eqf_level\":4}",
                        List.of(one(MappingService.Scored.class), DOCUMENT), c::scoreCredential),

                Route.post("/api/map", "on the fly", "ESCO skills stated in a text, with score and evidence. language (ISO 639-1) is detected when absent and returned; "
                        + "with a job ad's title (title), its occupation comes back and, in English, a hit that is the job itself (\"Chef\" in a chef's ad, the title "
                        + "repeated as a line) is not stated, as in the job; in another language than English, tool and standard names are found as written, and "
                        + "the title's occupation's essential skills come back with source inferred; notes say what could not be mapped and why",
                        List.of(), "{\"text\":\"We need a developer who writes JavaScript and manages a PostgreSQL database.\"}", List.of(one(MappingService.Mapped.class)), c::map),
                Route.post("/api/upskilling", "counsellors", "Missing essential skills for a target occupation (or nearby occupations in demand) and the fewest credentials covering them. "
                        + "currentOccupation and targetOccupation take an ESCO URI, an id or words (a label, an alternative label, a job title): the answer names the occupation chosen "
                        + "with its score, whether it is sure and 5 alternatives; words that match nothing are a 404 with suggestions. The current occupation's essential skills are "
                        + "offeredSkills, credited only with confirmCurrentSkills (or sent back in skills). maxEcts bounds the plan's known workload. Each open skill says how many "
                        + "credentials teach it and why the plan left it out (not-taught, limit, workload)",
                        List.of(RUN), "{\"skills\":[],\"skillsText\":\"I build web pages with HTML and CSS\",\"currentOccupation\":\"ICT help desk agent\",\"targetOccupation\":\"web developer\",\"maxCredentials\":5,\"confirmCurrentSkills\":false}",
                        List.of(one(UpskillingService.Answer.class)), c::upskilling),

                Route.get("/api/scopes", "policy", "Scopes (countries, regions, sectors) the run has demand for", List.of(RUN), one(PolicyService.Scopes.class), c::scopes),
                Route.get("/api/gaps", "policy", "Skills in high or growing demand that no credential teaches",
                        with(List.of(RUN, SCOPE_TYPE, SCOPE, "green:boolean:green skills only (or not)", "digital:boolean:digital skills only (or not)", SOURCE),
                                Controllers.LIST), page(PolicyService.Gap.class), c::gaps),
                Route.get("/api/gaps/bundles", "policy", "Bundles of gap skills that co-occur in vacancies",
                        with(List.of(RUN, SCOPE_TYPE, SCOPE), Controllers.LIST), page(PolicyService.Bundle.class), c::bundles),
                Route.get("/api/supply-demand", "policy", "Supply (credentials) versus demand (vacancies) per ESCO skill group",
                        List.of(RUN, SCOPE_TYPE, SCOPE), one(PolicyService.SupplyDemand.class), c::supplyDemand),
                Route.get("/api/transition", "policy", "Green and digital shares of demand and supply", List.of(RUN, SCOPE_TYPE, SCOPE), one(PolicyService.Transition.class), c::transition),
                Route.get("/api/quarantine", "quality", "Input records the run rejected, with reasons", with(List.of(RUN), Controllers.LIST), page(PolicyService.Rejected.class), c::quarantine),
                Route.get("/api/quality", "quality", "Data quality of the run's inputs: credentials lacking each mandatory standard element, languages of "
                        + "credentials and vacancies with how many were mapped, rejects per file", List.of(RUN), one(QualityService.Summary.class), c::quality),
                Route.get("/api/quality/providers", "quality", "Providers with the mandatory standard elements their credentials lack, the most "
                        + "incomplete first", with(List.of(RUN, "q:string:text in the provider's name"), Controllers.LIST), page(QualityService.Provider.class), c::qualityProviders),

                Route.get("/api/providers", "providers", "Awarding bodies in the catalogue with their mean scores, most credentials first",
                        with(List.of(RUN, "q:string:text in the provider's name"), Controllers.LIST),
                        page(ProviderService.Provider.class), c::listProviders),
                Route.get("/api/providers/recommendations", "providers", "Proposed new credentials (gap bundles) and a provider's weakest credentials. With a provider, "
                        + "the gap bundles closest to its catalogue (shared skill groups, fields of work, occupations), each with fit and why, and its weakest courses, "
                        + "the language versions of one course named once; without, the run's bundles overall",
                        List.of(RUN, "provider:string:awarding body (exact, any case)", "proposals:int:how many proposals (default 5)",
                                "weakest:int:how many weak credentials (default 5)"), one(ProviderService.Recommendations.class), c::providerRecommendations));
    }

    /** Runs before every API route: a query string that does not decode is a 400, not silently ignored. */
    public static void checkQuery(io.javalin.http.Context ctx) {
        Params.checkQuery(ctx);
    }

    /** A credential written back as an ELM or Open Badges 3.0 document: JSON the exporter shapes ({@link OpenApi} describes it). */
    static final JavaType DOCUMENT = one(JsonNode.class);

    private static JavaType one(Class<?> type) {
        return Json.MAPPER.constructType(type);
    }

    /** A page of a list whose items are {@code item}s. */
    private static JavaType page(Class<?> item) {
        return Json.MAPPER.getTypeFactory().constructParametricType(PageRequest.Page.class, item);
    }

    private static List<String> with(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
