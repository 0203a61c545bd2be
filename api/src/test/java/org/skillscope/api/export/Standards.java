package org.skillscope.api.export;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two standards an exported credential must meet, checked offline from {@code ../shared/data/standards}:
 * a European Learning Model document against the EDC application profile's SHACL shapes (Jena SHACL, the JSON-LD
 * read with the shared contexts, never fetched), an Open Badges 3.0 object against the official JSON Schema
 * (an AchievementCredential, or an Achievement against {@code $defs/Achievement}).
 */
public final class Standards {
    static final String EDC_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";
    static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** VC 1.1's context, which every official ELM sample names: the shared folder holds only VC 2.0's (see {@link #contextFile}). */
    static final String VC1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path elm;
    private final Shapes shapes;
    private final Schema credentialSchema;
    private final Schema achievementSchema;

    public Standards(Path standardsDir) throws IOException {
        this.elm = standardsDir.resolve("elm");
        Graph shapesGraph = RDFDataMgr.loadGraph(elm.resolve("EDC-generic-no-cv.ttl").toString());
        this.shapes = Shapes.parse(shapesGraph);
        JsonNode schema = JSON.readTree(standardsDir.resolve("ob3/ob_v3p0_achievementcredential_schema.json").toFile());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
        this.credentialSchema = registry.getSchema(schema);
        // the same document with the root replaced by a reference to $defs/Achievement
        ObjectNode achievement = JSON.createObjectNode();
        achievement.set("$schema", schema.get("$schema"));
        achievement.set("$defs", schema.get("$defs"));
        achievement.put("$ref", "#/$defs/Achievement");
        this.achievementSchema = registry.getSchema(achievement);
    }

    /** SHACL violations of an ELM JSON-LD document, one line each ("focus node: path: message"); empty when it conforms. */
    public List<String> elmViolations(JsonNode document) {
        Graph g = GraphFactory.createDefaultGraph();
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(new LocalContexts());
        RDFParser.create().fromString(document.toString()).lang(Lang.JSONLD)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options)).parse(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) out.add(e.focusNode() + ": " + e.resultPath() + ": " + e.message() + (System.getenv("SHACLDBG") != null ? org.apache.jena.shacl.lib.ShLib.displayStr(e.value()) : ""));
        return out;
    }

    /** Schema errors of an Open Badges 3.0 AchievementCredential (or OpenBadgeCredential). */
    public List<String> credentialErrors(JsonNode credential) {
        return messages(credentialSchema.validate(credential));
    }

    /** Schema errors of an Open Badges 3.0 Achievement, against {@code $defs/Achievement}. */
    public List<String> achievementErrors(JsonNode achievement) {
        return messages(achievementSchema.validate(achievement));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    /**
     * The contexts a document names, from the shared folder; any other is an error (nothing is fetched).
     * VC 1.1's context, which every official ELM sample (EDC 3) names, is not in the shared folder: it is taken as
     * VC 2.0's, which maps the same terms to the same IRIs (https://www.w3.org/2018/credentials#), less the two ways
     * VC 2.0 differs that matter here: it protects {@code description}, which VC 1.1 did not define and EDC's context
     * defines, and it dropped {@code issued}, {@code issuanceDate} and {@code expirationDate}, which VC 1.1 defines and EDC requires.
     */
    private String contextText(String url) throws IOException {
        return switch (url) {
            case EDC_CONTEXT -> Files.readString(elm.resolve("edc-ap-context.jsonld"));
            case VC2_CONTEXT -> Files.readString(elm.resolve("credentials-v2.jsonld"));
            case VC1_CONTEXT -> vc1().toString();
            default -> null;
        };
    }

    private JsonNode vc1() throws IOException {
        JsonNode v2 = JSON.readTree(elm.resolve("credentials-v2.jsonld").toFile());
        unprotect(v2);
        ObjectNode vc = (ObjectNode) v2.path("@context").path("VerifiableCredential").path("@context");
        for (String term : List.of("issued", "issuanceDate", "expirationDate")) {
            vc.putObject(term).put("@id", "https://www.w3.org/2018/credentials#" + term).put("@type", "http://www.w3.org/2001/XMLSchema#dateTime");
        }
        return v2;
    }

    private static void unprotect(JsonNode n) {
        if (n instanceof ObjectNode o) o.remove("@protected");
        n.forEach(Standards::unprotect);
    }

    private final class LocalContexts implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions o) throws JsonLdError {
            try {
                String text = contextText(url.toString());
                if (text == null) throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "context not available offline: " + url);
                Document d = JsonDocument.of(new java.io.StringReader(text));
                d.setDocumentUrl(url);
                return d;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "cannot read the context " + url + ": " + e.getMessage());
            }
        }
    }

}
