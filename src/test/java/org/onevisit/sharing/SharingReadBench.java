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
 * the same number of threads doing a plain primary-key SELECT of the same row, the same reads over HTTP
 * ({@code POST /api/v1/sharing/reads} with a client's bearer token, {@code -Dbench.http=false} skips it) and, when
 * {@code pgbench} is found (on the PATH or under {@code /usr/lib/postgresql/<v>/bin}), pgbench's prepared
 * single-row insert into a table shaped like the access log, on the same server. Arguments (all optional):
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
            "logging.level.root=WARN", "spring.main.banner-mode=off", "server.port=0",
            "onevisit.db.embedded.shared-buffers=" + System.getProperty("bench.sharedBuffers", ""),
            // a system reading thousands of subjects a second is what the SCRAPING rule catches: alarms are raised
            // (the scraper below measures their latency) but nothing is suspended, so every measured read is served
            "onevisit.sharing.anomaly.suspend-on=")
        .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("benchCases", PurposeVerifier.class,
            () -> (consumer, subject, purpose) -> purpose.reference().startsWith("BENCH-")
                ? PurposeVerifier.Verdict.CONFIRMED : PurposeVerifier.Verdict.ABSTAIN))
        .run()) {
      var population = app.getBean(PopulationLibrary.class);
      var jdbc = app.getBean(JdbcClient.class);
      var shared = app.getBean(SharedData.class);
      IdNumber[] ids = load(population, persons);
      for (String department : List.of("331126-CAB", "331126-HC")) {
        jdbc.sql("""
            insert into sharing_grant (consumer_department, consumer_region, purpose_type, status, justification,
              expires_on, requested_by, requested_at)
            values (?, '331126', 'BENCH', 'APPROVED', 'bench', current_date + 30, 'bench', now())""")
            .param(department).update();
        for (DataElement e : FIVE) {
          jdbc.sql("insert into sharing_grant_element select max(id), ? from sharing_grant").param(e.code()).update();
        }
      }
      var consumer = new Consumer("331126-CAB", "client:bench");
      var purpose = new Purpose("BENCH", "BENCH-1");

      Runnable read = () -> {
        var answer = shared.read(consumer, Subject.person(any(ids)), FIVE, purpose);
        if (answer.outcome() != Answer.Outcome.SERVED) {
          throw new IllegalStateException("Not served: " + answer.refusals());
        }
      };
      run("warm-up reads", threads, 3, read);
      var scraper = Thread.ofPlatform().start(() -> alarmLatency(app, ids, seconds));
      run("purpose-bound read of 5 elements, logged", threads, seconds, read);
      scraper.join();
      run("plain primary-key SELECT of the same row", threads, seconds,
          () -> jdbc.sql("select name, birth_date, sex, address, marital_status from sharing_person where id_number = ?")
              .param(any(ids).value()).query().singleRow());
      if (Boolean.parseBoolean(System.getProperty("bench.http", "true"))) {
        http(app, ids, threads, seconds);
      }
      pgbench(app, jdbc, threads, seconds);
      long entries = jdbc.sql("select count(*) from sharing_access_log").query(Long.class).single();
      long started = System.nanoTime();
      var verification = app.getBean(AccessLog.class).verify();
      System.out.printf(Locale.ROOT, "verify: %d entries in %.1f s, intact=%s%n", entries,
          (System.nanoTime() - started) / 1e9, verification.intact());
    }
  }

  /**
   * While the measured reads run: a second system (another department) reads 200 distinct persons in a burst,
   * which the SCRAPING rule (120 distinct subjects a minute) must catch; prints the time from the read that
   * crossed the limit (the 121st subject) to its alarm being listed for the administrators.
   */
  static void alarmLatency(ConfigurableApplicationContext app, IdNumber[] ids, int seconds) {
    try {
      Thread.sleep(seconds * 300L);
      var shared = app.getBean(SharedData.class);
      var alarms = app.getBean(Alarms.class);
      var scraper = new Consumer("331126-HC", "client:scraper");
      var purpose = new Purpose("BENCH", "BENCH-2");
      long last = 0;
      for (int i = 0; i < 200; i++) {
        shared.read(scraper, Subject.person(ids[i]), FIVE, purpose);
        if (i == 120) {
          last = System.nanoTime();
        }
      }
      while (alarms.open(RegionCode.of("331126")).stream().noneMatch(a -> a.actor().equals("client:scraper"))) {
        if (System.nanoTime() - last > 30_000_000_000L) {
          System.out.println("alarm latency under load: no alarm within 30 s");
          return;
        }
        Thread.sleep(50);
      }
      System.out.printf(Locale.ROOT, "alarm latency under load (121st distinct subject read → alarm listed): %.2f s%n",
          (System.nanoTime() - last) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The same reads through the HTTP API: a registered client, its bearer token, JSON in and out. */
  static void http(ConfigurableApplicationContext app, IdNumber[] ids, int threads, int seconds) throws Exception {
    var admin = SharingFixtures.staff(app.getBean(org.onevisit.identity.Accounts.class), "331126-PSB",
        org.onevisit.identity.Role.DATA_ADMIN);
    var credentials = app.getBean(ApiClients.class).register("331126-CAB", "bench", admin);
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    var tokenResponse = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/sharing/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
            + credentials.clientId() + "&client_secret=" + credentials.secret()))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenResponse.body());
    if (!matcher.find()) {
      throw new IllegalStateException("No token: " + tokenResponse.body());
    }
    String token = matcher.group(1);
    String elements = String.join("\",\"", FIVE.stream().map(DataElement::code).toList());
    Runnable call = () -> {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/sharing/reads"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"idNumber\":\"" + any(ids).value()
              + "\",\"elements\":[\"" + elements + "\"],\"purpose\":{\"type\":\"BENCH\",\"reference\":\"BENCH-1\"}}"))
          .build();
      try {
        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    };
    run("warm-up HTTP reads", threads, 3, call);
    run("HTTP: POST /api/v1/sharing/reads, 5 elements", threads, seconds, call);
    // the same client and server on a static asset: what HTTP alone costs on this machine
    var asset = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/assets/css/onevisit.css")).build();
    run("HTTP: GET a static asset (same client)", threads, seconds, () -> {
      try {
        var response = client.send(asset, java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("static asset: " + response.statusCode());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  /**
   * pgbench's prepared single-row insert on the same server, into a table with the access log's columns and
   * indexes, with as many clients as the reads have threads: the rate at which this server commits one row per
   * transaction.
   */
  static void pgbench(ConfigurableApplicationContext app, JdbcClient jdbc, int threads, int seconds) throws Exception {
    java.nio.file.Path pgbench = findPgbench();
    if (pgbench == null) {
      System.out.println("pgbench: not found (Debian: postgresql-contrib), skipped");
      return;
    }
    jdbc.sql("create table if not exists bench_insert (like sharing_access_log including defaults including indexes)")
        .update();
    jdbc.sql("create sequence if not exists bench_insert_seq").update();
    var script = java.nio.file.Files.createTempFile("insert", ".sql");
    java.nio.file.Files.writeString(script, """
        insert into bench_insert (seq, at, consumer_department, actor, subject_kind, subject, purpose_type, purpose_reference, outcome, served, refused, prev_hash, hash) values (nextval('bench_insert_seq'), now(), '331126-CAB', 'bench', 'P', '331126194001010011', 'BENCH', 'BENCH-1', 'SERVED', 'person.name@P#1,person.birthDate@P#1,person.gender@P#1,household.address@H#1,marriage.status@P#1', '', sha256('a'::bytea), sha256('b'::bytea));
        """);
    String url = ((com.zaxxer.hikari.HikariDataSource) app.getBean(javax.sql.DataSource.class)).getJdbcUrl();
    var m = java.util.regex.Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(url);
    if (!m.find()) {
      throw new IllegalStateException("Cannot parse " + url);
    }
    var process = new ProcessBuilder(pgbench.toString(), "-n", "-M", "prepared", "-c", Integer.toString(threads), "-j",
        "2", "-T", Integer.toString(seconds), "-f", script.toString(), "-h", m.group(1), "-p", m.group(2), "-U",
        "postgres", m.group(3)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    process.waitFor();
    var tps = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(output);
    var latency = java.util.regex.Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
    if (!tps.find() || !latency.find()) {
      System.out.println("pgbench failed:\n" + output);
    } else {
      System.out.printf(Locale.ROOT, "%-45s clients=%d  %s/s  latency avg=%s ms%n", "pgbench prepared single-row insert",
          threads, tps.group(1), latency.group(1));
    }
    java.nio.file.Files.delete(script);
  }

  static java.nio.file.Path findPgbench() throws java.io.IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      var candidate = java.nio.file.Path.of(dir, "pgbench");
      if (java.nio.file.Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    var debian = java.nio.file.Path.of("/usr/lib/postgresql");
    if (java.nio.file.Files.isDirectory(debian)) {
      try (var versions = java.nio.file.Files.list(debian)) {
        return versions.map(v -> v.resolve("bin/pgbench")).filter(java.nio.file.Files::isExecutable)
            .max(java.util.Comparator.naturalOrder()).orElse(null);
      }
    }
    return null;
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
