package dev.minuku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.web.problem.BusyException;
import dev.minuku.web.problem.Problem;
import dev.minuku.web.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnalysisSlotsTest {

    @Test
    void runsTheAnalysisAndGivesTheSlotBackEvenWhenItFails() {
        AnalysisSlots slots = new AnalysisSlots(2, Duration.ofSeconds(1));
        assertEquals("done", slots.run(() -> "done"));
        assertEquals(2, slots.available());
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("rule bug");
        }));
        assertEquals(2, slots.available());
    }

    @Test
    void neverRunsMoreAnalysesAtOnceThanItHasSlots() throws Exception {
        AnalysisSlots slots = new AnalysisSlots(3, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            Future<?>[] all = new Future<?>[48];
            for (int i = 0; i < all.length; i++) {
                all[i] = pool.submit(() -> slots.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return running.decrementAndGet();
                }));
            }
            for (Future<?> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
        assertEquals(3, slots.available());
    }

    @Test
    void aRequestThatCannotGetASlotInTimeIsToldTheServiceIsBusy() throws Exception {
        AnalysisSlots slots = new AnalysisSlots(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> slots.run(() -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        try {
            BusyException busy = assertThrows(BusyException.class, () -> slots.run(() -> "never"));
            Response answer = new ProblemMappers().busy(busy);
            assertEquals(503, answer.getStatus());
            assertEquals("1", answer.getHeaderString("Retry-After"));
            assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
            Problem problem = (Problem) answer.getEntity();
            assertEquals("https://minuku.dev/problems/busy", problem.type());
            assertEquals(503, problem.status());
        } finally {
            release.countDown();
            holder.join(10_000);
        }
        assertEquals("again", slots.run(() -> "again"));
    }
}
