package org.skillscope.core.lang;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Lucene 9.12's stemming analyzers for the EU languages that have one. Polish, Croatian, Slovak,
 * Slovenian, Maltese have none in lucene-analysis-common (stempel/morfologik are not served here,
 * and Hunspell dictionaries would be a new data dependency): their words are cut to a fixed prefix
 * instead, and character n-grams carry the rest (see {@link TitleIndex}).
 */
public final class LanguageAnalyzers {
    private static final Map<String, Supplier<Analyzer>> STEMMERS = Map.ofEntries(
            Map.entry("bg", BulgarianAnalyzer::new), Map.entry("cs", CzechAnalyzer::new), Map.entry("da", DanishAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new), Map.entry("el", GreekAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
            Map.entry("et", EstonianAnalyzer::new), Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("ga", IrishAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new), Map.entry("it", ItalianAnalyzer::new),
            Map.entry("lt", LithuanianAnalyzer::new), Map.entry("lv", LatvianAnalyzer::new), Map.entry("nl", DutchAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new));

    private LanguageAnalyzers() {}

    /** A new stemming analyzer for the language, or null when Lucene has none. */
    public static Analyzer stemmer(String language) {
        Supplier<Analyzer> s = STEMMERS.get(language);
        return s == null ? null : s.get();
    }

    public static boolean hasStemmer(String language) {
        return STEMMERS.containsKey(language);
    }
}
