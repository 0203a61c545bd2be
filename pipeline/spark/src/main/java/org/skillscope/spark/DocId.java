package org.skillscope.spark;

import org.apache.spark.sql.Column;
import org.skillscope.datasets.credential.Credential;

/**
 * The job's document ids, one column for both kinds of text it maps: a vacancy ("v:" then its source and id)
 * and a credential's outcome ("c:" then the credential id). The kind prefix lives only in the job: the results
 * name a vacancy by what follows it ({@link #key}).
 */
final class DocId {
    private static final String VACANCY = "v:", CREDENTIAL = "c:";

    private DocId() {}

    static String vacancy(String source, String id) {
        return VACANCY + source + ":" + id;
    }

    static String credential(Credential c) {
        return CREDENTIAL + c.id();
    }

    static Column isVacancy(Column docId) {
        return docId.startsWith(VACANCY);
    }

    static Column isCredential(Column docId) {
        return docId.startsWith(CREDENTIAL);
    }

    /** The id without its kind, as the results name it. */
    static String key(String docId) {
        return docId.substring(VACANCY.length());
    }

    static Column key(Column docId) {
        return docId.substr(VACANCY.length() + 1, Integer.MAX_VALUE);
    }
}
