package org.onevisit.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.onevisit.OneVisitApplication;
import org.onevisit.casework.Casework.Subject;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.catalog.CatalogTestData;
import org.onevisit.identity.Applicant;
import org.onevisit.licence.Licences;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.PopulationLibrary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In-process benchmark of submission (not a test: run it by hand, see BENCHMARKS.md). Starts the platform on a
 * throw-away embedded PostgreSQL with fsync and synchronous commit on, publishes the 出生一件事 fixture, grants
 * its departments, registers {@code families} usual families (population records and licences), then for
 * {@code seconds} runs {@code threads} threads that each open a draft for a family (pre-fill: every item's
 * department reads what its form needs, each read logged durably in the hash-chained access log), fill what
 * the family types and submit it, which checks the materials against the licence library and records their
 * use. In the same run, the same threads submit a one-item application without shared data (no reads) as the
 * baseline. Reports throughput, latency percentiles, and commits, statements and sharing reads per submission.
 * With {@code -Dbench.lifecycle=true} it then measures, with {@code -Dbench.lifecycleThreads} workers (8), the
 * whole 出生一件事 lifecycle through OneVisit (pre-fill, submit, accept, the five departments' decisions, licences
 * issued, delivery and notices) against a bare default Flowable 8 on a database of the same server running
 * start → 5 parallel user tasks → end. Arguments (all optional): families seconds threads.
 */
public final class SubmissionBench {

  /** How long a lifecycle worker waits before looking at its case again when it found nothing to decide. */
  static final long POLL_MILLIS = Long.getLong("bench.pollMillis", 100);

  private SubmissionBench() {}

  public static void main(String[] args) throws Exception {
    int families = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OneVisitApplication.class)
        .profiles("test", "no-verifier")
        .properties("onevisit.db.embedded.durable=true", "onevisit.db.embedded.pool-size=" + Math.min(threads, 40),
            "logging.level.root=WARN", "spring.main.banner-mode=off",
            "onevisit.sharing.anomaly.max-reads-per-minute=100000000",
            "onevisit.sharing.anomaly.max-subjects-per-minute=100000000")
        .run("--server.port=0")) { // a command-line argument wins over application.properties; others may use 8080
      var casework = app.getBean(Casework.class);
      var catalog = app.getBean(Catalog.class);
      var jdbc = app.getBean(JdbcClient.class);
      CatalogTestData.publishBirthBundle(app.getBean(CatalogAdministration.class), catalog);
      var simple = CatalogFixtures.item().build();
      app.getBean(CatalogAdministration.class).importDocument(
          org.onevisit.catalog.CatalogDocuments.write(List.of(simple), List.of()), true, "bench");
      Thread.sleep(6_000);
      Families.use(app.getBean(PopulationLibrary.class), app.getBean(Licences.class), jdbc, catalog);
      long loading = System.nanoTime();
      var applicants = new ArrayList<Applicant>();
      for (int i = 0; i < families; i++) {
        applicants.add(Families.father());
      }
      System.out.printf(Locale.ROOT, "registered %d families in %.1f s%n", families, (System.nanoTime() - loading) / 1e9);
      var region = RegionCode.of("331126");
      var birth = Subject.bundle("YJS-CS");
      var typed = CaseworkIntegrationTests.TYPED;
      Step full = a -> {
        UUID id = casework.startDraft(a, birth, CatalogFixtures.MARRIED_WITH_CARD, region, "self");
        casework.fill(id, a, typed, Set.of("photo"));
        casework.submit(id, a);
      };
      Step bare = a -> {
        UUID id = casework.startDraft(a, Subject.item(simple.code().value()), org.onevisit.catalog.Answers.none(),
            region, "self");
        casework.fill(id, a, Map.of("purpose", "出国", "name", a.name()), Set.of("application"));
        casework.submit(id, a);
      };
      run("warm-up", full, applicants, threads, Math.max(3, seconds / 4), jdbc);
      var bareResult = run("submit, no shared data (baseline)", bare, applicants, threads, seconds, jdbc);
      var fullResult = run("pre-fill + submit, 出生一件事 (5 items)", full, applicants, threads, seconds, jdbc);
      System.out.printf(Locale.ROOT, "%nratio pre-fill+submit / baseline throughput: %.2f%n",
          fullResult / bareResult);

      // the whole lifecycle, against bare default Flowable with 5 parallel user tasks on the same server
      if (!Boolean.getBoolean("bench.lifecycle")) {
        return;
      }
      var approval = app.getBean(org.onevisit.approval.ApprovalProcesses.class);
      var clerk = CaseworkIntegrationTests.CLERK;
      var approvers = new java.util.concurrent.ConcurrentHashMap<String, org.onevisit.identity.StaffMember>();
      Step lifecycle = a -> {
        UUID id = casework.startDraft(a, birth, CatalogFixtures.MARRIED_WITH_CARD, region, "self");
        casework.fill(id, a, typed, Set.of("photo"));
        var number = casework.submit(id, a);
        casework.accept(number, clerk);
        long until = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < until) {
          var view = casework.view(number, a);
          if (view.steps().stream().anyMatch(st -> st.action().equals("LICENCE_NOT_ISSUED"))) {
            throw new IllegalStateException("case " + number + ": a licence was not issued");
          }
          if (view.status() != CaseView.Status.ACCEPTED) {
            var details = casework.details(number, a);
            if (details.licences().size() >= 3 && details.delivery() != null) {
              return;
            }
          }
          boolean any = false;
          for (var task : approval.openTasks(number.value())) {
            var approver = approvers.computeIfAbsent(task.departmentCode(), d -> new org.onevisit.identity.StaffMember(
                Math.abs(d.hashCode()), "bench." + d, "审批员", d, "331126", Set.of(org.onevisit.identity.Role.APPROVER)));
            try {
              approval.decide(task.id(), approver, new org.onevisit.approval.Decision.Approve(""));
              any = true;
            } catch (RuntimeException raced) {
              // decided by the engine's async continuation meanwhile; look again
            }
          }
          if (!any) {
            // the bench's polling is not the platform's work: look again after a while, not in a tight loop
            Thread.sleep(POLL_MILLIS);
          }
        }
        throw new IllegalStateException("case " + number + " did not complete");
      };
      String url = ((com.zaxxer.hikari.HikariDataSource) app.getBean(javax.sql.DataSource.class)).getJdbcUrl();
      jdbc.sql("create database bare").update();
      String bareUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/bare$1");
      var engine = org.onevisit.approval.internal.ApprovalEngineBench.bareEngine("bare", bareUrl, threads + 4);
      engine.getRepositoryService().createDeployment().name("bare-5")
          .addString("bare5.bpmn20.xml", org.onevisit.approval.internal.ApprovalEngineBench.bareParallel(5)).deploy();
      var runs = new java.util.concurrent.atomic.AtomicLong();
      Step bareFlowable = a -> {
        for (int attempt = 0; ; attempt++) {
          try {
            org.onevisit.approval.internal.ApprovalEngineBench.bareCase(engine, 5, runs.incrementAndGet());
            return;
          } catch (org.flowable.common.engine.api.FlowableOptimisticLockingException e) {
            if (attempt > 5) {
              throw e;
            }
          }
        }
      };
      int workers = Integer.getInteger("bench.lifecycleThreads", 8);
      run("warm-up bare", bareFlowable, applicants, workers, 5, jdbc);
      var bareEngine = run("bare default Flowable 8: start → 5 parallel user tasks → end", bareFlowable, applicants,
          workers, seconds, jdbc);
      var oneVisit = run("OneVisit lifecycle: pre-fill, submit, accept, 5 departments decide in parallel, "
          + "licences issued, delivery", lifecycle, applicants, workers, seconds, jdbc);
      System.out.printf(Locale.ROOT, "%nratio OneVisit lifecycle / bare Flowable: %.2f%n", oneVisit / bareEngine);
      engine.close();
    }
  }

  interface Step {
    void run(Applicant applicant) throws Exception;
  }

  private static double run(String name, Step step, List<Applicant> applicants, int threads, int seconds,
      JdbcClient jdbc) throws InterruptedException {
    var stop = new AtomicBoolean();
    var next = new AtomicInteger();
    var errors = new AtomicInteger();
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    long[] before = stats(jdbc);
    var workers = new ArrayList<Thread>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int me = t;
      latencies[me] = new long[1 << 16];
      workers.add(Thread.ofPlatform().start(() -> {
        while (!stop.get()) {
          var applicant = applicants.get(Math.floorMod(next.getAndIncrement(), applicants.size()));
          long s = System.nanoTime();
          try {
            step.run(applicant);
            if (counts[me] < latencies[me].length) {
              latencies[me][counts[me]] = System.nanoTime() - s;
            }
            counts[me]++;
          } catch (Exception e) {
            if (errors.incrementAndGet() < 3) {
              e.printStackTrace();
            }
          }
        }
      }));
    }
    Thread.sleep(seconds * 1_000L);
    stop.set(true);
    for (var w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] after = stats(jdbc);
    int total = Arrays.stream(counts).sum();
    long[] all = new long[Math.min(total, threads * (1 << 16))];
    int k = 0;
    for (int t = 0; t < threads; t++) {
      int n = Math.min(counts[t], latencies[t].length);
      System.arraycopy(latencies[t], 0, all, k, n);
      k += n;
    }
    Arrays.sort(all, 0, k);
    double rate = total / elapsed;
    System.out.printf(Locale.ROOT, "%n%s: %d threads, %.1f s%n", name, threads, elapsed);
    System.out.printf(Locale.ROOT, "  submissions %d, errors %d, %.1f/s%n", total, errors.get(), rate);
    if (k > 0) {
      System.out.printf(Locale.ROOT, "  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(all, k, 0.50),
          pct(all, k, 0.90), pct(all, k, 0.99), all[k - 1] / 1e6);
    }
    if (total > 0) {
      System.out.printf(Locale.ROOT, "  per submission: %.1f commits, %s statements, %.1f sharing reads%n",
          (after[0] - before[0]) / (double) total, after[1] < 0 ? "n/a (pg_stat_statements not loaded)"
              : String.format(Locale.ROOT, "%.1f", (after[1] - before[1]) / (double) total),
          (after[2] - before[2]) / (double) total);
    }
    return rate;
  }

  private static double pct(long[] sorted, int n, double p) {
    return sorted[Math.min(n - 1, (int) Math.ceil(p * n) - 1)] / 1e6;
  }

  /** Commits of this database, executed statements (from pg_stat_statements if loaded, else -1), access-log entries. */
  private static long[] stats(JdbcClient jdbc) {
    long commits = jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
        .query(Long.class).single();
    long statements;
    try {
      statements = jdbc.sql("select coalesce(sum(calls), 0)::bigint from pg_stat_statements").query(Long.class).single();
    } catch (RuntimeException e) {
      statements = -1;
    }
    long reads = jdbc.sql("select count(*) from sharing_access_log").query(Long.class).single();
    return new long[] {commits, statements, reads};
  }
}
