package org.onevisit.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code startup}: how long from launching the server to the first 200 of its readiness URL.
 *
 * <p>Each run launches the command with {@code sh -c} (under {@code setsid} when available, so the server gets
 * its own process group and session), polls the ready URL every 50 ms, records the milliseconds to the first 200,
 * then stops the whole process tree: SIGTERM (destroy) to the command and all its descendants, then
 * destroyForcibly on whatever is still alive after 20 s. Runs are sequential; the median is reported.
 */
public final class StartupProbe {

    static final Duration POLL = Duration.ofMillis(50);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    /** Options of {@code startup}. */
    public record Options(String cmd, URI readyUrl, Duration timeout, int runs, String dir, String out) {

        public static final String USAGE = """
                startup --cmd "COMMAND" --ready-url URL [options]
                  --cmd COMMAND         shell command starting the server (run with sh -c, in its own process group)
                  --ready-url URL       polled every 50 ms until it answers 200; loopback hosts only
                  --timeout D           give up a run after D (default 120s)
                  --runs N              number of runs, the median is reported (default 3)
                  --dir DIR             working directory of the command (default: the current one)
                  --out FILE            append the results (markdown) to FILE""";

        public static Options parse(List<String> args) {
            String cmd = null;
            URI ready = null;
            Duration timeout = Duration.ofSeconds(120);
            int runs = 3;
            String dir = null;
            String out = null;
            for (Args.Option o : Args.split(args)) {
                switch (o.name()) {
                    case "--cmd" -> cmd = o.value();
                    case "--ready-url" -> ready = HttpOptions.parseTarget(o.value(), 1).uri();
                    case "--timeout" -> timeout = Durations.bounded(o.name(), Durations.parse(o.name(), o.value()),
                            Duration.ofSeconds(1), Duration.ofMinutes(30));
                    case "--runs" -> runs = Args.intValue(o, 1, 50);
                    case "--dir" -> dir = o.value();
                    case "--out" -> out = o.value();
                    default -> throw new UsageException("unknown option " + o.name());
                }
            }
            if (cmd == null || cmd.isBlank()) {
                throw new UsageException("--cmd is needed");
            }
            if (ready == null) {
                throw new UsageException("--ready-url is needed");
            }
            LoopbackGuard.requireLoopback(ready);
            return new Options(cmd, ready, timeout, runs, dir, out);
        }
    }

    /** One run: milliseconds to ready, or -1 if the server never got ready (or exited) within the timeout. */
    public record Run(int number, long readyMillis, String failure) {
    }

    private final Options options;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    public StartupProbe(Options options) {
        this.options = options;
    }

    public List<Run> runAll() throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= options.runs(); i++) {
            if (isReady()) {
                throw new IllegalStateException(options.readyUrl() + " already answers 200 before the server was started:"
                        + " another server is running on that port");
            }
            Run run = runOnce(i);
            runs.add(run);
            System.err.println("startup run " + i + ": " + (run.failure() == null ? run.readyMillis() + " ms" : run.failure()));
        }
        return runs;
    }

    private Run runOnce(int number) throws IOException, InterruptedException {
        Path log = Files.createTempFile("onevisit-bench-startup-" + number + "-", ".log");
        ProcessBuilder pb = new ProcessBuilder(command(options.cmd()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (options.dir() != null) {
            pb.directory(new File(options.dir()));
        }
        long started = System.nanoTime();
        Process process = pb.start();
        Thread killer = new Thread(() -> stopTree(process.toHandle()));
        Runtime.getRuntime().addShutdownHook(killer);
        String failure = null;
        long readyNanos = -1;
        try {
            long deadline = started + options.timeout().toNanos();
            while (true) {
                if (isReady()) {
                    readyNanos = System.nanoTime() - started;
                    break;
                }
                if (!process.isAlive()) {
                    failure = "the command exited with status " + process.exitValue() + " before it was ready";
                    break;
                }
                if (System.nanoTime() >= deadline) {
                    failure = "not ready after " + Durations.format(options.timeout());
                    break;
                }
                long nextPoll = Math.min(deadline - System.nanoTime(), POLL.toNanos());
                if (nextPoll > 0) {
                    TimeUnit.NANOSECONDS.sleep(nextPoll);
                }
            }
        } finally {
            stopTree(process.toHandle());
            Runtime.getRuntime().removeShutdownHook(killer);
        }
        if (failure != null) {
            System.err.println("server output kept in " + log);
            return new Run(number, -1, failure);
        }
        Files.deleteIfExists(log);
        return new Run(number, TimeUnit.NANOSECONDS.toMillis(readyNanos), null);
    }

    static List<String> command(String cmd) {
        boolean setsid = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "setsid")));
        return setsid ? List.of("setsid", "sh", "-c", cmd) : List.of("sh", "-c", cmd);
    }

    private boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(options.readyUrl()).timeout(Duration.ofSeconds(1)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM to the root and every descendant, wait up to 20 s, then SIGKILL whatever is left. */
    static void stopTree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    // timed out or interrupted: forced below
                }
            }
        }
        // descendants started while stopping are caught too
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    public static String table(List<Run> runs) {
        StringBuilder sb = new StringBuilder("| run | ms to first 200 |\n|---:|---:|\n");
        for (Run r : runs) {
            sb.append("| ").append(r.number()).append(" | ")
                    .append(r.failure() == null ? String.valueOf(r.readyMillis()) : "failed: " + r.failure()).append(" |\n");
        }
        long[] ok = runs.stream().filter(r -> r.failure() == null).mapToLong(Run::readyMillis).sorted().toArray();
        sb.append("| **median** | ").append(ok.length == 0 ? "–" : "**" + median(ok) + "**").append(" |\n");
        return sb.toString();
    }

    static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public String modeLine() {
        return "start-up, " + options.runs() + " run(s), ready URL " + options.readyUrl() + ", timeout "
                + Durations.format(options.timeout()) + ", poll every " + POLL.toMillis() + " ms";
    }
}
