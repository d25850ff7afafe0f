package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void loadsOnceForManyThreads() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            loads.incrementAndGet();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            Object first = results.get(0).get();
            for (Future<Object> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailureIsThrownAgainOnTheNextCall() {
        AtomicInteger attempts = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("broken");
        });

        assertThatThrownBy(lazy::get).hasMessage("broken");
        assertThatThrownBy(lazy::get).hasMessage("broken");
        assertThat(attempts).hasValue(2);
    }
}
