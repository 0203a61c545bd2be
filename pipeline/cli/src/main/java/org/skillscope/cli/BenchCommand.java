package org.skillscope.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: they print figures and assert nothing.",
        subcommands = {BenchRunCommand.class, BenchMapCommand.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say which benchmark: `bench run` or `bench map`");
    }
}
