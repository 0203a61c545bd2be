package org.skillscope.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --esco-languages PATH…}: ESCO labels in other languages (official {@code occupations_<lang>.csv}
 * / {@code skills_<lang>.csv}, MELO-style folders, or folders holding them). Default: the MELO folder
 * of the real data when present; {@code --esco-languages none} turns other languages off.
 */
public final class EscoLanguagesOption {
    @Option(names = "--esco-languages", arity = "1..*", paramLabel = "PATH",
            description = "ESCO labels in other languages: occupations_<lang>.csv / skills_<lang>.csv or MELO folders "
                    + "(default: ../shared/data/gold/melo-multilingual when present; 'none' for English only).")
    List<Path> paths;

    /** The configured paths, the default when none are given, or empty ('none', or no default on this machine). */
    public List<Path> resolve() {
        if (paths != null) {
            if (paths.size() == 1 && paths.get(0).toString().equals("none")) return List.of();
            paths.forEach(p -> DataPaths.requireExists(p, "--esco-languages"));
            return List.copyOf(paths);
        }
        return defaults();
    }

    public boolean given() {
        return paths != null;
    }

    public static List<Path> defaults() {
        return DataPaths.sharedData().map(d -> d.resolve(InputSet.SharedData.LAYOUT.escoLanguages())).filter(Files::isDirectory)
                .map(List::of).orElse(List.of());
    }
}
