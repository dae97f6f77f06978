package org.onevisit.sharing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who may read what right now, as every read asks it: the approved grants' expiries per consumer department and
 * purpose type, and the suspended departments. Kept in memory only while this node listens on PostgreSQL's channel
 * {@code sharing_policy}, which triggers on the grant and suspension tables notify at every commit that changes
 * them (migration V7), from any node or tool; a notification drops everything. While the listening connection is
 * down, nothing is cached and every read asks the database, as without the cache — the cache can make a read
 * faster, never more permissive than the database a few milliseconds after a change committed (a listening
 * connection that dies without an error is found by a query every 10 s; until then the cache could miss
 * changes).
 *
 * <p>A load races a change: a value read before the change committed but stored after its notification would
 * survive it. Each load therefore remembers the generation (the count of drops) it started in and stores its
 * value only if no drop happened meanwhile. Changes made on this node also drop the cache synchronously after
 * their commit, so that this node sees its own change before the notification comes round.
 */
@Component
class ReadPolicy implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ReadPolicy.class);
  static final String CHANNEL = "sharing_policy";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final boolean enabled;
  private final ConcurrentHashMap<String, Map<DataElement, LocalDate>> expiries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile @Nullable Set<String> suspended;
  private volatile boolean listening;
  private volatile boolean running;
  private @Nullable Thread listener;

  ReadPolicy(DataSource dataSource, JdbcClient jdbc,
      @Value("${onevisit.sharing.read-policy.cache:true}") boolean enabled) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  /** Per element, the latest expiry of the approved grants to this department for this purpose type. */
  Map<DataElement, LocalDate> approvedExpiries(String consumerDepartment, String purposeType,
      Supplier<Map<DataElement, LocalDate>> load) {
    if (!listening) {
      return load.get();
    }
    String key = consumerDepartment + '\u0000' + purposeType;
    Map<DataElement, LocalDate> cached = expiries.get(key);
    if (cached != null) {
      return cached;
    }
    long started = generation.get();
    Map<DataElement, LocalDate> loaded = Map.copyOf(load.get());
    // "nothing granted" is not kept: a department's first grant then counts from its commit on every node, not
    // from its notification, and a refused read costs its query (refusals are rare and logged anyway)
    if (!loaded.isEmpty() && listening && generation.get() == started) {
      expiries.put(key, loaded);
      if (generation.get() != started) {
        expiries.remove(key, loaded);
      }
    }
    return loaded;
  }

  /** Whether the department's reads are suspended now (an open suspension). */
  boolean suspended(String consumerDepartment) {
    Set<String> known = suspended;
    if (listening && known != null) {
      return known.contains(consumerDepartment);
    }
    long started = generation.get();
    Set<String> loaded = Set.copyOf(jdbc.sql(
        "select distinct consumer_department from sharing_suspension where lifted_at is null")
        .query(String.class).list());
    if (listening && generation.get() == started) {
      suspended = loaded;
      if (generation.get() != started) {
        suspended = null;
      }
    }
    return loaded.contains(consumerDepartment);
  }

  /** Drops the cache after the current transaction commits (at once without one): a change made on this node. */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          drop();
        }
      });
    } else {
      drop();
    }
  }

  private void drop() {
    generation.incrementAndGet();
    expiries.clear();
    suspended = null;
  }

  @Override
  public void start() {
    running = true;
    if (enabled) {
      listener = Thread.ofPlatform().name("sharing-policy-listener").daemon().start(this::listen);
    }
  }

  @Override
  public void stop() {
    running = false;
    listening = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("listen " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        drop();
        listening = true;
        log.debug("Read policy cached while listening on {}", CHANNEL);
        int idle = 0;
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1_000);
          if (notifications != null && notifications.length > 0) {
            drop();
          }
          if (++idle % 10 == 0) {
            // a connection that died without a word would otherwise keep a stale cache: ask every 10 s
            try (Statement statement = connection.createStatement()) {
              statement.execute("select 1");
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("Read-policy listener lost its connection; reads ask the database until it is back", e);
        }
      } finally {
        listening = false;
        drop();
      }
      if (running) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
