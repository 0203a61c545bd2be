package org.skillscope.api;

import org.junit.jupiter.api.Test;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.RunCache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiRunCacheTest {
    @Test
    void anAnswerIsComputedOncePerRunAndKeyAndTheOldestIsEvictedPastTheBound() {
        RunCache cache = new RunCache(2, 1000, () -> 0L);
        AtomicInteger calls = new AtomicInteger();
        assertEquals("a1", cache.get("r1", "a", () -> "a" + calls.incrementAndGet()));
        assertEquals("a1", cache.get("r1", "a", () -> "a" + calls.incrementAndGet()));
        assertEquals("a2", cache.get("r2", "a", () -> "a" + calls.incrementAndGet())); // another run, another answer
        assertEquals("b3", cache.get("r1", "b", () -> "b" + calls.incrementAndGet())); // evicts r1/a (least recently used)
        assertEquals("a4", cache.get("r1", "a", () -> "a" + calls.incrementAndGet()));
        assertEquals(4, calls.get());
    }

    @Test
    void failuresAreNotRemembered() {
        RunCache cache = new RunCache(10, 1000, () -> 0L);
        assertThrows(ApiException.class, () -> cache.get("r", "k", () -> { throw ApiException.notFound("not yet"); }));
        assertEquals("now", cache.get("r", "k", () -> "now"));
    }

    @Test
    void theLatestRunIsReReadOnceItsTtlHasPassed() {
        AtomicLong now = new AtomicLong(0);
        RunCache cache = new RunCache(10, 2000, now::get);
        AtomicInteger reads = new AtomicInteger();
        assertEquals("run-1", cache.latest(() -> "run-" + reads.incrementAndGet()));
        now.set(1999);
        assertEquals("run-1", cache.latest(() -> "run-" + reads.incrementAndGet()));
        now.set(2000);
        assertEquals("run-2", cache.latest(() -> "run-" + reads.incrementAndGet()));
    }
}
