package org.onevisit.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.demo.DemoCatalog;
import org.onevisit.demo.DemoEnterprise;
import org.onevisit.demo.DemoHousehold;
import org.onevisit.demo.DemoPersonas;
import org.onevisit.demo.DemoProvince;
import org.onevisit.demo.DemoStaff;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.Accounts.NewCitizen;
import org.onevisit.identity.Accounts.NewEnterprise;
import org.onevisit.organisation.Regions;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.BulkLoad;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.PopulationLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.onevisit.licence.Licences;
import org.onevisit.organisation.Departments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo province once, on start-up, when {@code onevisit.demo.enabled=true} (the {@code demo}
 * profile): {@code onevisit.demo.persons} persons (default 10,000) with households, marriages and prenatal
 * records into the population library, those with a mobile as citizen accounts, about one enterprise per ten
 * persons, and {@link DemoStaff}.
 *
 * <p>Everything happens in one transaction that starts by locking {@code demo_load} and ends by writing its
 * marker row: a crash mid-load rolls back to nothing, a concurrent start waits and then skips, and a start
 * that finds the marker skips at once.
 */
@Component
@ConditionalOnProperty(name = "onevisit.demo.enabled", havingValue = "true")
class DemoProvinceLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoProvinceLoader.class);
  private static final int CITIZEN_BATCH = 2_000;

  private final Regions regions;
  private final PopulationLibrary population;
  private final Accounts accounts;
  private final CatalogAdministration catalog;
  private final Licences licences;
  private final Departments departments;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final long seed;
  private final int persons;
  private final DemoGrants demoGrants;

  DemoProvinceLoader(Regions regions, PopulationLibrary population, Accounts accounts, CatalogAdministration catalog,
      Licences licences, Departments departments, DemoGrants demoGrants, JdbcClient jdbc,
      PlatformTransactionManager transactions, Clock clock, @Value("${onevisit.demo.seed:20261122}") long seed,
      @Value("${onevisit.demo.persons:10000}") int persons) {
    this.regions = regions;
    this.population = population;
    this.accounts = accounts;
    this.catalog = catalog;
    this.licences = licences;
    this.departments = departments;
    this.demoGrants = demoGrants;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.seed = seed;
    this.persons = persons;
  }

  @Override
  public void run(ApplicationArguments args) {
    load();
    loadCatalog();
    topUpStaff();
    loadGrants();
  }

  /** Grants the demo departments what their items read, once (after the catalog and the staff exist). */
  boolean loadGrants() {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      jdbc.sql("lock table demo_load in exclusive mode").update();
      if (jdbc.sql("select count(*) from demo_step where name = 'grants'").query(Long.class).single() > 0) {
        return false;
      }
      demoGrants.grant(LocalDate.now(clock.withZone(ChinaTime.ZONE)));
      jdbc.sql("insert into demo_step (name, done_at) values ('grants', now())").update();
      return true;
    }));
  }

  /** Creates the demo staff accounts that a province loaded by an earlier version lacks; returns how many. */
  int topUpStaff() {
    return Objects.requireNonNull(transaction.execute(status -> {
      jdbc.sql("lock table demo_load in exclusive mode").update();
      int created = 0;
      for (Accounts.NewStaff member : DemoStaff.all()) {
        if (accounts.findStaff(member.username()).isEmpty()) {
          accounts.createStaff(member);
          created++;
        }
      }
      if (created > 0) {
        log.info("Demo staff topped up: {} accounts", created);
      }
      return created;
    }));
  }

  /**
   * Imports and publishes {@link DemoCatalog} when the catalog holds no version of anything yet (also for
   * a demo province loaded before the catalog existed). Serialised with {@link #load} by the same lock.
   */
  boolean loadCatalog() {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      jdbc.sql("lock table demo_load in exclusive mode").update();
      if (!catalog.itemVersions().isEmpty() || !catalog.bundleVersions().isEmpty()) {
        return false;
      }
      long started = System.nanoTime();
      var report = catalog.importDocument(CatalogDocuments.write(DemoCatalog.items(), DemoCatalog.bundles()), true,
          "demo");
      if (!report.ok()) {
        throw new IllegalStateException("The demo catalog does not import: " + report.errors());
      }
      log.info("Demo catalog published: {} items, {} bundles ({} ms)", report.items(), report.bundles(),
          (System.nanoTime() - started) / 1_000_000);
      return true;
    }));
  }

  /** Loads the demo province unless it is loaded; returns whether it loaded now. */
  boolean load() {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      jdbc.sql("lock table demo_load in exclusive mode").update();
      if (jdbc.sql("select count(*) from demo_load").query(Long.class).single() > 0) {
        log.info("Demo province already loaded; skipping");
        return false;
      }
      loadInTransaction();
      return true;
    }));
  }

  private void loadInTransaction() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    var province = new DemoProvince(seed, DemoVillages.of(regions), today);
    log.info("Loading the demo province: {} persons, seed {}, reference date {}", persons, seed, today);
    var citizens = new ArrayList<NewCitizen>(CITIZEN_BATCH);
    var enterprises = new ArrayList<NewEnterprise>();
    var licenceRequests = new DemoLicenceRequests(departments, DemoPersonas.all(today).stream()
        .map(p -> p.idNumber()).collect(java.util.stream.Collectors.toSet()));
    int registered = 0;
    long loaded;
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.MAINTAIN)) {
      for (DemoHousehold household : (Iterable<DemoHousehold>) province.households(persons, persons / 10)::iterator) {
        load.add(household.household());
        for (PersonRecord person : household.members()) {
          load.add(person);
          if (person.mobile() != null) {
            citizens.add(new NewCitizen(person.idNumber(), person.name(), person.mobile(), person.region()));
          }
        }
        household.marriages().forEach(load::add);
        household.prenatalRecords().forEach(load::add);
        household.births().forEach(load::add);
        licenceRequests.add(household);
        for (DemoEnterprise e : household.enterprises()) {
          enterprises.add(new NewEnterprise(e.creditCode(), e.name(), e.region(), e.legalRepresentative()));
          household.members().stream().filter(m -> m.idNumber().equals(e.legalRepresentative())).findFirst()
              .ifPresent(representative -> {
                var source = new org.onevisit.sharing.Provenance(e.region().county().value() + "-AMR", "市场主体登记系统",
                    representative.provenance().asOf(), 1);
                load.add(new org.onevisit.sharing.EnterpriseRecord(e.creditCode(), e.name(),
                    org.onevisit.sharing.EnterpriseRecord.LegalForm.valueOf(e.kind().name()), e.region(),
                    representative.address(), representative.name(), representative.idNumber(),
                    representative.mobile(), null, org.onevisit.sharing.EnterpriseRecord.Status.ACTIVE, source));
                load.add(new org.onevisit.sharing.CreditRecord(e.creditCode(),
                    org.onevisit.sharing.CreditRecord.Level.values()[Math.floorMod(e.creditCode().hashCode(), 10) / 4],
                    false, false, null, source));
              });
        }
        if (citizens.size() >= CITIZEN_BATCH) {
          registered += accounts.registerCitizens(citizens);
          citizens.clear();
        }
      }
      load.finish();
      loaded = load.persons();
    }
    registered += accounts.registerCitizens(citizens);
    log.info("Demo population loaded: {} persons, {} citizen accounts ({} ms)", loaded, registered,
        (System.nanoTime() - started) / 1_000_000);
    int enterpriseCount = accounts.registerEnterprises(enterprises);
    int staff = 0;
    for (Accounts.NewStaff member : DemoStaff.all()) {
      if (accounts.findStaff(member.username()).isEmpty()) {
        accounts.createStaff(member);
        staff++;
      }
    }
    long signing = System.nanoTime();
    int issued = licences.issueAll(licenceRequests.requests()).size();
    log.info("Demo licences issued: {} ({} ms)", issued, (System.nanoTime() - signing) / 1_000_000);
    jdbc.sql("insert into demo_load (id, seed, persons, loaded_at) values (1, ?, ?, ?)")
        .params(seed, (int) loaded, clock.instant().atZone(ChinaTime.ZONE).toOffsetDateTime())
        .update();
    List<String> personas = DemoPersonas.all(today).stream().map(p -> p.name() + " " + p.idNumber()).toList();
    log.info("Demo province loaded in {} ms: {} persons, {} enterprises, {} staff; personas {}",
        (System.nanoTime() - started) / 1_000_000, loaded, enterpriseCount, staff, personas);
  }
}
