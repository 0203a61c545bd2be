package org.skillscope.cli;

import org.skillscope.spark.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the job on embedded defaults (../shared/data when present, else the bundled sample),",
                "then serve the result on http://127.0.0.1:7070/ (--no-serve to stop after the run)."})
final class DemoCommand implements Runnable {
    @Option(names = "--sample", description = "Use the bundled sample even when ../shared/data is present.")
    boolean sample;

    @Option(names = "--no-serve", description = "Only run the job.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public void run() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(sample ? new String[] {"--sample"} : new String[0]);
        RunSummary s = run.execute();
        System.out.println(Json.line(s.toMap()));
        if (noServe) return;
        EscoOptions esco = new EscoOptions();
        esco.esco = run.config().esco();
        ServeCommand.serve(Defaults.jdbcUrl(), esco, "127.0.0.1", port, java.util.List.of());
    }
}
