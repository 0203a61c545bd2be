package org.skillscope.api;

import org.junit.jupiter.api.Test;
import org.skillscope.api.service.ApiException;
import org.skillscope.api.service.RunCache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiRunCacheTest {
    @Test
    void anAnswerIsComputedOncePerRunAndKeyAndTheOldestIsEvictedPastTheBound() {
        // room for two entries of one-character keys (weights are per key and value)
        RunCache cache = new RunCache(2 * RunCache.weight("r1\u0000a", "a1") + 10, 1000, () -> 0L);
        AtomicInteger calls = new AtomicInteger();
        assertEquals("a1", cache.get("r1", "a", () -> "a" + calls.incrementAndGet()));
        assertEquals("a1", cache.get("r1", "a", () -> "a" + calls.incrementAndGet()));
        assertEquals("a2", cache.get("r2", "a", () -> "a" + calls.incrementAndGet())); // another run, another answer
        assertEquals("b3", cache.get("r1", "b", () -> "b" + calls.incrementAndGet())); // evicts r1/a (least recently used)
        assertEquals("a4", cache.get("r1", "a", () -> "a" + calls.incrementAndGet()));
        assertEquals(4, calls.get());
    }

    /** #19, finding 6: the bound is in bytes, so a few large answers cannot hold gigabytes. */
    @Test
    void theCacheIsBoundedInBytesAndKeepsNoAnswerOverHalfOfIt() {
        RunCache cache = new RunCache(1_000_000, 1000, () -> 0L);
        for (int i = 0; i < 100; i++) {
            int n = i;
            cache.get("r", "k" + i, () -> new byte[100_000 + n]);
            assertTrue(cache.bytes() <= 1_000_000, cache.bytes() + " bytes after " + i);
        }
        assertEquals(9, cache.size()); // nine answers of about 100 KB fill 1 MB
        AtomicInteger calls = new AtomicInteger();
        cache.get("r", "huge", () -> { calls.incrementAndGet(); return new byte[600_000]; });
        cache.get("r", "huge", () -> { calls.incrementAndGet(); return new byte[600_000]; });
        assertEquals(2, calls.get(), "an answer over half the bound is computed each time, not kept");
        assertEquals(9, cache.size());
    }

    @Test
    void failuresAreNotRemembered() {
        RunCache cache = new RunCache(1 << 20, 1000, () -> 0L);
        assertThrows(ApiException.class, () -> cache.get("r", "k", () -> { throw ApiException.notFound("not yet"); }));
        assertEquals("now", cache.get("r", "k", () -> "now"));
    }

    @Test
    void theLatestRunIsReReadOnceItsTtlHasPassed() {
        AtomicLong now = new AtomicLong(0);
        RunCache cache = new RunCache(1 << 20, 2000, now::get);
        AtomicInteger reads = new AtomicInteger();
        assertEquals("run-1", cache.latest(() -> "run-" + reads.incrementAndGet()));
        now.set(1999);
        assertEquals("run-1", cache.latest(() -> "run-" + reads.incrementAndGet()));
        now.set(2000);
        assertEquals("run-2", cache.latest(() -> "run-" + reads.incrementAndGet()));
    }
}
