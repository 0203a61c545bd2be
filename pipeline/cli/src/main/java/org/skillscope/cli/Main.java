package org.skillscope.cli;


import org.skillscope.datasets.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one SkillScope command-line tool. {@code main} only parses and dispatches; each subcommand
 * wires its objects and calls named steps. Every command that reports figures prints, as its last
 * line on stdout, one JSON object (the stable interface scripts rely on).
 */
@Command(name = "skillscope",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Skills intelligence for micro-credentials: ESCO mapping, labour-market relevance, gaps.",
        subcommands = {EscoCommand.class, ValidateCommand.class, RunCommand.class, MapCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class, DemoCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (NoClassDefFoundError e) {
            // the jar's own Class-Path holds no Spark (so `serve` deploys without it): say how to add it
            if (e.getMessage() == null || !e.getMessage().startsWith("org/apache/spark/")) throw e;
            System.err.println("skillscope: this command runs Spark, which is not on the classpath: use ./skillscope, or "
                    + "java -cp \"pipeline/cli/target/skillscope.jar:pipeline/cli/target/spark-lib/*\" org.skillscope.cli.Main");
            code = 2;
        }
        System.exit(code);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            // Bad input is the user's to fix: one clear line, exit 2. Anything else is our bug: full trace.
            if (ex instanceof DatasetException || ex instanceof IllegalArgumentException) {
                line.getErr().println("skillscope " + line.getCommandName() + ": error: " + ex.getMessage());
                return 2;
            }
            ex.printStackTrace(line.getErr());
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"skillscope " + (v == null ? "dev" : v)};
        }
    }
}
