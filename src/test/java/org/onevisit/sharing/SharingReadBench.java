package org.onevisit.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.onevisit.OneVisitApplication;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In-process benchmark of purpose-bound reads (not a test: run it by hand, see BENCHMARKS.md). Starts the
 * platform on a throw-away embedded PostgreSQL with fsync and synchronous commit on, bulk-loads
 * {@code persons} persons, grants 5 elements, installs a verifier that confirms every {@code BENCH-} case, then
 * for {@code seconds} runs {@code threads} threads of 5-element reads, each logged durably, and, in the same run,
 * the same number of threads doing a plain primary-key SELECT of the same row. Arguments (all optional):
 * persons seconds threads.
 */
public final class SharingReadBench {

  static final List<DataElement> FIVE = SharingFixtures.elements("person.name", "person.birthDate", "person.gender",
      "household.address", "marriage.status");

  private SharingReadBench() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OneVisitApplication.class)
        .profiles("test")
        .properties("onevisit.db.embedded.durable=true", "onevisit.db.embedded.pool-size=" + (threads + 4),
            "logging.level.root=WARN", "spring.main.banner-mode=off")
        .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("benchCases", PurposeVerifier.class,
            () -> (consumer, subject, purpose) -> purpose.reference().startsWith("BENCH-")
                ? PurposeVerifier.Verdict.CONFIRMED : PurposeVerifier.Verdict.ABSTAIN))
        .run()) {
      var population = app.getBean(PopulationLibrary.class);
      var jdbc = app.getBean(JdbcClient.class);
      var shared = app.getBean(SharedData.class);
      IdNumber[] ids = load(population, persons);
      jdbc.sql("""
          insert into sharing_grant (consumer_department, consumer_region, purpose_type, status, justification,
            expires_on, requested_by, requested_at)
          values ('331126-CAB', '331126', 'BENCH', 'APPROVED', 'bench', current_date + 30, 'bench', now())""").update();
      for (DataElement e : FIVE) {
        jdbc.sql("insert into sharing_grant_element select max(id), ? from sharing_grant").param(e.code()).update();
      }
      var consumer = new Consumer("331126-CAB", "client:bench");
      var purpose = new Purpose("BENCH", "BENCH-1");

      run("warm-up reads", threads, 3, () -> shared.read(consumer, Subject.person(any(ids)), FIVE, purpose));
      run("purpose-bound read of 5 elements, logged", threads, seconds,
          () -> shared.read(consumer, Subject.person(any(ids)), FIVE, purpose));
      run("plain primary-key SELECT of the same row", threads, seconds,
          () -> jdbc.sql("select name, birth_date, sex, address, marital_status from sharing_person where id_number = ?")
              .param(any(ids).value()).query().singleRow());
      long entries = jdbc.sql("select count(*) from sharing_access_log").query(Long.class).single();
      long started = System.nanoTime();
      var verification = app.getBean(AccessLog.class).verify();
      System.out.printf(Locale.ROOT, "verify: %d entries in %.1f s, intact=%s%n", entries,
          (System.nanoTime() - started) / 1e9, verification.intact());
    }
  }

  static IdNumber any(IdNumber[] ids) {
    return ids[ThreadLocalRandom.current().nextInt(ids.length)];
  }

  static IdNumber[] load(PopulationLibrary population, int persons) {
    long started = System.nanoTime();
    var provenance = new Provenance("331126-PSB", "户籍管理系统", Instant.parse("2026-01-01T00:00:00Z"), 1);
    var village = RegionCode.of("331126100201");
    IdNumber[] ids = new IdNumber[persons];
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.REBUILD_AFTER_LOAD)) {
      for (int i = 0; i < persons; i++) {
        IdNumber id = IdNumber.of("331126", LocalDate.of(1940, 1, 1).plusDays(i / 1000), i % 1000);
        ids[i] = id;
        load.add(new org.onevisit.sharing.HouseholdRecord(i + 1L, id, village, "庆元县松源街道" + i + "号", provenance));
        load.add(new PersonRecord(id, "张三明", id.sex(), id.birthDate(), "汉族", i + 1L, village, "庆元县松源街道" + i + "号",
            null, MaritalStatus.UNMARRIED, true, provenance));
      }
      load.finish();
    }
    System.out.printf(Locale.ROOT, "loaded %,d persons in %.1f s%n", persons, (System.nanoTime() - started) / 1e9);
    return ids;
  }

  static void run(String name, int threads, int seconds, Runnable call) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    List<long[]> samples = new ArrayList<>();
    int[] counts = new int[threads];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long[] mine = new long[2_000_000];
      samples.add(mine);
      int index = t;
      workers.add(Thread.ofPlatform().start(() -> {
        int n = 0;
        while (!stop.get() && n < mine.length) {
          long s = System.nanoTime();
          call.run();
          mine[n++] = System.nanoTime() - s;
        }
        counts[index] = n;
      }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(samples.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    System.out.printf(Locale.ROOT, "%-45s threads=%d calls=%,d  %,.0f/s  p50=%.2f ms p99=%.2f ms max=%.1f ms%n", name,
        threads, total, total / (double) seconds, all[total / 2] / 1e6, all[(int) (total * 0.99)] / 1e6,
        all[total - 1] / 1e6);
  }
}
