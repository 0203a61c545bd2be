package org.skillscope.datasets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one JSON mapper setup of datasets, core and the job: Jackson's defaults (one line, no
 * indentation; the records and maps written are plain). Mappers are thread-safe once built, so
 * share {@link #JSON} rather than making new ones.
 */
public final class JsonMappers {
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonMappers() {}

    /** The same setup, with one string or number bounded at {@code maxStringChars} while parsing (untrusted input files). */
    public static ObjectMapper bounded(int maxStringChars) {
        return JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringChars).build()).build()).build();
    }

    /** An empty JSON object to fill (keys keep their order). */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code value} as one line of JSON. */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code value} rounded to {@code decimals} places as {@code String.format("%.Nf")} rounds it
     * (a figure in a result line); null when it is not finite, which JSON cannot hold.
     */
    public static BigDecimal fixed(double value, int decimals) {
        return Double.isFinite(value) ? new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value)) : null;
    }
}
