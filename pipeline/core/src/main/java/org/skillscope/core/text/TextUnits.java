package org.skillscope.core.text;

import org.skillscope.datasets.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;

/** Text → the units we match: sentences and bullets, with boilerplate dropped. */
public final class TextUnits {
    private final SentenceSplitter splitter;
    private final Boilerplate boilerplate;

    public TextUnits(SentenceSplitter splitter, Boilerplate boilerplate) {
        this.splitter = splitter;
        this.boilerplate = boilerplate;
    }

    public TextUnits() {
        this(new SentenceSplitter(), new Boilerplate());
    }

    public List<String> units(String text) {
        List<String> out = new ArrayList<>();
        for (String s : splitter.split(text)) {
            if (!boilerplate.isBoilerplate(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
