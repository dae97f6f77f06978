package org.onevisit.sharing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of the access log. A read hands its entry to this appender and waits until the entry is committed;
 * one writer thread per node takes every entry waiting at that moment (up to {@code max-batch}), locks the log's
 * head row once, chains the entries' hashes in order, inserts them as one JDBC batch, moves the head and commits —
 * one lock, one commit and one WAL flush for the whole group instead of one per read. Under load the groups grow by
 * themselves (the entries arriving during one commit form the next group); alone, a read waits for one commit, as
 * before.
 *
 * <p>Guarantees kept from appending in the read's own transaction: an answer leaves only after its entry is durable
 * (a read whose entry cannot be committed within {@code wait} fails, serving nothing — its entry may still be
 * committed later, so the log errs on the side of a read that served nothing); the chain has no gaps and
 * follows commit order across nodes (the head row lock); a failed group is rolled back whole and its reads fail.
 * What changes: the entry no longer rolls back with the caller's transaction — a read that happened stays logged
 * even if the caller's work fails afterwards, which is what an access log is for.
 *
 * <p>The writer holds its own connection (not borrowed per group), so that readers waiting with pooled
 * connections can never starve it.
 */
@Component
class AccessLogAppender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AccessLogAppender.class);

  /** An entry waiting for its group, with everything that is chained except its number and the previous hash. */
  record Pending(Instant at, String consumerDepartment, String actor, String subjectKind, String subject,
      String purposeType, String purposeReference, String outcome, String served, String refused,
      CompletableFuture<Long> committed) {}

  private final DataSource dataSource;
  private final int maxBatch;
  private final Duration wait;
  private final BlockingQueue<Pending> queue;
  private volatile boolean running;
  private Thread writer;
  private Connection connection;

  AccessLogAppender(DataSource dataSource,
      @Value("${onevisit.sharing.access-log.max-batch:500}") int maxBatch,
      @Value("${onevisit.sharing.access-log.queue:20000}") int queueCapacity,
      @Value("${onevisit.sharing.access-log.wait:PT10S}") Duration wait) {
    this.dataSource = dataSource;
    this.maxBatch = maxBatch;
    this.wait = wait;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
  }

  /**
   * Appends an entry and waits until it is committed.
   *
   * @return the entry's number in the chain
   * @throws SharingException {@code UNAVAILABLE} when the log cannot take or commit the entry in time
   */
  long append(Pending entry) {
    if (!running) {
      throw new SharingException(SharingError.UNAVAILABLE, "The access log is not running; nothing is served");
    }
    try {
      if (!queue.offer(entry, wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SharingException(SharingError.UNAVAILABLE, "The access log is overloaded; nothing is served");
      }
      return entry.committed().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SharingException(SharingError.UNAVAILABLE, "Interrupted while the access log recorded the read");
    } catch (TimeoutException e) {
      throw new SharingException(SharingError.UNAVAILABLE, "The access log did not record the read in time");
    } catch (ExecutionException e) {
      // the cause (a database error) is logged by the writer; it is not the API client's business
      throw new SharingException(SharingError.UNAVAILABLE, "The access log could not record the read; nothing is served");
    }
  }

  @Override
  public void start() {
    running = true;
    writer = Thread.ofPlatform().name("access-log-appender").daemon().start(this::run);
  }

  @Override
  public void stop() {
    running = false;
    if (writer != null) {
      try {
        writer.join(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Starts before and stops after the web server (graceful shutdown at {@code DEFAULT_PHASE - 1024}, the server
   * itself at {@code - 2048}), so that requests finishing during a graceful shutdown still get their entries written.
   */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  private void run() {
    List<Pending> group = new ArrayList<>(maxBatch);
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, maxBatch - 1);
        write(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (SQLException | RuntimeException | Error e) {
        log.error("Access-log group of {} entries failed; they are not served", group.size(), e);
        rollbackAndDrop();
        group.forEach(p -> p.committed().completeExceptionally(e));
      } finally {
        group.clear();
      }
    }
    closeConnection();
    Pending left;
    while ((left = queue.poll()) != null) {
      left.committed().completeExceptionally(new IllegalStateException("The access log stopped"));
    }
  }

  private void write(List<Pending> group) throws SQLException {
    long[] seqs = new long[group.size()];
    Connection c = connection();
    try (PreparedStatement head = c.prepareStatement(
        "select last_seq, last_hash from sharing_access_log_head where id = 1 for update");
        ResultSet rs = head.executeQuery()) {
      rs.next();
      long seq = rs.getLong(1);
      byte[] previous = rs.getBytes(2);
      try (PreparedStatement insert = c.prepareStatement("""
          insert into sharing_access_log (seq, at, consumer_department, actor, subject_kind, subject, purpose_type,
            purpose_reference, outcome, served, refused, prev_hash, hash)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
        for (int i = 0; i < group.size(); i++) {
          Pending p = group.get(i);
          seq++;
          byte[] hash = JdbcAccessLog.hash(previous, seq, p.at(), p.consumerDepartment(), p.actor(), p.subjectKind(),
              p.subject(), p.purposeType(), p.purposeReference(), p.outcome(), p.served(), p.refused());
          insert.setLong(1, seq);
          insert.setObject(2, OffsetDateTime.ofInstant(p.at(), ChinaTime.ZONE));
          insert.setString(3, p.consumerDepartment());
          insert.setString(4, p.actor());
          insert.setString(5, p.subjectKind());
          insert.setString(6, p.subject());
          insert.setString(7, p.purposeType());
          insert.setString(8, p.purposeReference());
          insert.setString(9, p.outcome());
          insert.setString(10, p.served());
          insert.setString(11, p.refused());
          insert.setBytes(12, previous);
          insert.setBytes(13, hash);
          insert.addBatch();
          seqs[i] = seq;
          previous = hash;
        }
        insert.executeBatch();
      }
      try (PreparedStatement move = c.prepareStatement(
          "update sharing_access_log_head set last_seq = ?, last_hash = ? where id = 1")) {
        move.setLong(1, seq);
        move.setBytes(2, previous);
        move.executeUpdate();
      }
    }
    c.commit();
    for (int i = 0; i < group.size(); i++) {
      group.get(i).committed().complete(seqs[i]);
    }
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      Connection c = dataSource.getConnection();
      c.setAutoCommit(false);
      connection = c;
    }
    return connection;
  }

  private void rollbackAndDrop() {
    if (connection != null) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the connection is dropped below; a broken one cannot roll back, the server rolls it back on close
      }
      closeConnection();
    }
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("Closing the access-log connection failed", e);
      }
      connection = null;
    }
  }
}
