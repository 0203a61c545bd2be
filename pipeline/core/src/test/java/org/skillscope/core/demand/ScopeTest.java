package org.skillscope.core.demand;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScopeTest {
    @Test
    void ordersAsTheRowsAlwaysWere() {
        // the job once keyed scopes by "type|value": rows written from Scope-keyed maps keep that order
        List<Scope> scopes = List.of(new Scope("sector", "Health"), Scope.country("GB"), new Scope("region", "PT / Lisbon"),
                Scope.ALL, new Scope("region", "PT / Lisboa"), Scope.country("DE"), new Scope("region", "PT"));
        assertEquals(scopes.stream().sorted(Comparator.comparing(Scope::key)).toList(), scopes.stream().sorted().toList());
        assertEquals(List.of(Scope.ALL, Scope.country("DE"), Scope.country("GB")),
                Stream.of(Scope.country("GB"), Scope.ALL, Scope.country("DE")).sorted().toList());
        assertEquals("region|PT / Lisbon", new Scope("region", "PT / Lisbon").key());
    }

    @Test
    void needsTypeAndValue() {
        assertThrows(NullPointerException.class, () -> Scope.country(null));
    }
}
