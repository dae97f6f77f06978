package org.onevisit.platform;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway per module: the migrations of module {@code m} live in {@code db/migration/m/} and are recorded
 * in their own history table {@code flyway_schema_history_m}, so each module numbers its migrations from
 * V1 and owns its tables. Modules migrate in the order of {@code onevisit.flyway.modules}, dependencies
 * first ({@code ModularityTests} checks the order against the module graph); a migration folder missing
 * from that list stops the start-up rather than being silently skipped.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

  private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

  @Bean
  FlywayMigrationStrategy moduleMigrationStrategy(@Value("${onevisit.flyway.modules}") List<String> order) {
    return flyway -> {
      Set<String> folders = migrationFolders();
      Set<String> unlisted = new TreeSet<>(folders);
      unlisted.removeAll(order);
      if (!unlisted.isEmpty()) {
        throw new IllegalStateException("Migration folders " + unlisted + " are not in onevisit.flyway.modules");
      }
      for (String module : order) {
        if (!folders.contains(module)) {
          continue;
        }
        var result = Flyway.configure()
            .configuration(flyway.getConfiguration())
            .locations("classpath:db/migration/" + module)
            .table("flyway_schema_history_" + module)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
        if (result.migrationsExecuted > 0) {
          log.info("Migrated {} to version {} ({} migrations)", module, result.targetSchemaVersion,
              result.migrationsExecuted);
        }
      }
    };
  }

  /** The modules that have a migration folder on the classpath. */
  static Set<String> migrationFolders() {
    try {
      Set<String> folders = new LinkedHashSet<>();
      for (Resource sql : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
        String path = sql.getURL().toString();
        String folder = path.substring(0, path.lastIndexOf('/'));
        folders.add(folder.substring(folder.lastIndexOf('/') + 1));
      }
      return folders;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list migration folders", e);
    }
  }
}
