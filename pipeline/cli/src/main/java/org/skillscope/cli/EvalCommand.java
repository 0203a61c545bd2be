package org.skillscope.cli;


import org.skillscope.eval.DeclaredSkillEval;
import org.skillscope.eval.DeclaredSkillResult;
import org.skillscope.eval.GoldFormat;
import org.skillscope.eval.OccupationEval;
import org.skillscope.eval.OccupationEvalResult;
import org.skillscope.eval.OutcomeSilverEval;
import org.skillscope.eval.OutcomeSilverResult;
import org.skillscope.eval.SentenceEval;
import org.skillscope.eval.SkillSpanReader;
import org.skillscope.eval.SkillEval;
import org.skillscope.eval.SkillEvalResult;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.Clip;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialLoaders;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.LanguageLabelLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure mapping quality on a gold set.",
        subcommands = {EvalCommand.Skills.class, EvalCommand.Sentences.class, EvalCommand.Occupations.class, EvalCommand.Declared.class,
                EvalCommand.Outcomes.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say what to evaluate: `eval skills`, `eval sentences`, `eval occupations`, `eval declared` or `eval outcomes`");
    }

    static GoldFormat format(String name) {
        try {
            return GoldFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format " + name);
        }
    }

    @Command(name = "skills", mixinStandardHelpOptions = true,
            description = "Skill extraction: RP@5, RP@10 (percent) and MRR over all ESCO skills; precision, recall and F1 of the asserted skills.")
    static final class Skills implements Runnable {
        @Mixin
        EscoOptions escoOptions;

        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold CSV.")
        Path gold;

        @Option(names = "--format", defaultValue = "decorte", description = "decorte (default) or skillskape.")
        String format;

        @Override
        public void run() {
            DataPaths.requireExists(gold, "--gold");
            GoldFormat f = format(format);
            if (f != GoldFormat.DECORTE && f != GoldFormat.SKILLSKAPE) throw new IllegalArgumentException("--format must be decorte or skillskape");
            Esco esco = escoOptions.load();
            try (SkillIndex index = escoOptions.index(esco)) {
                long t0 = System.nanoTime();
                SkillEvalResult r = SkillEval.run(esco, new SkillMatcher(index), gold, f);
                System.err.printf("evaluated %d queries in %.1f s%n", r.queries(), (System.nanoTime() - t0) / 1e9);
                System.out.println(r.toJson());
            }
        }
    }

    @Command(name = "sentences", mixinStandardHelpOptions = true,
            description = "Which sentences state a skill: a sentence with a skill or knowledge span should get an asserted skill, any other none.")
    static final class Sentences implements Runnable {
        @Mixin
        EscoOptions escoOptions;

        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "SkillSpan JSON Lines (e.g. test.json).")
        Path gold;

        @Option(names = "--format", defaultValue = "skillspan", description = "skillspan (the only one).")
        String format;

        @Override
        public void run() {
            DataPaths.requireExists(gold, "--gold");
            if (format(format) != GoldFormat.SKILLSPAN) throw new IllegalArgumentException("--format must be skillspan");
            List<SkillSpanReader.Sentence> sentences = SkillSpanReader.read(gold);  // a bad file fails before ESCO loads
            Esco esco = escoOptions.load();
            try (SkillIndex index = escoOptions.index(esco)) {
                long t0 = System.nanoTime();
                SentenceEval.Result r = SentenceEval.score(new SkillMatcher(index), sentences);
                System.err.printf("evaluated %d sentences in %.1f s%n", r.sentences(), (System.nanoTime() - t0) / 1e9);
                System.out.println(r.toJson());
            }
        }
    }

    @Command(name = "occupations", mixinStandardHelpOptions = true,
            description = "Job title normalisation: MRR, acc@1 and acc@5 over all ESCO occupations. MELO gold in another language "
                    + "is ranked by that language's labels (a folder of MELO folders: every language with queries, one line each on stderr).")
    static final class Occupations implements Runnable {
        @Mixin
        EscoOptions escoOptions;

        @Option(names = "--gold", required = true, paramLabel = "PATH", description = "Gold CSV (jobbert) or folder (melo).")
        Path gold;

        @Option(names = "--format", required = true, description = "jobbert or melo.")
        String format;

        @Option(names = "--language", paramLabel = "CODE", description = "Language of a MELO folder (default: from its name, <country>_q_<lang>_c_<lang>).")
        String language;

        @Option(names = "--cross-validate", description = "MELO: choose the title-matching parameters leaving one language out, and report each language with the choice made without it.")
        boolean crossValidate;

        @Override
        public void run() {
            DataPaths.requireExists(gold, "--gold");
            GoldFormat f = format(format);
            if (f != GoldFormat.JOBBERT && f != GoldFormat.MELO) throw new IllegalArgumentException("--format must be jobbert or melo");
            if (f == GoldFormat.MELO) {
                String lang = language != null ? language : LanguageLabelLoader.meloLanguage(gold);
                if (lang == null || !lang.equals("en")) {
                    System.out.println(MeloLanguages.evaluate(gold, lang, escoOptions.languages.given() ? escoOptions.languages.resolve() : null, crossValidate));
                    return;
                }
            }
            if (crossValidate) throw new IllegalArgumentException("--cross-validate is for MELO gold in other languages");
            Esco esco = escoOptions.load();
            try (SkillIndex index = escoOptions.index(esco)) {
                long t0 = System.nanoTime();
                OccupationEvalResult r = OccupationEval.run(esco, new OccupationMatcher(index), gold, f);
                System.err.printf("evaluated %d queries in %.1f s%n", r.queries(), (System.nanoTime() - t0) / 1e9);
                System.out.println(r.toJson());
            }
        }
    }

    @Command(name = "declared", mixinStandardHelpOptions = true,
            description = "Learning outcomes: share of the ESCO skills a credential declares for an outcome that are in our top 5 for it.")
    static final class Declared implements Runnable {
        @Mixin
        EscoOptions escoOptions;

        @Option(names = "--credentials", split = ",", paramLabel = "FILE",
                description = "Credential files (default: the ELM and Open Badges examples of the real data, or the bundled sample).")
        List<Path> credentials;

        @Override
        public void run() {
            List<Path> files = credentials != null ? credentials : InputSet.defaults(false).credentials();
            List<Credential> all = new ArrayList<>();
            for (Path p : files) {
                DataPaths.requireExists(p, "--credentials");
                all.addAll(CredentialLoaders.load(p).accepted());
            }
            Esco esco = escoOptions.load();
            try (SkillIndex index = escoOptions.index(esco)) {
                DeclaredSkillResult r = DeclaredSkillEval.run(new SkillMatcher(index), all, 5);
                System.err.printf("%d credentials from %d file(s); %d declare ESCO skills%n", all.size(), files.size(), r.credentials());
                System.out.println(r.toJson());
            }
        }
    }

    @Command(name = "outcomes", mixinStandardHelpOptions = true,
            description = "Learning outcomes, silver check (never trained on): a Coursera course's skill tags that are exactly ESCO "
                    + "preferred or alternative labels against our skills for its \"what you'll learn\" bullets: RP@5, RP@10 (percent), "
                    + "MRR; precision and recall of the asserted skills.")
    static final class Outcomes implements Runnable {
        @Mixin
        EscoOptions escoOptions;

        @Option(names = "--catalogue", paramLabel = "FILE",
                description = "Coursera export with course_skills and course_summary (default: the Coursera catalogue of the real data).")
        Path catalogue;

        @Option(names = "--examples", defaultValue = "0", paramLabel = "N",
                description = "Also show N courses drawn at random (fixed seed) on stderr: summary, silver gold and our top 5.")
        int examples;

        @Override
        public void run() {
            Path file = catalogue != null ? catalogue : InputSet.outcomeCatalogue().orElseThrow(() -> new IllegalArgumentException(
                    "no shared data (SKILLSCOPE_DATA or ../shared/data) to take the default catalogue from: give --catalogue FILE"));
            DataPaths.requireExists(file, "--catalogue");
            List<OutcomeSilverEval.Course> courses = OutcomeSilverEval.read(file);  // a bad file fails before ESCO loads
            Esco esco = escoOptions.load();
            try (SkillIndex index = escoOptions.index(esco)) {
                long t0 = System.nanoTime();
                SkillMatcher matcher = new SkillMatcher(index);
                OutcomeSilverEval.Silver silver = OutcomeSilverEval.silver(courses, esco.skills().values(), matcher.index());
                List<OutcomeSilverEval.Ranked> ranked = OutcomeSilverEval.rank(matcher, silver);
                OutcomeSilverResult r = OutcomeSilverEval.score(silver, ranked);
                System.err.printf("%d courses read, %d with a summary and a tag naming one ESCO skill; %d of %d tags matched, %d ambiguous; "
                        + "ranked in %.1f s%n", courses.size(), r.courses(), r.matchedTags(), r.tags(), r.ambiguousTags(), (System.nanoTime() - t0) / 1e9);
                showExamples(ranked);
                System.out.println(r.toJson());
            }
        }

        private void showExamples(List<OutcomeSilverEval.Ranked> ranked) {
            List<OutcomeSilverEval.Ranked> drawn = new ArrayList<>(ranked);
            Collections.shuffle(drawn, new Random(23));
            for (OutcomeSilverEval.Ranked r : drawn.subList(0, Math.min(Math.max(examples, 0), drawn.size()))) {
                OutcomeSilverEval.Query q = r.query();
                System.err.println("- " + q.course().title() + " (line " + q.course().line() + ")");
                System.err.println("  summary: " + Clip.clip(String.join(" | ", q.course().summary()), 240));
                System.err.println("  silver:  " + String.join("; ", q.matchedTags()));
                System.err.println("  top 5:   " + r.skills().stream().limit(5)
                        .map(m -> (q.gold().contains(m.uri()) ? "*" : "") + m.label() + (m.asserted() ? " (asserted)" : ""))
                        .collect(Collectors.joining("; ")));
            }
        }
    }
}
