package org.skillscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.CredentialExports;
import org.skillscope.api.service.Database;
import org.skillscope.api.service.RunCache;
import org.skillscope.api.service.RunService;
import org.skillscope.core.export.ExportFormat;
import org.skillscope.core.export.ExportedCredential;
import org.skillscope.core.export.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes results back into the formats they came in (or that publishers take). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export results in a standard format.",
        subcommands = {ExportCommand.Credentials.class})
final class ExportCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say what to export: `export credentials`");
    }

    @Command(name = "credentials", mixinStandardHelpOptions = true,
            description = "Every credential of a published run with its ESCO skills, one file each: European Learning Model (<id>.elm.jsonld) "
                    + "or Open Badges 3.0 (<id>.ob3.json). An ELM or Open Badges source is written back enriched; any other credential "
                    + "becomes an ELM LearningAchievementSpecification or an OB3 Achievement.")
    static final class Credentials implements Runnable {
        @Option(names = "--db", paramLabel = "URL", description = "Results database (default: the H2 file under data/results, or $SKILLSCOPE_DB).")
        String db;

        @Option(names = "--run", paramLabel = "ID", description = "Published run (default: the latest).")
        String run;

        @Option(names = "--format", required = true, paramLabel = "elm|ob3", description = "elm or ob3.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created if missing).")
        Path out;

        @Option(names = "--provider", paramLabel = "P", description = "Only the credentials of this awarding body (exact name, any case).")
        String provider;

        @Option(names = "--min-confidence", paramLabel = "X",
                description = "Write only asserted skills with at least this confidence, 0-1 (default: every asserted skill, i.e. from the matcher's calibrated threshold). Declared skills are always kept.")
        Double minConfidence;

        @Override
        public void run() {
            ExportFormat f = ExportFormat.parse(format);
            if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("--min-confidence must be between 0 and 1, got " + minConfidence);
            }
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new IllegalArgumentException("--out " + out + ": cannot create the folder (" + e.getMessage() + ")");
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            try (Database database = new Database(db != null ? db : Defaults.jdbcUrl())) {
                String runId = new RunService(database, new RunCache(1 << 20, 0, System::currentTimeMillis)).resolve(run);
                CredentialExports.Summary s = new CredentialExports(database).all(runId, provider, f, minConfidence,
                        e -> write(json, e), reason -> System.err.println("skillscope export credentials: skipped " + reason));
                if (s.credentials() == 0) {
                    System.err.println("skillscope export credentials: run " + runId + " has no credentials"
                            + (provider == null ? "" : " of awarding body '" + provider + "'"));
                }
                System.err.printf("skillscope export credentials: run %s, %d of %d credentials written to %s, %d ESCO skills; %d asserted skills "
                        + "left out because no outcome of their credential holds their evidence%n", runId, s.written(), s.credentials(), out, s.skills(), s.unplaced());
                Map<String, Object> last = new LinkedHashMap<>();
                last.put("credentials", s.credentials());
                last.put("written", s.written());
                last.put("skills", s.skills());
                last.put("format", f.id());
                last.put("skipped", s.skipped());
                System.out.println(Json.line(last));
            } catch (ApiException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }

        private void write(ObjectMapper json, ExportedCredential e) {
            Path file = out.resolve(Ids.safe(e.credentialId()) + e.format().suffix());
            try {
                json.writeValue(file.toFile(), e.document());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + file, ex);
            }
        }
    }
}
