package org.skillscope.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What an exported credential says about its learner. SkillScope never stores a learner's identification in clear,
 * and it does not write it either: the subject's id becomes {@code urn:skillscope:learner:<pseudonym>} (the salted
 * hash the loaders keep), and the fields that identify or describe the person (names, birth, national id, contact,
 * identifiers) are left out. The claims about what was learned stay.
 */
final class Learner {
    static final String URN = "urn:skillscope:learner:";
    /** ELM Person and OB3 AchievementSubject fields that identify or describe the learner. */
    static final List<String> PERSONAL = List.of("givenName", "familyName", "fullName", "birthName", "patronymicName",
            "dateOfBirth", "placeOfBirth", "nationalID", "nationalId", "identifier", "contactPoint", "emailAddress", "email",
            "mailbox", "gender", "citizenshipCountry", "location", "hasLocation", "name", "phone");

    private Learner() {}

    /** Rewrites every {@code credentialSubject} of {@code doc} in place. */
    static void pseudonymise(ObjectNode doc, String pseudonym) {
        JsonNode subjects = doc.get("credentialSubject");
        if (subjects == null) return;
        for (JsonNode s : subjects.isArray() ? subjects : List.of(subjects)) {
            if (!(s instanceof ObjectNode subject)) continue;
            boolean identified = subject.has("id") || subject.has("identifier");
            subject.remove(PERSONAL);
            if (identified && pseudonym != null) subject.put("id", URN + pseudonym);
            else if (identified) subject.remove("id");
        }
    }
}
