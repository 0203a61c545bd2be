package org.skillscope.core.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notebooks' SCHEMA (notebooks/skillscope_nb.py) lists each exported table's columns as its record does. */
class NotebookSchemaTest {
    private static final Path NOTEBOOK_HELPERS = Path.of("../../notebooks/skillscope_nb.py").toAbsolutePath().normalize();
    /** Runs only the module's GROWTH and SCHEMA assignments (no pandas needed) and prints SCHEMA as JSON. */
    private static final String PRINT_SCHEMA = String.join("\n",
            "import ast, json, sys",
            "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())",
            "keep = [n for n in tree.body if isinstance(n, ast.Assign) and any(getattr(t, 'id', '') in ('GROWTH', 'SCHEMA') for t in n.targets)]",
            "scope = {}",
            "exec(compile(ast.Module(body=keep, type_ignores=[]), sys.argv[1], 'exec'), scope)",
            "print(json.dumps(scope['SCHEMA']))");

    @Test
    void theNotebookSchemaIsTheRecordsColumns() throws Exception {
        assertTrue(Files.isRegularFile(NOTEBOOK_HELPERS), NOTEBOOK_HELPERS.toString());
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", PRINT_SCHEMA, NOTEBOOK_HELPERS.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 is not installed: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        @SuppressWarnings("unchecked")
        Map<String, List<String>> schema = new TreeMap<>(new ObjectMapper().readValue(out, Map.class));
        Map<String, List<String>> records = new TreeMap<>();
        for (ResultTable t : ResultTable.values()) {
            if (t != ResultTable.RUNS) records.put(t.table(), t.rowColumns()); // runs are the run's JSON, not a table export
        }
        assertEquals(records, new LinkedHashMap<>(schema));
    }
}
