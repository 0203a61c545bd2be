package org.skillscope.api;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * axe-core (npm, the version pinned in src/test/axe/package-lock.json) run inside the page: a serious or
 * critical violation fails the test with the rule, the elements and axe's help. It is installed with
 * {@code npm ci} into target/axe on first use, so {@code mvn verify} needs only npm on the machine.
 */
final class Axe {
    static final Path SOURCE = Path.of("src", "test", "axe");
    static final Path INSTALL = Path.of("target", "axe");
    private static String script;

    private Axe() {}

    static synchronized String script() {
        if (script != null) return script;
        Path axe = INSTALL.resolve("node_modules/axe-core/axe.min.js");
        try {
            if (!Files.isRegularFile(axe)) {
                Files.createDirectories(INSTALL);
                for (String f : List.of("package.json", "package-lock.json")) {
                    Files.copy(SOURCE.resolve(f), INSTALL.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
                Process npm;
                try {
                    npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error").directory(INSTALL.toFile())
                            .redirectErrorStream(true).redirectOutput(INSTALL.resolve("npm-ci.log").toFile()).start();
                } catch (IOException e) {
                    fail("npm is needed to install axe-core for the accessibility checks (apt-get install npm): " + e.getMessage());
                    return null;
                }
                if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                    fail("npm ci in " + INSTALL + " failed: " + Files.readString(INSTALL.resolve("npm-ci.log")));
                }
            }
            script = Files.readString(axe, StandardCharsets.UTF_8);
            return script;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe on the page as it is; fails on any serious or critical violation, naming where. */
    @SuppressWarnings("unchecked")
    static void check(WebDriver driver, String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) js.executeScript(script());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))"
                + ".catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        if (!violations.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> v : violations) lines.add(v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"));
            fail("axe at " + where + ": " + String.join("\n", lines));
        }
    }
}
