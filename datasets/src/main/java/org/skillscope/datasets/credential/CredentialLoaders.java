package org.skillscope.datasets.credential;

import com.fasterxml.jackson.databind.JsonNode;
import org.skillscope.datasets.Csv;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.credential.internal.JsonDocuments;
import org.skillscope.datasets.credential.internal.Texts;
import org.skillscope.datasets.validation.LoadResult;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry point for any credential file: picks the loader from the extension and the content
 * (CSV header: SkillScope catalogue, Coursera or edX; JSON: European Learning Model or Open Badges 3.0).
 * A file that is not a credential (a JSON-LD context, an XML vocabulary, a licence) comes back as one
 * rejection saying why; only a missing or unreadable file throws.
 */
public final class CredentialLoaders {
    private CredentialLoaders() {}

    /** Loads {@code file} with the installation's learner salt ({@link LearnerSalt#current()}). */
    public static LoadResult<Credential> load(Path file) {
        return load(file, LearnerSalt.current().value());
    }

    /**
     * The JSON tree of the credential a loader read from {@code file} at {@code line} (its {@link Credential#sourceLine()}:
     * 1 for a single document, else its position in a top-level array), signed forms unwrapped as the loaders unwrap
     * them; empty for a CSV file or when there is no such item. What an export writes back, enriched.
     */
    public static Optional<JsonNode> document(Path file, long line) {
        DatasetException.requireFile(file, "credential file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv")) return Optional.empty();
        return document(file.toString(), Texts.readUtf8(file), line);
    }

    /** {@link #document(Path, long)} of a text already read. */
    public static Optional<JsonNode> document(String fileName, String text, long line) {
        return JsonDocuments.read(text, new LoadResult.Builder<Credential>(fileName)).flatMap(root -> {
            java.util.List<JsonNode> items = org.skillscope.datasets.credential.internal.Json.all(root);
            return line >= 1 && line <= items.size() ? Optional.of(items.get((int) line - 1)) : Optional.empty();
        });
    }

    /** Loads {@code file}, pseudonymising learner ids with {@code salt}. */
    public static LoadResult<Credential> load(Path file, String salt) {
        DatasetException.requireFile(file, "credential file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String fileName = file.toString();
        String text = Texts.readUtf8(file);
        String start = text.stripLeading();
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            Csv.Rows reader = Csv.rows(fileName, text, Csv.separatorOf(fileName));
            if (reader.hasNext()) {
                Csv.Row header = reader.next();
                if (!CredentialCsvLoader.isOwnHeader(header.fields())
                        && CourseCatalogueLoader.flavourOf(header.fields()).isPresent()) {
                    return new CourseCatalogueLoader().load(fileName, text);
                }
            }
            return new CredentialCsvLoader(salt).load(fileName, text);
        }
        boolean jsonLike = name.endsWith(".json") || name.endsWith(".jsonld") || name.endsWith(".jwt") || name.endsWith(".jws")
                || start.startsWith("{") || start.startsWith("[");
        LoadResult.Builder<Credential> out = new LoadResult.Builder<>(fileName);
        if (!jsonLike) {
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "(none)";
            out.reject(1, "", "unsupported file type " + ext + ": expected .csv (SkillScope, Coursera, edX), "
                    + ".json/.jsonld (European Learning Model, Open Badges 3.0) or .jwt", "");
            return out.build();
        }
        Optional<JsonNode> root = JsonDocuments.read(text, out);
        if (root.isEmpty()) return out.build();
        switch (JsonDocuments.kind(root.get())) {
            case ELM -> new ElmCredentialLoader(salt).load(fileName, root.get(), out);
            case OB3 -> new OpenBadgesLoader(salt).load(root.get(), out);
            case CONTEXT -> out.reject(1, "@context", "JSON-LD context document, not a credential", "");
            default -> out.reject(1, "type", "JSON is neither a European Learning Model nor an Open Badges 3.0 credential", "");
        }
        return out.build();
    }
}
