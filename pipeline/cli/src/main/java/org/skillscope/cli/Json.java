package org.skillscope.cli;

import org.skillscope.datasets.JsonMappers;

/** The last line of a command: one compact JSON object. */
public final class Json {
    private Json() {}

    public static String line(Object value) {
        return JsonMappers.write(value);
    }
}
