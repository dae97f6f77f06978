package org.onevisit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Markdown output: a header giving the context of the run, then the result table. */
public final class Report {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "x-api-key",
            "x-csrf-token", "x-xsrf-token");

    private Report() {
    }

    /** The header line and context bullets: date, command line, JVM, nproc, mode. */
    public static String header(String title, List<String> args, String mode) {
        return "## " + title + " — " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n\n"
                + "- command: `java -jar onevisit-bench.jar " + commandLine(args) + "`\n"
                + "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")\n"
                + "- nproc: " + Runtime.getRuntime().availableProcessors() + "\n"
                + "- os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n"
                + "- mode: " + mode + "\n";
    }

    /** The command line as typed, quoted for a shell, with the values of secret headers masked. */
    static String commandLine(List<String> args) {
        StringBuilder sb = new StringBuilder();
        boolean headerValueNext = false;
        for (String arg : args) {
            String a = arg;
            if (headerValueNext || a.startsWith("--header=")) {
                String prefix = headerValueNext ? "" : "--header=";
                String kv = a.substring(prefix.length());
                int colon = kv.indexOf(':');
                if (colon > 0 && SECRET_HEADERS.contains(kv.substring(0, colon).trim().toLowerCase(Locale.ROOT))) {
                    a = prefix + kv.substring(0, colon) + ": ***";
                }
            }
            headerValueNext = arg.equals("--header");
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(quote(a));
        }
        return sb.toString();
    }

    static String quote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=@%+,\\-\\[\\]]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    public static String modeLine(HttpOptions o) {
        String base = o.mode() == HttpOptions.Mode.CLOSED
                ? "closed loop, " + o.users() + " users"
                : "fixed rate, " + o.rate() + " req/s, max in flight " + o.maxInFlight();
        return base + ", warm-up " + Durations.format(o.warmup()) + ", measured " + Durations.format(o.duration())
                + " per URL, expected status " + o.expectStatus().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The result table; the ratio column is each URL's throughput over the first URL's. */
    public static String table(List<TargetResult> results, HttpOptions.Mode mode) {
        boolean rate = mode == HttpOptions.Mode.RATE;
        StringBuilder sb = new StringBuilder();
        sb.append("| label | url | requests | errors |");
        if (rate) {
            sb.append(" dropped | late |");
        }
        sb.append(" req/s | ratio | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | avg bytes |\n");
        sb.append("|---|---|---:|---:|");
        if (rate) {
            sb.append("---:|---:|");
        }
        sb.append("---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double baseline = results.isEmpty() ? 0 : results.getFirst().throughput();
        for (TargetResult r : results) {
            sb.append("| ").append(r.target().label())
                    .append(" | ").append(r.target().body() == null ? "" : "POST " + r.target().body().getFileName() + " to ")
                    .append(r.target().uri())
                    .append(" | ").append(r.requests())
                    .append(" | ").append(r.errors()).append(" |");
            if (rate) {
                sb.append(' ').append(r.dropped()).append(" | ").append(r.late()).append(" |");
            }
            sb.append(' ').append(fmt("%.1f", r.throughput()))
                    .append(" | ").append(baseline > 0 ? fmt("%.2f×", r.throughput() / baseline) : "n/a")
                    .append(" | ").append(ms(r.percentileMillis(50)))
                    .append(" | ").append(ms(r.percentileMillis(90)))
                    .append(" | ").append(ms(r.percentileMillis(99)))
                    .append(" | ").append(ms(r.percentileMillis(99.9)))
                    .append(" | ").append(ms(r.maxMillis()))
                    .append(" | ").append(fmt("%.0f", r.meanBytes()))
                    .append(" |\n");
        }
        String errors = results.stream()
                .filter(r -> !r.errorKinds().isEmpty())
                .map(r -> "- errors of `" + r.target().label() + "`: " + kinds(r.errorKinds()))
                .collect(Collectors.joining("\n"));
        if (!errors.isEmpty()) {
            sb.append('\n').append(errors).append('\n');
        }
        return sb.toString();
    }

    private static String kinds(Map<String, Long> kinds) {
        return kinds.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : fmt("%.3f", v);
    }

    static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }

    public static void append(String file, String markdown) throws IOException {
        Path path = Path.of(file);
        boolean fresh = !Files.exists(path) || Files.size(path) == 0;
        Files.writeString(path, (fresh ? "" : "\n") + markdown, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
