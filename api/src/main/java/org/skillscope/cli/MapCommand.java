package org.skillscope.cli;

import org.skillscope.spark.cli.DataPaths;
import org.skillscope.spark.cli.Defaults;
import org.skillscope.spark.cli.InputSet;
import org.skillscope.spark.cli.Json;
import org.skillscope.spark.cli.RunCommand;

import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.SkillMatch;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "map", mixinStandardHelpOptions = true, description = "Map a text (a learning outcome, a job ad) to ranked ESCO skills with evidence.")
final class MapCommand implements Runnable {
    @Mixin
    EscoOptions escoOptions;

    @Option(names = "--top", defaultValue = "10", description = "How many skills to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Parameters(paramLabel = "TEXT", arity = "1", description = "The text to map.")
    String text;

    @Override
    public void run() {
        Esco esco = escoOptions.load();
        try (SkillIndex index = escoOptions.index(esco)) {
            List<SkillMatch> matches = new SkillMatcher(index).match(text);
            List<Map<String, Object>> out = new ArrayList<>();
            int rank = 0;
            for (SkillMatch m : matches) {
                if (rank++ >= top) break;
                System.out.printf("%2d. %-50s score %.3f  P(stated) %.2f %s%n    evidence: \"%s\" ~ \"%s\"%n", rank, m.label(), m.score(),
                        m.confidence(), m.asserted() ? "asserted" : "",
                        m.evidence().unit(), m.evidence().matchedLabel());
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("uri", m.uri());
                j.put("label", m.label());
                j.put("score", m.score());
                j.put("confidence", m.confidence());
                j.put("asserted", m.asserted());
                j.put("evidence", Map.of("unit", m.evidence().unit(), "label", m.evidence().matchedLabel()));
                out.add(j);
            }
            System.out.println(Json.line(Map.of("escoVersion", esco.version(), "skills", out)));
        }
    }
}
