package org.skillscope.core.score;

import java.util.List;

/**
 * Green or digital alignment: {@code skillShare} is the confidence-weighted share of the credential's
 * skills in the collection(s), {@code occupationShare} the share of collection skills among the
 * essential skills of the occupations it prepares for (null if it prepares for none);
 * {@code score} = 100 * (0.7 * skillShare + 0.3 * occupationShare), or 100 * skillShare when null.
 */
public record AlignmentScore(String collections, double score, double skillShare, Double occupationShare,
                             List<String> collectionSkills) {
    public AlignmentScore {
        collectionSkills = List.copyOf(collectionSkills);
    }
}
