package org.onevisit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpOptionsTest {

    @Test
    void defaults() {
        HttpOptions o = HttpOptions.parse(List.of("--url", "http://localhost:8080/"));
        assertEquals(List.of(new Target("url1", URI.create("http://localhost:8080/"))), o.targets());
        assertEquals(HttpOptions.Mode.CLOSED, o.mode());
        assertEquals(50, o.users());
        assertEquals(500, o.rate());
        assertEquals(Duration.ofSeconds(10), o.warmup());
        assertEquals(Duration.ofSeconds(30), o.duration());
        assertEquals(Set.of(200), o.expectStatus());
        assertTrue(o.headers().isEmpty());
        assertNull(o.out());
    }

    @Test
    void postGivesTheBodyOfThePrecedingUrl(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path body = java.nio.file.Files.writeString(dir.resolve("vc.json"), "{}");
        HttpOptions o = HttpOptions.parse(List.of("--url", "http://localhost:8080/credentials/verify", "--post", body.toString(),
                "--label", "rdfc", "--url", "home=http://localhost:8080/"));
        assertEquals(new Target("rdfc", URI.create("http://localhost:8080/credentials/verify"), body), o.targets().get(0));
        assertEquals("POST", o.targets().get(0).method());
        assertEquals("GET", o.targets().get(1).method());
        assertThrows(UsageException.class, () -> HttpOptions.parse(List.of("--post", body.toString())));
        assertThrows(UsageException.class, () -> HttpOptions.parse(List.of("--url", "http://localhost/", "--post",
                dir.resolve("missing.json").toString())));
        assertThrows(UsageException.class, () -> HttpOptions.parse(List.of("--url", "http://localhost/", "--post",
                body.toString(), "--post", body.toString())));
    }

    @Test
    void theReadmeExample() {
        HttpOptions o = HttpOptions.parse(List.of("--mode", "closed", "--users", "50", "--warmup", "10s", "--duration", "30s",
                "--url", "home=http://localhost:8080/", "--url", "static=http://localhost:8080/assets/css/onevisit.css",
                "--out", "BENCHMARKS-run.md"));
        assertEquals(List.of(new Target("home", URI.create("http://localhost:8080/")),
                new Target("static", URI.create("http://localhost:8080/assets/css/onevisit.css"))), o.targets());
        assertEquals("BENCHMARKS-run.md", o.out());
    }

    @Test
    void rateModeHeadersStatusesAndEqualsSyntax() {
        HttpOptions o = HttpOptions.parse(List.of("--mode=rate", "--rate", "200", "--max-in-flight", "64",
                "--url", "http://127.0.0.1:8080/a?x=1", "--label", "a", "--url=b=http://[::1]:8080/b",
                "--header", "Accept-Language: zh-CN", "--header", "X-Trace:1", "--expect-status", "200,304",
                "--warmup", "0", "--duration", "1500ms", "--timeout", "2s"));
        assertEquals(HttpOptions.Mode.RATE, o.mode());
        assertEquals(200, o.rate());
        assertEquals(64, o.maxInFlight());
        assertEquals(new Target("a", URI.create("http://127.0.0.1:8080/a?x=1")), o.targets().get(0));
        assertEquals(new Target("b", URI.create("http://[::1]:8080/b")), o.targets().get(1));
        assertEquals(Map.of("Accept-Language", "zh-CN", "X-Trace", "1"), o.headers());
        assertEquals(Set.of(200, 304), o.expectStatus());
        assertEquals(Duration.ZERO, o.warmup());
        assertEquals(Duration.ofMillis(1500), o.duration());
        assertEquals(Duration.ofSeconds(2), o.timeout());
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(500), Durations.parse("--x", "500ms"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("--x", "2m"));
        assertEquals(Duration.ofSeconds(7), Durations.parse("--x", "7"));
        assertEquals(Duration.ofMillis(1500), Durations.parse("--x", "1.5s"));
        assertEquals("10s", Durations.format(Duration.ofSeconds(10)));
        assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    }

    @Test
    void wrongCommandLines() {
        for (List<String> args : List.of(
                List.<String>of(),
                List.of("--users", "5"),
                List.of("--url", "http://localhost/", "--mode", "burst"),
                List.of("--url", "http://localhost/", "--users", "0"),
                List.of("--url", "http://localhost/", "--users", "many"),
                List.of("--url", "http://localhost/", "--duration", "forever"),
                List.of("--url", "http://localhost/", "--duration", "2h"),
                List.of("--url", "http://localhost/", "--header", "novalue"),
                List.of("--url", "http://localhost/", "--header", "Host: evil"),
                List.of("--url", "a=http://localhost/", "--url", "a=http://localhost/x"),
                List.of("--url", "a=http://localhost/", "--label", "b"),
                List.of("--label", "b"),
                List.of("--url", "http://localhost/", "--bogus", "1"),
                List.of("--url"),
                List.of("http://localhost/"))) {
            assertThrows(UsageException.class, () -> HttpOptions.parse(args), args::toString);
        }
    }

    @Test
    void secretHeadersAreMaskedInTheRecordedCommandLine() {
        String line = Report.commandLine(List.of("http", "--header", "Authorization: Bearer abc", "--header=Cookie:SESSION=x",
                "--header", "X-CSRF-TOKEN: t0k3n", "--header", "Accept: text/html"));
        assertEquals("http --header 'Authorization: ***' '--header=Cookie: ***' --header 'X-CSRF-TOKEN: ***' "
                + "--header 'Accept: text/html'", line);
    }

    @Test
    void startupOptions() {
        StartupProbe.Options o = StartupProbe.Options.parse(List.of("--cmd", "./mvnw spring-boot:run",
                "--ready-url", "http://localhost:8080/actuator/health/readiness", "--timeout", "120s", "--runs", "3"));
        assertEquals("./mvnw spring-boot:run", o.cmd());
        assertEquals(URI.create("http://localhost:8080/actuator/health/readiness"), o.readyUrl());
        assertEquals(3, o.runs());
        assertThrows(UsageException.class, () -> StartupProbe.Options.parse(List.of("--cmd", "true")));
        assertThrows(LoopbackGuard.RefusedTargetException.class, () -> StartupProbe.Options.parse(
                List.of("--cmd", "true", "--ready-url", "http://example.com/")));
        assertEquals(5, StartupProbe.median(new long[] {1, 5, 9}));
        assertEquals(4, StartupProbe.median(new long[] {1, 3, 5, 9}));
    }
}
