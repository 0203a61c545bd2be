package org.skillscope.cli;

import org.skillscope.api.ApiConfig;
import org.skillscope.api.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the latest published run (or ?run=ID): JSON API, OpenAPI document and web page.")
final class ServeCommand implements Runnable {
    @Mixin
    EscoOptions escoOptions;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Results database (default: the H2 file under data/results, or $SKILLSCOPE_DB).")
    String db;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients use to reach the server, besides localhost, 127.0.0.1 and --host (repeatable); other Host headers are refused.")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Override
    public void run() {
        serve(db != null ? db : Defaults.jdbcUrl(), escoOptions, host, port, allowedHosts);
    }

    static void serve(String jdbcUrl, EscoOptions esco, String host, int port, java.util.List<String> allowedHosts) {
        ApiConfig cfg = ApiConfig.of(jdbcUrl, port, esco.escoPath(), esco.cacheDir()).withHost(host).withAllowedHosts(allowedHosts)
                .withEscoLanguages(esco.languages.resolve());
        var app = ApiServer.start(cfg);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "skillscope-serve-stop"));
        System.err.printf("skillscope serve: http://%s:%d/ (API under /api, docs at /docs); Ctrl-C stops%n", host, port);
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
