package org.onevisit.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.onevisit.demo.DemoHousehold;
import org.onevisit.demo.DemoProvince;
import org.onevisit.organisation.Regions;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.BulkLoad;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.PopulationLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Benchmark loader: streams {@code onevisit.demo.bulk-persons} generated persons (with their households,
 * marriages and prenatal records, no accounts) into the population library of the configured database with
 * COPY, shows a progress line, and exits the application (status 0, or 1 on failure).
 *
 * <p>Run it with the {@code bulk} profile, which sets 1,000,000 persons and a random web port:
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.profiles=bulk \
 *   -Dspring-boot.run.arguments="--onevisit.demo.bulk-persons=10000000 --onevisit.db.embedded.data-dir=/tmp/ov-bulk"
 * </pre>
 * It refuses a library that already holds persons (household and record ids start at 1). Secondary indexes
 * are dropped for the load and re-created at the end; chunks commit one by one (a failed run leaves the rows
 * loaded so far: use a throw-away database).
 */
@Component
@ConditionalOnProperty(name = "onevisit.demo.bulk-persons")
class BulkPopulationLoad implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BulkPopulationLoad.class);

  private final Regions regions;
  private final PopulationLibrary population;
  private final Clock clock;
  private final ConfigurableApplicationContext context;
  private final long seed;
  private final long persons;

  BulkPopulationLoad(Regions regions, PopulationLibrary population, Clock clock, ConfigurableApplicationContext context,
      @Value("${onevisit.demo.seed:20261122}") long seed, @Value("${onevisit.demo.bulk-persons}") long persons) {
    this.regions = regions;
    this.population = population;
    this.clock = clock;
    this.context = context;
    this.seed = seed;
    this.persons = persons;
  }

  @Override
  public void run(ApplicationArguments args) {
    int status = 0;
    try {
      load();
    } catch (RuntimeException e) {
      log.error("Bulk load failed", e);
      status = 1;
    }
    int exit = status;
    System.exit(SpringApplication.exit(context, () -> exit));
  }

  void load() {
    if (population.persons() > 0) {
      throw new IllegalStateException("The population library is not empty; bulk-load into an empty database");
    }
    LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    var province = new DemoProvince(seed, DemoVillages.of(regions), today);
    log.info("Bulk-loading {} persons (seed {})", persons, seed);
    long households = 0;
    long marriages = 0;
    long prenatals = 0;
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.REBUILD_AFTER_LOAD);
        var progress = new ProgressBar(System.out, persons, ProgressBar.onTerminal())) {
      for (DemoHousehold household : (Iterable<DemoHousehold>) province.households(persons, 0)::iterator) {
        load.add(household.household());
        for (PersonRecord person : household.members()) {
          load.add(person);
        }
        household.marriages().forEach(load::add);
        household.prenatalRecords().forEach(load::add);
        households++;
        marriages += household.marriages().size();
        prenatals += household.prenatalRecords().size();
        progress.set(load.persons());
      }
      progress.phase("writing the last chunk, re-creating indexes");
      long loadedAt = progress.elapsed().toMillis();
      load.finish();
      log.info("Bulk load done: {} persons, {} households, {} marriages, {} prenatal records; rows in {} s "
              + "({} persons/s), with indexes {} s ({} persons/s)",
          load.persons(), households, marriages, prenatals, loadedAt / 1000.0,
          Math.round(load.persons() * 1000.0 / Math.max(1, loadedAt)), progress.elapsed().toMillis() / 1000.0,
          Math.round(load.persons() * 1000.0 / Math.max(1, progress.elapsed().toMillis())));
    }
  }
}
