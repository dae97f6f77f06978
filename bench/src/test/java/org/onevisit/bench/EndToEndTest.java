package org.onevisit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the driver against a JDK HttpServer on 127.0.0.1 and an ephemeral port. */
class EndToEndTest {

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        byte[] home = "<html><body>OneVisit</body></html>".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (exchange.getRequestURI().getPath().equals("/echo")) {
                    // answers the method, the content type and the body it received
                    byte[] echo = (exchange.getRequestMethod() + " "
                            + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                            + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 200 : 405, echo.length);
                    exchange.getResponseBody().write(echo);
                } else if (exchange.getRequestURI().getPath().equals("/missing")) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.sendResponseHeaders(200, home.length);
                    exchange.getResponseBody().write(home);
                }
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void closedLoopMeasuresEveryUrlInOneRun() throws Exception {
        HttpOptions options = HttpOptions.parse(List.of("--mode", "closed", "--users", "4", "--warmup", "200ms",
                "--duration", "2s", "--url", "home=" + base + "/", "--url", "gone=" + base + "/missing"));
        LoadDriver driver = new LoadDriver(options);
        TargetResult home = driver.run(options.targets().get(0));
        TargetResult gone = driver.run(options.targets().get(1));

        assertTrue(home.requests() > 0, "requests: " + home.requests());
        assertEquals(0, home.errors(), () -> home.errorKinds().toString());
        assertEquals(home.ok(), home.latencyMicros().getTotalCount());
        assertEquals(34, Math.round(home.meanBytes()));
        assertTrue(gone.errors() > 0 && gone.ok() == 0);
        assertTrue(gone.errorKinds().containsKey("status 404"), gone.errorKinds()::toString);

        String table = Report.table(List.of(home, gone), options.mode());
        assertTrue(table.contains("| home | " + base + "/ |"), table);
        assertTrue(table.contains("| gone | "), table);
        assertTrue(table.contains("1.00×"), table);
        assertTrue(table.contains("status 404"), table);
    }

    @Test
    void postSendsTheFilesContentToItsUrl(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path body = java.nio.file.Files.writeString(dir.resolve("credential.json"), "{\"a\":1}");
        HttpOptions options = HttpOptions.parse(List.of("--users", "2", "--warmup", "200ms", "--duration", "2s",
                "--header", "Content-Type: application/json", "--url", "echo=" + base + "/echo", "--post", body.toString(),
                "--url", "get=" + base + "/echo"));
        LoadDriver driver = new LoadDriver(options);
        TargetResult posted = driver.run(options.targets().get(0));
        TargetResult got = driver.run(options.targets().get(1));

        assertTrue(posted.ok() > 0, "ok: " + posted.ok());
        assertEquals(0, posted.errors(), () -> posted.errorKinds().toString());
        assertEquals("POST application/json {\"a\":1}".length(), Math.round(posted.meanBytes()));
        assertTrue(got.errorKinds().containsKey("status 405"), got.errorKinds()::toString);
        String table = Report.table(List.of(posted, got), options.mode());
        assertTrue(table.contains("| echo | POST credential.json to " + base + "/echo |"), table);
    }

    @Test
    void fixedRateSendsTheScheduledNumberOfRequests() throws Exception {
        HttpOptions options = HttpOptions.parse(List.of("--mode", "rate", "--rate", "200", "--warmup", "0s",
                "--duration", "2s", "--url", "home=" + base + "/"));
        TargetResult r = new LoadDriver(options).run(options.targets().getFirst());

        long sent = r.requests() + r.dropped();
        assertTrue(sent >= 320 && sent <= 480, "scheduled about 400 requests, got " + sent);
        assertTrue(r.requests() >= 320, "requests: " + r.requests());
        assertEquals(0, r.errors(), () -> r.errorKinds().toString());
        String table = Report.table(List.of(r), options.mode());
        assertTrue(table.contains("| home |") && table.contains("dropped"), table);
    }

    @Test
    void theCommandLineAppendsTheTableToTheOutFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("run.md");
        int status = Main.run(new String[] {"http", "--users", "2", "--warmup", "0s", "--duration", "300ms",
                "--url", "home=" + base + "/", "--out", out.toString()});
        assertEquals(0, status);
        String md = java.nio.file.Files.readString(out);
        assertTrue(md.startsWith("## onevisit-bench http"), md);
        assertTrue(md.contains("- nproc: ") && md.contains("- JVM: ") && md.contains("- mode: closed loop, 2 users"), md);
        assertTrue(md.contains("| home |"), md);
    }
}
