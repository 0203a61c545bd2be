package org.skillscope.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.core.export.CredentialExport;
import org.skillscope.core.export.ExportFormat;
import org.skillscope.core.export.ExportSkill;
import org.skillscope.core.export.ExportedCredential;
import org.skillscope.datasets.SampleFiles;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.credential.CredentialSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The credentials of a published run written back as European Learning Model or Open Badges 3.0 documents with
 * their ESCO skills (core {@link CredentialExport} does the writing). The skills come from the run's
 * {@code credential_skills}; the credential itself is read again from the input file the run recorded, checked against
 * the SHA-256 the run kept, so that the document written back is the one the run scored. The results database keeps no
 * source documents: they hold learner data, which SkillScope stores only as a pseudonym.
 */
public final class CredentialExports {
    private final Database db;

    public CredentialExports(Database db) {
        this.db = db;
    }

    /** What a batch export did; {@code unplaced}: asserted skills left out because no outcome holds their evidence. */
    public record Summary(int credentials, int written, int skills, int skipped, int unplaced) {}

    /** One credential; a credential that cannot be exported is a 404 saying why. */
    public ExportedCredential one(String runId, String credentialId, ExportFormat format, Double minConfidence) {
        if (credentialId.length() > 300) throw ApiException.badRequest("credential id is at most 300 characters");
        Run run = run(runId);
        List<Map<String, Object>> rows = db.query("SELECT credential_id, source_file FROM credentials WHERE run_id=? AND credential_id=?", runId, credentialId);
        if (rows.isEmpty()) throw ApiException.notFound("no credential '" + credentialId + "' in run " + runId);
        try {
            return export(run, rows.get(0), skills(runId, credentialId).getOrDefault(credentialId, List.of()), format, minConfidence, new HashMap<>());
        } catch (Unavailable e) {
            throw ApiException.notFound("credential '" + credentialId + "' cannot be exported: " + e.getMessage());
        }
    }

    /**
     * Every credential of the run (of one awarding body, any case, when {@code provider} is given), in id order, each
     * handed to {@code sink}; each one that cannot be exported is named with its reason to {@code skipped}.
     */
    public Summary all(String runId, String provider, ExportFormat format, Double minConfidence, Consumer<ExportedCredential> sink,
                       Consumer<String> skipped) {
        Run run = run(runId);
        String where = provider == null || provider.isBlank() ? "" : " AND LOWER(awarding_body)=?";
        Object[] params = where.isEmpty() ? new Object[]{runId} : new Object[]{runId, provider.strip().toLowerCase(Locale.ROOT)};
        List<Map<String, Object>> rows = db.query("SELECT credential_id, source_file FROM credentials WHERE run_id=?" + where
                + " ORDER BY credential_id", params);
        Map<String, List<ExportSkill>> skills = skills(runId, null);
        Map<Path, Loaded> files = new HashMap<>();
        int written = 0, skillCount = 0, skip = 0, unplaced = 0;
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("credentialId");
            try {
                ExportedCredential e = export(run, row, skills.getOrDefault(id, List.of()), format, minConfidence, files);
                sink.accept(e);
                written++;
                skillCount += e.skills();
                unplaced += e.unplaced().size();
            } catch (Unavailable e) {
                skipped.accept(id + ": " + e.getMessage());
                skip++;
            }
        }
        return new Summary(rows.size(), written, skillCount, skip, unplaced);
    }

    private ExportedCredential export(Run run, Map<String, Object> row, List<ExportSkill> skills, ExportFormat format, Double minConfidence,
                                      Map<Path, Loaded> files) {
        String id = (String) row.get("credentialId");
        String sourceFile = (String) row.get("sourceFile");
        Path file = run.locate(sourceFile);
        Loaded loaded = files.computeIfAbsent(file, Loaded::of);
        Credential c = loaded.byId.get(id);
        if (c == null) throw new Unavailable(sourceFile + " no longer holds it");
        JsonNode source = CredentialLoaders.document(file, c.sourceLine()).orElse(null);
        // the matcher's own threshold made them asserted; a higher one leaves the less sure out
        double min = minConfidence == null ? 0 : minConfidence;
        try {
            return CredentialExport.export(c, source, skills, format, min, run.escoVersion);
        } catch (IllegalArgumentException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    /** Asserted and declared skills of one credential (or of all, when null), by credential id. */
    private Map<String, List<ExportSkill>> skills(String runId, String credentialId) {
        String sql = "SELECT credential_id, skill_uri, label, confidence, declared, evidence_outcome FROM credential_skills WHERE run_id=?"
                + (credentialId == null ? "" : " AND credential_id=?") + " ORDER BY credential_id, skill_uri";
        Object[] params = credentialId == null ? new Object[]{runId} : new Object[]{runId, credentialId};
        Map<String, List<ExportSkill>> out = new LinkedHashMap<>();
        for (Map<String, Object> r : db.query(sql, params)) {
            out.computeIfAbsent((String) r.get("credentialId"), k -> new ArrayList<>()).add(new ExportSkill((String) r.get("skillUri"),
                    (String) r.get("label"), ((Number) r.get("confidence")).doubleValue(), Boolean.TRUE.equals(r.get("declared")),
                    (String) r.get("evidenceOutcome")));
        }
        return out;
    }

    private Run run(String runId) {
        List<Map<String, Object>> rows = db.query("SELECT esco_version, inputs_json FROM runs WHERE run_id=? AND status='published'", runId);
        if (rows.isEmpty()) throw ApiException.noRun("no published run " + runId);
        List<Input> inputs = new ArrayList<>();
        JsonNode json = Json.parse(rows.get(0).get("inputsJson"));
        if (json != null && json.isArray()) {
            for (JsonNode i : json) {
                if ("credentials".equals(i.path("kind").asText()) && i.path("file").isTextual()) {
                    inputs.add(new Input(Path.of(i.get("file").asText()).normalize(), i.path("sha256").asText("")));
                }
            }
        }
        return new Run(runId, (String) rows.get(0).get("escoVersion"), inputs);
    }

    /** A credential input file of a run: its path as the run saw it and its SHA-256. */
    private record Input(Path file, String sha256) {}

    private record Run(String id, String escoVersion, List<Input> inputs) {
        /**
         * The file a credential was read from: the run's input whose path ends with the credential's source name, as
         * the run recorded it or, for the bundled sample (copied to a temporary folder that is gone), as this JVM
         * provides it; only with the SHA-256 the run recorded.
         */
        Path locate(String sourceName) {
            if (sourceName == null) throw new Unavailable("the run recorded no source file");
            Path name = Path.of(sourceName).normalize();
            for (Input in : inputs) {
                if (!in.file.endsWith(name)) continue;
                for (Path candidate : candidates(in.file)) {
                    if (Files.isRegularFile(candidate) && org.skillscope.datasets.FileDigests.sha256(candidate).equalsIgnoreCase(in.sha256)) return candidate;
                }
                throw new Unavailable("its input file " + sourceName + " is gone or changed since run " + id
                        + " (its SHA-256 differs): export from a run over the current file");
            }
            throw new Unavailable("run " + id + " lists no input file " + sourceName);
        }

        private static List<Path> candidates(Path recorded) {
            List<Path> out = new ArrayList<>(List.of(recorded));
            String name = recorded.getFileName().toString();
            if (CredentialSample.FILE_NAMES.contains(name)) {
                out.add(SampleFiles.resolve(CredentialSample.RESOURCE_DIR, List.of(name)).get(0));
            }
            return out;
        }
    }

    /** The credentials a file holds, by id (the first of a repeated id, as the job keeps it). */
    private record Loaded(Map<String, Credential> byId) {
        static Loaded of(Path file) {
            Map<String, Credential> byId = new HashMap<>();
            for (Credential c : CredentialLoaders.load(file).accepted()) byId.putIfAbsent(c.id(), c);
            return new Loaded(byId);
        }
    }


    /** Why a credential cannot be exported (a skip in a batch, a 404 alone). */
    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

}
