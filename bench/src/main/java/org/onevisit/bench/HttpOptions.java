package org.onevisit.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Options of the {@code http} sub-command.
 *
 * @param targets      the URLs, measured one after another in this order; the first is the baseline of the ratios
 * @param mode         closed loop (N users) or fixed rate (open loop)
 * @param users        concurrent users of the closed loop
 * @param rate         requests per second of the fixed-rate mode
 * @param maxInFlight  bound on outstanding requests of the fixed-rate mode; beyond it a request is dropped
 * @param warmup       time per URL before measuring
 * @param duration     measured time per URL
 * @param timeout      connect and request timeout
 * @param headers      request headers, in order
 * @param expectStatus the statuses that count as success
 * @param out          markdown file to append the results to, or {@code null}
 */
public record HttpOptions(List<Target> targets, Mode mode, int users, int rate, int maxInFlight, Duration warmup,
                          Duration duration, Duration timeout, Map<String, String> headers, Set<Integer> expectStatus,
                          String out) {

    public enum Mode {
        CLOSED, RATE;

        public String cliName() {
            return this == CLOSED ? "closed" : "rate";
        }
    }

    static final Duration MAX_PHASE = Duration.ofHours(1);

    public HttpOptions {
        targets = List.copyOf(targets);
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        expectStatus = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(expectStatus));
    }

    public static final String USAGE = """
            http --url [label=]URL [--url [label=]URL ...] [options]
              --url [label=]URL     URL to measure, repeatable; URLs are measured one after another in the same run,
                                    the first one is the baseline of the throughput ratios. Loopback hosts only.
              --label NAME          label of the preceding --url (alternative to label=URL)
              --post FILE           POST the content of FILE to the preceding --url instead of a GET
                                    (set its type with --header Content-Type:...)
              --mode closed|rate    closed loop (default) or fixed rate (open loop)
              --users N             closed loop: concurrent users (default 50)
              --rate R              fixed rate: requests per second (default 500)
              --max-in-flight N     fixed rate: outstanding requests before new ones are dropped (default 1000)
              --warmup D            warm-up per URL, not measured (default 10s)
              --duration D          measured time per URL (default 30s)
              --timeout D           connect and request timeout (default 10s)
              --header K:V          request header, repeatable
              --expect-status S     status(es) counted as success, e.g. 200 or 200,304 (default 200)
              --out FILE            append the results (markdown) to FILE
            Durations: 500ms, 10s, 2m.""";

    public static HttpOptions parse(List<String> args) {
        List<Target> targets = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        boolean lastLabelled = true;
        Mode mode = Mode.CLOSED;
        int users = 50;
        int rate = 500;
        int maxInFlight = 1000;
        Duration warmup = Duration.ofSeconds(10);
        Duration duration = Duration.ofSeconds(30);
        Duration timeout = Duration.ofSeconds(10);
        Map<String, String> headers = new LinkedHashMap<>();
        Set<Integer> expect = new LinkedHashSet<>(Set.of(200));
        String out = null;

        for (Args.Option o : Args.split(args)) {
            switch (o.name()) {
                case "--url" -> {
                    Target t = parseTarget(o.value(), targets.size() + 1);
                    lastLabelled = t.label() != null && o.value().startsWith(t.label() + "=");
                    targets.add(t);
                }
                case "--label" -> {
                    if (targets.isEmpty() || lastLabelled) {
                        throw new UsageException("--label names the preceding --url, which must not have a label= already");
                    }
                    String label = checkLabel(o.value());
                    Target last = targets.removeLast();
                    targets.add(new Target(label, last.uri(), last.body()));
                    lastLabelled = true;
                }
                case "--post" -> {
                    if (targets.isEmpty() || targets.getLast().body() != null) {
                        throw new UsageException("--post gives the body of the preceding --url, which must not have one already");
                    }
                    java.nio.file.Path file = java.nio.file.Path.of(o.value());
                    if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
                        throw new UsageException("--post: cannot read the file '" + o.value() + "'");
                    }
                    Target last = targets.removeLast();
                    targets.add(new Target(last.label(), last.uri(), file));
                }
                case "--mode" -> mode = switch (o.value().trim().toLowerCase(Locale.ROOT)) {
                    case "closed" -> Mode.CLOSED;
                    case "rate", "fixed-rate", "open" -> Mode.RATE;
                    default -> throw new UsageException("--mode must be closed or rate, got '" + o.value() + "'");
                };
                case "--users" -> users = Args.intValue(o, 1, 10_000);
                case "--rate" -> rate = Args.intValue(o, 1, 100_000);
                case "--max-in-flight" -> maxInFlight = Args.intValue(o, 1, 10_000);
                case "--warmup" -> warmup = Durations.bounded(o.name(), Durations.parse(o.name(), o.value()), Duration.ZERO, MAX_PHASE);
                case "--duration" -> duration = Durations.bounded(o.name(), Durations.parse(o.name(), o.value()), Duration.ofMillis(100), MAX_PHASE);
                case "--timeout" -> timeout = Durations.bounded(o.name(), Durations.parse(o.name(), o.value()), Duration.ofMillis(1), Duration.ofMinutes(5));
                case "--header" -> {
                    int colon = o.value().indexOf(':');
                    if (colon <= 0) {
                        throw new UsageException("--header must be K:V, got '" + o.value() + "'");
                    }
                    String name = o.value().substring(0, colon).trim();
                    String value = o.value().substring(colon + 1).trim();
                    try {
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header(name, value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--header '" + name + "' cannot be set: " + e.getMessage());
                    }
                    headers.put(name, value);
                }
                case "--expect-status" -> {
                    expect.clear();
                    for (String s : o.value().split(",")) {
                        expect.add(Args.intValue(new Args.Option(o.name(), s), 100, 599));
                    }
                }
                case "--out" -> out = o.value();
                default -> throw new UsageException("unknown option " + o.name());
            }
        }
        if (targets.isEmpty()) {
            throw new UsageException("at least one --url is needed");
        }
        for (Target t : targets) {
            if (!labels.add(t.label())) {
                throw new UsageException("label '" + t.label() + "' is used twice");
            }
            LoopbackGuard.requireLoopback(t.uri());
        }
        return new HttpOptions(targets, mode, users, rate, maxInFlight, warmup, duration, timeout, headers, expect, out);
    }

    /** {@code home=http://localhost:8080/} or a bare URL, which gets the label {@code url<n>}. */
    static Target parseTarget(String spec, int index) {
        String label = null;
        String url = spec.trim();
        int eq = url.indexOf('=');
        if (eq > 0) {
            String before = url.substring(0, eq);
            if (before.indexOf(':') < 0 && before.indexOf('/') < 0) {
                label = checkLabel(before);
                url = url.substring(eq + 1).trim();
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException("--url: not a URL: '" + url + "'");
        }
        if (uri.getHost() == null) {
            throw new UsageException("--url: no host in '" + url + "'");
        }
        return new Target(label == null ? "url" + index : label, uri);
    }

    private static String checkLabel(String label) {
        String l = label.trim();
        if (!l.matches("[\\p{L}\\p{N}_.\\-]+")) {
            throw new UsageException("label '" + label + "' may only contain letters, digits, '_', '.' and '-'");
        }
        return l;
    }
}
