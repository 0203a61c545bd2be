package org.skillscope.api.service;

import org.skillscope.core.esco.EscoGraph;
import org.skillscope.core.index.SkillIndex;
import org.skillscope.core.match.OccupationMatcher;
import org.skillscope.core.match.SkillMatcher;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;
import org.skillscope.datasets.esco.SkillHierarchy;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The ESCO version the API serves, loaded on first use (not in the constructor: the server starts
 * at once and lists runs while ESCO loads), and the skill index built from it. One instance per
 * server; tests share one across servers because the index is the heavy part.
 */
public final class EscoContext implements AutoCloseable {
    public static final String SKILL_PREFIX = "http://data.europa.eu/esco/skill/";
    public static final String OCCUPATION_PREFIX = "http://data.europa.eu/esco/occupation/";

    private final Path escoPath;
    private final Path cacheDir;
    private final Memo<Esco> esco;
    private final Memo<EscoGraph> graph;
    private final Memo<SkillIndex> index;
    private final Memo<SkillMatcher> skillMatcher;
    private final Memo<OccupationMatcher> occupationMatcher;
    private final Memo<SkillHierarchy> hierarchy;
    private final Memo<java.util.Map<String, String>> iscoLabels;
    private final Memo<org.skillscope.core.lang.Multilingual> languages;
    private final ThreadLocal<org.skillscope.datasets.vacancy.EuLanguageDetector> detector =
            ThreadLocal.withInitial(org.skillscope.datasets.vacancy.EuLanguageDetector::create);

    public EscoContext(Path escoPath, Path cacheDir) {
        this(escoPath, cacheDir, java.util.List.of());
    }

    /** With ESCO labels in other languages (official CSVs or MELO folders) for on-the-fly mapping of texts in them. */
    public EscoContext(Path escoPath, Path cacheDir, java.util.List<Path> languagePaths) {
        this.escoPath = escoPath;
        this.cacheDir = cacheDir;
        this.esco = new Memo<>(() -> EscoLoader.load(escoPath));
        this.graph = new Memo<>(() -> new EscoGraph(esco.get()));
        this.index = new Memo<>(() -> SkillIndex.openOrBuild(esco.get(), cacheDir));
        this.skillMatcher = new Memo<>(() -> new SkillMatcher(index.get()));
        this.occupationMatcher = new Memo<>(() -> new OccupationMatcher(index.get()));
        this.hierarchy = new Memo<>(() -> SkillHierarchy.of(esco.get()));
        this.iscoLabels = new Memo<>(() -> {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            esco.get().iscoGroups().values().forEach(g -> m.put(g.code(), g.preferredLabel()));
            return m;
        });
        java.util.List<Path> paths = java.util.List.copyOf(languagePaths);
        this.languages = new Memo<>(() -> new org.skillscope.core.lang.Multilingual(esco.get(),
                org.skillscope.datasets.esco.LanguageLabelLoader.load(paths), org.skillscope.core.lang.TitleParams.DEFAULTS));
    }

    public Path escoPath() { return escoPath; }
    public Path cacheDir() { return cacheDir; }
    public Esco esco() { return esco.get(); }
    public EscoGraph graph() { return graph.get(); }
    public SkillMatcher skillMatcher() { return skillMatcher.get(); }
    public OccupationMatcher occupationMatcher() { return occupationMatcher.get(); }
    /** Titles and tool names in other languages (the labels loaded on first use). */
    public org.skillscope.core.lang.Multilingual languages() { return languages.get(); }

    /** The language of a credential's outcomes ({@link org.skillscope.datasets.credential.CredentialLanguage}, as the job tells it). */
    public String credentialLanguage(org.skillscope.datasets.credential.Credential c) {
        return org.skillscope.datasets.credential.CredentialLanguage.of(c, detector.get());
    }

    /** The ISO 639-1 code of a text's language, null when it gives no usable signal. */
    public String detectLanguage(String text) {
        return detector.get().detect(text);
    }

    /** The occupation's field of work: its ISCO sub-major group (2 digits, e.g. "health professionals"); null if unknown. */
    public String occupationField(String occupationUri) {
        var o = esco().occupations().get(occupationUri);
        if (o == null || o.iscoGroup() == null || o.iscoGroup().length() < 2) return null;
        String code = o.iscoGroup().substring(0, 2);
        return iscoLabels.get().getOrDefault(code, "ISCO " + code);
    }

    /** The skill's level-1 ESCO pillar group (e.g. "ICT", "assisting and caring"), as the job's skill_group; null if unknown. */
    public String skillGroup(String skillUri) {
        return hierarchy.get().pillarGroup(skillUri).map(n -> n.preferredLabel()).orElse(null);
    }

    /** A skill URI from a full URI or the last path segment of an ESCO skill URI. */
    public String skillUri(String idOrUri) {
        if (idOrUri == null || idOrUri.isBlank()) throw ApiException.badRequest("skill id is empty");
        String uri = idOrUri.contains("/") || idOrUri.contains(":") ? idOrUri : SKILL_PREFIX + idOrUri;
        if (!esco().skills().containsKey(uri)) throw ApiException.notFound("no ESCO skill '" + idOrUri + "' in ESCO " + esco().version());
        return uri;
    }

    public String occupationUri(String idOrUri) {
        if (idOrUri == null || idOrUri.isBlank()) throw ApiException.badRequest("occupation id is empty");
        String uri = idOrUri.contains("/") || idOrUri.contains(":") ? idOrUri : OCCUPATION_PREFIX + idOrUri;
        if (!esco().occupations().containsKey(uri)) {
            throw ApiException.notFound("no ESCO occupation '" + idOrUri + "' in ESCO " + esco().version());
        }
        return uri;
    }

    /** The short id used in paths: the last segment of the URI. */
    public static String idOf(String uri) {
        return uri == null ? null : uri.substring(uri.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        if (index.isSet()) index.get().close();
    }

    /** Thread-safe lazy value. */
    private static final class Memo<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Memo(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) value = supplier.get();
                return value;
            }
        }

        boolean isSet() {
            return value != null;
        }
    }
}
