package org.onevisit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed (SIGKILL) after it acknowledged a submission, before the back office of the accepted case started:
 * the platform, started again on the same database, hands the recorded {@code CaseAccepted} over again (Spring
 * Modulith's {@code republish-outstanding-events-on-restart}) and the back office starts, once.
 *
 * <p>The node is a real OS process ({@link PlatformNode}); the test holds a lock on {@code approval_case} from
 * outside so that the node's back-office start is provably in flight, not done, when the node is killed. Two
 * start-ups of the platform in fresh JVMs (the first with initdb and every migration) take about a minute on the
 * 2-core reference machine (64 s at load 7; 224 s at load 15). It is part of the normal suite, because issue 6 asks
 * for it; skip it locally with {@code -Donevisit.faults.kill=false}, or run it alone with
 * {@code ./mvnw -B failsafe:integration-test failsafe:verify -Dit.test=KilledNodeIntegrationTests}
 * after {@code test-compile}.
 */
@DisabledIfSystemProperty(named = "onevisit.faults.kill", matches = "false")
class KilledNodeIntegrationTests {

  @TempDir Path data;

  final List<Process> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() throws Exception {
    for (var node : nodes) {
      node.getOutputStream().close(); // the node closes its context and stops its PostgreSQL
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly().waitFor();
      }
    }
    // a PostgreSQL orphaned by a failed run is stopped like the platform does it (smart shutdown)
    var pid = data.resolve("pg/postmaster.pid");
    if (Files.exists(pid)) {
      ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).getFirst().strip())).ifPresent(ProcessHandle::destroy);
    }
  }

  @Test
  void aCaseAcceptedByANodeKilledBeforeItsBackOfficeStartedStartsWhenThePlatformIsBack() throws Exception {
    int port = freePort();
    String dataDir = data.resolve("pg").toString();
    var first = start(dataDir, port);
    String number;
    try (Connection outside = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
        "postgres", "")) {
      outside.setAutoCommit(false);
      outside.createStatement().execute("lock table approval_case in share mode");

      first.send("submit");
      number = first.await("ACCEPTED ").substring("ACCEPTED ".length());

      // acknowledged and recorded; the back office's start is blocked inside its transaction
      awaitTrue(() -> blockedOnApprovalCase(port), "the back office's start to be in flight");
      assertThat(query(port, "select status from casework_case where case_number = '" + number + "'"))
          .isEqualTo("ACCEPTED");
      assertThat(incompleteHandOvers(port, number)).isEqualTo(1);

      first.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
      outside.rollback();
    }
    assertThat(query(port, "select count(*) from approval_case where case_ref = '" + number + "'")).isEqualTo("0");

    var second = start(dataDir, port);

    awaitTrue(() -> "RUNNING".equals(query(port, "select status from approval_case where case_ref = '" + number + "'")),
        "the back office to start after the restart");
    awaitTrue(() -> incompleteHandOvers(port, number) == 0, "the hand-over to complete");
    assertThat(query(port, "select count(*) from approval_task where case_ref = '" + number + "' and status = 'OPEN'"))
        .isEqualTo("1");
    assertThat(query(port, "select count(*) from approval_trace where case_ref = '" + number + "' and action = 'STARTED'"))
        .as("started once").isEqualTo("1");
    assertThat(query(port, "select status from casework_case where case_number = '" + number + "'"))
        .isEqualTo("ACCEPTED");
    assertThat(second.process().isAlive()).isTrue();
  }

  record Node(Process process, Writer in, BlockingQueue<String> lines) {

    void send(String line) throws IOException {
      in.write(line + "\n");
      in.flush();
    }

    String await(String prefix) throws InterruptedException {
      var until = Instant.now().plus(Duration.ofSeconds(180));
      while (Instant.now().isBefore(until)) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line != null && line.startsWith(prefix)) {
          return line;
        }
        if (line == null && !process.isAlive()) {
          throw new AssertionError("the node ended with status " + process.exitValue());
        }
      }
      throw new AssertionError("the node did not print " + prefix);
    }
  }

  Node start(String dataDir, int port) throws Exception {
    var java = ProcessHandle.current().info().command().orElse("java");
    var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PlatformNode.class.getName(),
        dataDir, Integer.toString(port)).redirectErrorStream(true).start();
    nodes.add(process);
    var lines = new LinkedBlockingQueue<String>();
    Thread.ofVirtual().start(() -> {
      try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
          System.out.println("[node " + process.pid() + "] " + line);
        }
      } catch (IOException ended) {
        // the node was killed
      }
    });
    var node = new Node(process, new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), lines);
    node.await("READY");
    return node;
  }

  static boolean blockedOnApprovalCase(int port) {
    return "1".equals(query(port, """
        select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%approval_case%'"""));
  }

  static long incompleteHandOvers(int port, String number) {
    return Long.parseLong(query(port, "select count(*) from event_publication where completion_date is null"
        + " and event_type like '%CaseAccepted' and serialized_event like '%" + number + "%'"));
  }

  static String query(int port, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
        var rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    var until = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
