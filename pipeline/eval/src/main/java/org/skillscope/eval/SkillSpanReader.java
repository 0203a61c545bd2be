package org.skillscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillscope.datasets.DatasetException;
import org.skillscope.datasets.JsonMappers;

/**
 * SkillSpan (Zhang et al., 2022) JSON Lines: one tokenised posting sentence a line with BIO tags for
 * skill and knowledge spans. A sentence is its tokens joined by spaces; it states a skill when any
 * token is tagged in either layer. A bad file is the user's input to fix: {@link DatasetException} naming
 * the file and line.
 */
public final class SkillSpanReader {
    private SkillSpanReader() {}

    /**
     * @param posting the posting it comes from ({@code source:idx}; a posting's first sentence is its title)
     * @param spans   the tagged skill and knowledge spans, each its tokens joined by spaces
     */
    public record Sentence(String text, boolean hasSkill, List<String> spans, String posting) {
        public Sentence {
            spans = List.copyOf(spans);
        }
    }

    public static List<Sentence> read(Path file) {
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = JsonMappers.JSON.readTree(line);
                } catch (IOException e) {
                    throw new DatasetException(file + " line " + n + ": not JSON (" + e.getMessage() + ")");
                }
                JsonNode tokens = node.get("tokens");
                if (tokens == null || !tokens.isArray()) {
                    throw new DatasetException(file + " line " + n + ": field 'tokens' missing or not a list");
                }
                List<String> ts = new ArrayList<>();
                tokens.forEach(t -> ts.add(t.asText()));
                List<String> spans = new ArrayList<>(spans(ts, node.get("tags_skill")));
                spans.addAll(spans(ts, node.get("tags_knowledge")));
                String text = String.join(" ", ts).strip();
                String posting = node.path("source").asText("") + ":" + node.path("idx").asText("");
                if (!text.isEmpty()) out.add(new Sentence(text, !spans.isEmpty(), spans, posting));
            }
        } catch (IOException e) {
            throw new DatasetException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** BIO spans: B starts one, I continues it (an I after O starts one too). */
    private static List<String> spans(List<String> tokens, JsonNode tags) {
        List<String> out = new ArrayList<>();
        if (tags == null) return out;
        StringBuilder cur = null;
        for (int i = 0; i < tokens.size() && i < tags.size(); i++) {
            String t = tags.get(i).asText();
            if (t.startsWith("B") || (t.startsWith("I") && cur == null)) {
                if (cur != null) out.add(cur.toString());
                cur = new StringBuilder(tokens.get(i));
            } else if (t.startsWith("I")) {
                cur.append(' ').append(tokens.get(i));
            } else if (cur != null) {
                out.add(cur.toString());
                cur = null;
            }
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }
}
