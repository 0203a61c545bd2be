package org.skillscope.datasets.credential.internal;

import org.skillscope.datasets.Clip;
import org.skillscope.datasets.credential.Credential;
import org.skillscope.datasets.credential.CredentialValidator;
import org.skillscope.datasets.credential.StandardElement;
import org.skillscope.datasets.validation.LoadResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of every credential loader, for one file: validate a converted record, reject it
 * (first problem, with the caller's already-scrubbed raw text) or accept it with its findings.
 * Also catches duplicate ids within the file.
 */
public final class Admission {
    private final LoadResult.Builder<Credential> out;
    private final boolean requireOutcomes;
    private final Map<String, Long> firstLineById = new HashMap<>();

    public Admission(LoadResult.Builder<Credential> out, boolean requireOutcomes) {
        this.out = out;
        this.requireOutcomes = requireOutcomes;
    }

    public LoadResult.Builder<Credential> out() {
        return out;
    }

    /** Returns true when {@code c} was accepted. {@code raw} must already have its learner id replaced. */
    public boolean offer(Credential c, String raw) {
        List<CredentialValidator.Problem> problems = CredentialValidator.check(c, requireOutcomes);
        if (!problems.isEmpty()) {
            CredentialValidator.Problem p = problems.get(0);
            out.reject(c.sourceLine(), p.field(), p.reason(), raw);
            return false;
        }
        Long first = firstLineById.putIfAbsent(c.id(), c.sourceLine());
        if (first != null) {
            out.reject(c.sourceLine(), "id", "duplicate id '" + Clip.counted(c.id(), Texts.QUOTED_CHARS) + "' (first at line " + first + ")", raw);
            return false;
        }
        out.accept(c);
        for (StandardElement e : CredentialValidator.missingMandatory(c)) {
            out.finding(c.sourceLine(), c.id(), e.column(), "missing mandatory element: " + e.column());
        }
        return true;
    }

    public void reject(long line, String field, String reason, String raw) {
        out.reject(line, field, reason, raw);
    }
}
