package org.skillscope.spark.cli;

import org.skillscope.datasets.credential.CredentialSample;
import org.skillscope.datasets.esco.EscoSample;
import org.skillscope.datasets.vacancy.VacancySample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of a run when the user gives none: the real public data beside the project when it is
 * there (../shared/data or SKILLSCOPE_DATA), else the bundled sample, so the demo runs anywhere.
 */
public record InputSet(String name, Path esco, List<Path> credentials, List<Path> vacancies) {

    public static InputSet sample() {
        return new InputSet("bundled sample", EscoSample.path(), CredentialSample.files(), VacancySample.files());
    }

    public static Optional<InputSet> shared() {
        return DataPaths.sharedData().map(InputSet::fromShared);
    }

    public static InputSet fromShared(Path data) {
        List<Path> credentials = new ArrayList<>();
        credentials.add(data.resolve("courses/coursera-1000/coursera_courses.csv"));
        credentials.add(data.resolve("courses/edx-975/edx_courses.csv"));
        // the credential examples (ELM and Open Badges): the unsigned ELM documents, the OB3
        // achievements; signed twins and JSON-LD contexts would only repeat or reject
        for (String f : List.of(
                "credentials/elm-v3-official/Sample-MC-Annex1-unsigned.jsonld",
                "credentials/elm-v3-official/Sample-CertOfPart-unsigned.jsonld",
                "credentials/elm-v3-official/credential-sample-v3.1.jsonld",
                "credentials/elm-v3-official/credential-sample.jsonld",
                "credentials/mynextid-microcredential/edc-mc-example.json",
                "credentials/mynextid-microcredential/open-badge-mc-example.json",
                "credentials/1edtech-ob3-spec/fullOpenBadge.extracted.json",
                "credentials/1edtech-ob3-spec/achievementAlignmentCe.extracted.json",
                "credentials/educredentials-ob3/uvh_at_microcredential_full_1.json",
                "credentials/educredentials-ob3/theed_microcredential_full_ho.json",
                "credentials/educredentials-ob3/mbob_zw_ssb_microcredential_full.json")) {
            Path p = data.resolve(f);
            if (Files.exists(p)) credentials.add(p);
        }
        List<Path> vacancies = List.of(
                data.resolve("vacancies/adzuna-uk-2013/Train_rev1.csv"),
                data.resolve("vacancies/eures-2025/European_jobs_batch2.csv"),
                data.resolve("vacancies/eures-2025/european_jobs_2.csv"));
        return new InputSet("real data in " + data, data.resolve("esco/v1.1.1"), credentials, vacancies);
    }

    /** Shared data when present, else the sample; {@code forceSample} skips the lookup. */
    public static InputSet defaults(boolean forceSample) {
        return forceSample ? sample() : shared().orElseGet(InputSet::sample);
    }
}
