package org.onevisit.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends load to one URL at a time with the JDK {@link HttpClient} on virtual threads.
 *
 * <ul>
 *   <li><b>closed loop</b>: N users, each sending its next request as soon as the previous answer arrived. A
 *       response counts if it arrived inside the measured phase; its latency is send-to-answer.</li>
 *   <li><b>fixed rate</b> (open loop): request i is due at {@code start + i/R}, whether or not earlier ones were
 *       answered. Latency is measured from that intended time, so a stalled server is not hidden by a stalled
 *       driver (no coordinated omission). A request that finds {@code maxInFlight} requests outstanding is
 *       dropped and counted; one sent more than {@link #LATE_THRESHOLD} after its due time is counted as late.
 *       A request counts if it was due inside the measured phase.</li>
 * </ul>
 *
 * Every phase is bounded: no request is started after the end of the measured phase, and outstanding requests are
 * waited for at most the request timeout (plus a grace second), so a run always stops by itself.
 */
public final class LoadDriver {

    /** A fixed-rate request sent later than this after its due time is reported as late. */
    public static final Duration LATE_THRESHOLD = Duration.ofMillis(10);

    private final HttpOptions options;

    public LoadDriver(HttpOptions options) {
        this.options = options;
    }

    public TargetResult run(Target target) throws InterruptedException {
        LoopbackGuard.requireLoopback(target.uri());
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.uri()).timeout(options.timeout());
        if (target.body() == null) {
            builder.GET();
        } else {
            try {
                builder.POST(HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(target.body())));
            } catch (java.io.IOException e) {
                throw new UsageException("--post: cannot read '" + target.body() + "': " + e.getMessage());
            }
        }
        options.headers().forEach(builder::header);
        HttpRequest request = builder.build();

        Sink sink = new Sink(options.expectStatus());
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .connectTimeout(options.timeout())
                    .executor(workers)
                    .build();
            try {
                long start = System.nanoTime();
                long measureStart = start + options.warmup().toNanos();
                long measureEnd = measureStart + options.duration().toNanos();
                if (options.mode() == HttpOptions.Mode.CLOSED) {
                    closedLoop(client, request, sink, workers, measureStart, measureEnd);
                } else {
                    fixedRate(client, request, sink, workers, start, measureStart, measureEnd);
                }
            } finally {
                client.shutdownNow();
            }
            workers.shutdownNow();
        }
        return sink.result(target, options.duration());
    }

    private void closedLoop(HttpClient client, HttpRequest request, Sink sink, ExecutorService workers,
                            long measureStart, long measureEnd) throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(options.users());
        for (int u = 0; u < options.users(); u++) {
            workers.execute(() -> {
                try {
                    while (System.nanoTime() < measureEnd && !Thread.currentThread().isInterrupted()) {
                        long sent = System.nanoTime();
                        Outcome outcome = send(client, request);
                        long answered = System.nanoTime();
                        if (answered >= measureStart && answered <= measureEnd) {
                            sink.record(outcome, answered - sent);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        awaitBounded(done, measureEnd);
    }

    private void fixedRate(HttpClient client, HttpRequest request, Sink sink, ExecutorService workers,
                           long start, long measureStart, long measureEnd) throws InterruptedException {
        int limit = options.maxInFlight();
        Semaphore inFlight = new Semaphore(limit);
        long lateNanos = LATE_THRESHOLD.toNanos();
        for (long i = 0; ; i++) {
            long due = start + i * 1_000_000_000L / options.rate();
            if (due >= measureEnd) {
                break;
            }
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            boolean measured = due >= measureStart;
            if (measured && now - due > lateNanos) {
                sink.late.increment();
            }
            if (!inFlight.tryAcquire()) {
                if (measured) {
                    sink.dropped.increment();
                }
                continue;
            }
            workers.execute(() -> {
                try {
                    Outcome outcome = send(client, request);
                    if (measured) {
                        sink.record(outcome, System.nanoTime() - due);
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        long grace = options.timeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
        inFlight.tryAcquire(limit, grace, TimeUnit.NANOSECONDS);
    }

    private void awaitBounded(java.util.concurrent.CountDownLatch done, long measureEnd) throws InterruptedException {
        long deadline = measureEnd + options.timeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
        done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private static Outcome send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<Long> response = client.send(request, info -> HttpResponse.BodySubscribers.fromSubscriber(
                    new CountingSubscriber(), CountingSubscriber::bytes));
            return new Outcome(response.statusCode(), response.body(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, 0, "Interrupted");
        } catch (IOException | RuntimeException e) {
            return new Outcome(0, 0, kind(e));
        }
    }

    static String kind(Throwable e) {
        Throwable t = e;
        // the JDK client wraps some failures in a bare IOException: name the cause instead
        while (t.getClass() == IOException.class && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    record Outcome(int status, long bytes, String exception) {
    }

    /** Thread-safe accumulation of one URL's measured phase; latencies go to a wait-free HdrHistogram recorder. */
    private static final class Sink {
        private final java.util.Set<Integer> expected;
        private final Recorder recorder = new Recorder(3);
        private final LongAdder ok = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final LongAdder bytes = new LongAdder();
        final LongAdder dropped = new LongAdder();
        final LongAdder late = new LongAdder();
        private final Map<String, LongAdder> kinds = new ConcurrentHashMap<>();

        Sink(java.util.Set<Integer> expected) {
            this.expected = expected;
        }

        void record(Outcome outcome, long latencyNanos) {
            if (outcome.exception() != null) {
                error(outcome.exception());
            } else if (!expected.contains(outcome.status())) {
                error("status " + outcome.status());
            } else {
                ok.increment();
                bytes.add(outcome.bytes());
                recorder.recordValue(Math.max(0, latencyNanos / 1_000));
            }
        }

        private void error(String kind) {
            errors.increment();
            kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        TargetResult result(Target target, Duration measured) {
            Histogram histogram = recorder.getIntervalHistogram();
            Map<String, Long> byKind = new TreeMap<>();
            kinds.forEach((k, v) -> byKind.put(k, v.sum()));
            return new TargetResult(target, ok.sum(), errors.sum(), byKind, dropped.sum(), late.sum(), bytes.sum(),
                    measured, histogram);
        }
    }

    /** Reads and discards a body, counting its bytes. */
    private static final class CountingSubscriber implements Flow.Subscriber<List<ByteBuffer>> {
        private volatile long bytes; // onNext is never called concurrently (Flow rule 1.3)

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            long n = bytes;
            for (ByteBuffer b : item) {
                n += b.remaining();
            }
            bytes = n;
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }

        long bytes() {
            return bytes;
        }
    }
}
