package org.skillscope.api;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillscope.api.service.EscoContext;
import org.skillscope.core.results.DatabaseAccess;
import org.skillscope.datasets.esco.EscoSample;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What `serve` exposes over its H2 file (issue #19, finding 1): the process listens on loopback only
 * (the API's port and H2's AUTO_SERVER port, which lets the job publish while serve runs), and a
 * second process gets a session only with the generated password, never as sa with an empty one.
 */
class DatabaseExposureTest {

    @Test
    void servingAFileDatabaseListensOnLoopbackOnlyAndASecondProcessNeedsThePassword(@TempDir Path tmp) throws Exception {
        long pid = ProcessHandle.current().pid();
        Set<Integer> before = ports(ListeningSockets.of(pid));
        Path db = tmp.resolve("results/skillscope");
        String url = "jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE";
        try (EscoContext esco = new EscoContext(EscoSample.path(), null)) {
            RunFixture.publishTo(url, esco.graph());
            Javalin app = ApiServer.create(ApiConfig.of(url, 0, EscoSample.path(), null), esco).start("127.0.0.1", 0);
            try {
                assertEquals(200, new Http(app.port()).get("/api/runs/latest").status()); // the server holds the database open
                Properties lock = new Properties();
                try (var in = Files.newInputStream(Path.of(db + ".lock.db"))) {
                    lock.load(in);
                }
                int h2Port = Integer.parseInt(lock.getProperty("server").replaceAll(".*:", ""));

                List<InetSocketAddress> listening = ListeningSockets.of(pid);
                for (InetSocketAddress a : listening) {
                    if (before.contains(a.getPort())) continue; // another test's, still closing
                    assertTrue(a.getAddress().isLoopbackAddress(), "listening beyond loopback: " + listening);
                }
                Set<Integer> opened = ports(listening);
                opened.removeAll(before);
                assertEquals(new TreeSet<>(Set.of(app.port(), h2Port)), opened, listening.toString());

                String password = Files.readString(DatabaseAccess.passwordFile(db)).strip();
                assertEquals("refused 28000", secondProcess(url, ""));
                assertEquals("ok 2", secondProcess(url, password)); // the job, e.g., publishing while serve runs
            } finally {
                app.stop();
            }
        }
    }

    private static Set<Integer> ports(List<InetSocketAddress> addresses) {
        Set<Integer> out = new TreeSet<>();
        addresses.forEach(a -> out.add(a.getPort()));
        return out;
    }

    /** Another JVM opening the database as sa with {@code password}: "ok N" (published runs) or "refused CODE". */
    private static String secondProcess(String url, String password) throws Exception {
        Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path src = Files.createTempFile("SecondProcess", ".java");
        Files.writeString(src, """
                public class SecondProcess {
                    public static void main(String[] a) {
                        try (var c = java.sql.DriverManager.getConnection(a[0], "sa", a[1]);
                             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM runs WHERE status='published'")) {
                            rs.next();
                            System.out.print("ok " + rs.getInt(1));
                        } catch (java.sql.SQLException e) {
                            System.out.print("refused " + e.getErrorCode());
                        }
                    }
                }
                """);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", h2.toString(),
                src.toString(), url, password));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the second process did not finish");
        String out = new String(p.getInputStream().readAllBytes()).strip();
        Files.delete(src);
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}
