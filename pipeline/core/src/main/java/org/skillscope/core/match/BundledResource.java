package org.skillscope.core.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.skillscope.core.CoreException;

/** The lines of a model file shipped beside the matcher's classes (re-ranker weights, assertion model). */
final class BundledResource {
    private BundledResource() {}

    static List<String> lines(String name) {
        try (InputStream in = BundledResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CoreException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
