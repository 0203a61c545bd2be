package org.skillscope.eval;

import java.nio.file.Path;
import org.skillscope.core.index.ConceptIndex;
import org.skillscope.datasets.esco.Esco;
import org.skillscope.datasets.esco.EscoLoader;

/**
 * Where the real-data tests and the training tools find the shared data and the skill-index cache (system properties,
 * which the pom sets; the defaults suit a run from the module's directory), and how they read a gold file.
 */
public final class RealData {
    private RealData() {}

    /** The shared data folder ({@code -Dskillscope.data}). */
    public static Path data() {
        return Path.of(System.getProperty("skillscope.data", "../../../shared/data"));
    }

    /** The ESCO download the gold sets are labelled with (ESCO 1.1.1 under the shared data). */
    public static Esco esco() {
        return EscoLoader.load(data().resolve("esco/v1.1.1"));
    }

    /** The skill-index cache ({@code -Dskillscope.indexCache}). */
    public static Path indexCache() {
        return Path.of(System.getProperty("skillscope.indexCache", "target/index-cache"));
    }

    /** A gold file, its skills resolved by the index's preferred labels (as {@code eval skills} reads it). */
    public static GoldSet gold(ConceptIndex skills, Path file, GoldFormat format) {
        return new GoldReader(SkillEval.preferredLabels(skills)).read(file, format);
    }
}
