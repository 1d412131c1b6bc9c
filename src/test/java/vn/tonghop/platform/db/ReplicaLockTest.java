package vn.tonghop.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.tonghop.platform.security.PortalTenantResolver;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.support.PortalTest;

/**
 * Two transactions holding the same name take turns: the second waits in PostgreSQL (seen in pg_locks, no clock
 * involved) until the first commits; another name does not wait.
 */
@PortalTest
class ReplicaLockTest {

    @Inject
    ReplicaLock lock;

    @Inject
    EntityManager em;

    @Inject
    TenantRunner runner;

    @Test
    void theSecondHolderOfANameWaitsForTheFirstToCommit() throws Exception {
        // threads of their own: the common pool may have a single one on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture
                .runAsync(() -> runner.run(PortalTenantResolver.NO_TENANT, () -> {
                    lock.hold("replica-lock-test");
                    events.add("first holds");
                    held.countDown();
                    await(release);
                    events.add("first commits");
                }), threads);
        held.await(30, TimeUnit.SECONDS);
        assertFalse(first.isDone(), "the first holder runs: " + first);
        CompletableFuture<Void> second = CompletableFuture
                .runAsync(() -> runner.run(PortalTenantResolver.NO_TENANT, () -> {
                    lock.hold("replica-lock-test");
                    events.add("second holds");
                }), threads);
        while (waiting() == 0) {
            assertFalse(second.isDone(), "the second holder did not wait");
            Thread.sleep(20);
        }
        runner.run(PortalTenantResolver.NO_TENANT, () -> lock.hold("replica-lock-test-other"));
        assertFalse(first.isDone(), "another name was held at once, while the first still holds its own");
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        threads.shutdown();
        assertEquals(List.of("first holds", "first commits", "second holds"), events);
    }

    private long waiting() {
        return runner.call(PortalTenantResolver.NO_TENANT,
                () -> ((Number) em
                        .createNativeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                        .getSingleResult()).longValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
