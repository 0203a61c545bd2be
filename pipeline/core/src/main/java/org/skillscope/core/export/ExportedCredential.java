package org.skillscope.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One credential written in one format: the document, whether it is the source document enriched (a round trip)
 * or one built from the standard elements, the ESCO skills it now carries that SkillScope added and the declared
 * ones it carries, and the asserted skills left out because no outcome of the credential states their evidence.
 */
public record ExportedCredential(String credentialId, ExportFormat format, ObjectNode document, boolean roundTrip,
                                 int assertedWritten, int declaredWritten, List<String> unplaced) {
    public ExportedCredential {
        unplaced = List.copyOf(unplaced);
    }

    /** ESCO skills the document carries from SkillScope's results (added and declared). */
    public int skills() {
        return assertedWritten + declaredWritten;
    }
}
