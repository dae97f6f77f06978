package org.onevisit.approval.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.onevisit.OneVisitApplication;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.ApprovalProcesses.CaseStatus;
import org.onevisit.approval.CaseApproval;
import org.onevisit.approval.Decision;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In-process benchmark of the back office (not a test: run it by hand, see BENCHMARKS.md, "Back office: OneVisit
 * approval vs bare Flowable"). One embedded PostgreSQL with fsync and synchronous commit on and
 * {@code pg_stat_statements} preloaded holds two databases: {@code onevisit}, where the platform runs with its own
 * configuration, and {@code bare}, where a second, <em>bare</em> Flowable engine runs with its defaults
 * ({@link ProcessEngineConfiguration#createStandaloneProcessEngineConfiguration()}: history {@code audit}, the default
 * async executor activated, its own JDBC transactions) a process of the same shape: start → N parallel user tasks
 * → end; a second bare engine of the same defaults, on a database {@code bareitems}, runs the same work as OneVisit
 * (N items in parallel, each 审查 then 决定, every task claimed and completed). For each N the three take turns in
 * slices of 2 s, {@code seconds} each, {@code threads} workers, {@code rounds} times: a bare case is started and
 * its N tasks completed; a OneVisit case is started through {@link ApprovalProcesses#start} with N items of the
 * default model (审查 → 决定) and every step (审查, then 决定) is decided until the case is finished, claimed by the decision itself
 * ({@code -Dbench.claim=true}: claimed first, one more request per step). Commits per case come from {@code pg_stat_database} of each
 * database, statements per case from {@code pg_stat_statements} (every statement the database executed, including
 * the background work of each side during the phase: pollers, event publication, …).
 *
 * <p>Arguments (all optional): {@code items} (comma-separated, default 3,5), threads (8), seconds (20), rounds (2).
 */
public final class ApprovalEngineBench {

  private ApprovalEngineBench() {}

  static final List<String> DEPARTMENTS = List.of("PSB", "MIB", "CAB", "HRSS", "TAX", "HC", "AMR", "NRP");

  public static void main(String[] args) throws Exception {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "3,5").split(",")).mapToInt(Integer::parseInt).toArray();
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    // variants of the platform's configuration, each measured against the bare engine in the same run:
    // "name=prop=value;prop=value|name2=…"
    var variants = new LinkedHashMap<String, List<String>>();
    for (String v : System.getProperty("bench.variants", "onevisit=").split("\\|")) {
      String[] parts = v.split("=", 2);
      variants.put(parts[0], parts.length < 2 || parts[1].isBlank() ? List.of() : List.of(parts[1].split(";")));
    }

    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setPGStartupWait(Duration.ofSeconds(60))
        .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
        .setServerConfig("max_connections", "100")
        .setServerConfig("timezone", "Asia/Shanghai")
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.max", "10000")
        .start();
        Connection monitor = postgres.getPostgresDatabase().getConnection()) {
      exec(monitor, "create database bare", "create extension pg_stat_statements");
      var stats = new Stats(monitor);

      ProcessEngine bare = bareEngine("bare", postgres.getJdbcUrl("postgres", "bare"), threads + 4);
      for (int n : sizes) {
        bare.getRepositoryService().createDeployment().name("bare-" + n)
            .addString("bare" + n + ".bpmn20.xml", bareParallel(n)).deploy();
      }
      // the same default engine, on a database of its own so that its counters are its own
      exec(monitor, "create database bareitems");
      ProcessEngine bareItems = bareEngine("bareItems", postgres.getJdbcUrl("postgres", "bareitems"), threads + 4);
      bareItems.getRepositoryService().createDeployment().name("bare-items")
          .addString("bareItems.bpmn20.xml", BARE_ITEMS).deploy();
      var runs = new AtomicLong();
      IntConsumer bareCase = n -> bareCase(bare, n, runs.incrementAndGet());
      IntConsumer bareItemsCase = n -> bareItemsCase(bareItems, n, runs.incrementAndGet());
      var tables = new StringBuilder();
      int variantNo = 0;
      for (var variant : variants.entrySet()) {
        String database = "onevisit" + (++variantNo);
        exec(monitor, "create database " + database);
        // as command-line arguments: they must win over application.properties and the test profile
        var properties = new ArrayList<>(List.of(
            "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
            "spring.datasource.username=postgres", "spring.datasource.password=",
            "spring.datasource.hikari.maximum-pool-size=" + (threads + 4),
            // production's engine settings, not the test profile's (which switches the async executor off)
            "flowable.async-executor-activate=true",
            "logging.level.root=WARN", "spring.main.banner-mode=off",
            "server.port=0")); // other platforms may run on the machine
        properties.addAll(variant.getValue());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OneVisitApplication.class)
            .profiles("test").run(properties.stream().map(p -> "--" + p).toArray(String[]::new))) {
          var approval = app.getBean(ApprovalProcesses.class);
          var engine = app.getBean(ProcessEngine.class);
          System.out.println(describe("bare", bare) + "\n" + describe(variant.getKey(), engine) + " "
              + variant.getValue());
          IntConsumer oneVisitCase = n -> oneVisitCase(approval, n, runs.incrementAndGet());

          // warm-up: JIT, pools, caches of all three
          measure("warm-up bare", "bare", stats, threads, 5, () -> bareCase.accept(sizes[0]));
          measure("warm-up bare, same work", "bareitems", stats, threads, 5, () -> bareItemsCase.accept(sizes[0]));
          measure("warm-up " + variant.getKey(), database, stats, threads, 5, () -> oneVisitCase.accept(sizes[0]));

          var results = new ArrayList<Result>();
          for (int round = 1; round <= rounds; round++) {
            for (int n : sizes) {
              results.addAll(interleaved(stats, threads, seconds, List.of(
                  new Load("bare Flowable, N=" + n, "bare", () -> bareCase.accept(n)),
                  new Load("bare Flowable, same work, N=" + n, "bareitems", () -> bareItemsCase.accept(n)),
                  new Load(variant.getKey() + ", N=" + n, database, () -> oneVisitCase.accept(n)))));
            }
          }
          tables.append("\n").append(variant.getKey()).append(": ").append(variant.getValue()).append("\n");
          tables.append("| round | N | side | cases | cases/s | ratio | commits/case | statements/case | p50 ms | p99 ms |\n");
          tables.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
          for (int i = 0; i < results.size(); i += 3) {
            var b = results.get(i);
            int round = i / (3 * sizes.length) + 1;
            int n = sizes[(i / 3) % sizes.length];
            tables.append(b.row(round, n, "bare Flowable (defaults): start, N parallel tasks", 1.0)).append("\n");
            tables.append(results.get(i + 1).row(round, n, "bare Flowable (defaults): N items × 审查→决定, claim + complete",
                results.get(i + 1).perSecond() / b.perSecond())).append("\n");
            tables.append(results.get(i + 2).row(round, n, "OneVisit " + variant.getKey(),
                results.get(i + 2).perSecond() / b.perSecond())).append("\n");
          }
          System.out.println(tables);
        }
      }
      bare.close();
      bareItems.close();
      POOLS.forEach(HikariDataSource::close); // PostgreSQL stops only once every connection is closed
    }
  }

  // ---- the bare engine

  static final List<HikariDataSource> POOLS = new ArrayList<>();

  public static ProcessEngine bareEngine(String name, String url, int poolSize) {
    var pool = new HikariDataSource();
    POOLS.add(pool);
    pool.setJdbcUrl(url);
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(poolSize);
    pool.setPoolName(name);
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setEngineName(name)
        .setDataSource(pool)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setAsyncExecutorActivate(true);
    return configuration.buildProcessEngine();
  }

  /** start → parallel gateway → N user tasks → parallel gateway → end. */
  public static String bareParallel(int n) {
    var tasks = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      tasks.append("""
              <sequenceFlow id="in%1$d" sourceRef="fork" targetRef="task%1$d"/>
              <userTask id="task%1$d" name="task %1$d"/>
              <sequenceFlow id="out%1$d" sourceRef="task%1$d" targetRef="join"/>
          """.formatted(i));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="https://onevisit.org/bench">
          <process id="bare%d" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="toFork" sourceRef="start" targetRef="fork"/>
            <parallelGateway id="fork"/>
        %s
            <parallelGateway id="join"/>
            <sequenceFlow id="toEnd" sourceRef="join" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """.formatted(n, tasks);
  }

  /** OneVisit's shape on the bare engine: N items in parallel (multi-instance subprocess), each 审查 then 决定. */
  static final String BARE_ITEMS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                   targetNamespace="https://onevisit.org/bench">
        <process id="bareItems" isExecutable="true">
          <startEvent id="start"/>
          <sequenceFlow id="toItems" sourceRef="start" targetRef="items"/>
          <subProcess id="items">
            <multiInstanceLoopCharacteristics isSequential="false">
              <loopCardinality>${n}</loopCardinality>
            </multiInstanceLoopCharacteristics>
            <startEvent id="itemStart"/>
            <sequenceFlow id="toReview" sourceRef="itemStart" targetRef="review"/>
            <userTask id="review" name="审查"/>
            <sequenceFlow id="toDecide" sourceRef="review" targetRef="decide"/>
            <userTask id="decide" name="决定"/>
            <sequenceFlow id="toItemEnd" sourceRef="decide" targetRef="itemEnd"/>
            <endEvent id="itemEnd"/>
          </subProcess>
          <sequenceFlow id="toEnd" sourceRef="items" targetRef="end"/>
          <endEvent id="end"/>
        </process>
      </definitions>
      """;

  static void bareItemsCase(ProcessEngine engine, int n, long run) {
    var instance = engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey("bareItems")
        .businessKey("BARE-" + run).variable("n", n).start();
    var taskService = engine.getTaskService();
    int steps = 0;
    for (var open = taskService.createTaskQuery().processInstanceId(instance.getId()).list(); !open.isEmpty();
        open = taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
      for (var task : open) {
        taskService.claim(task.getId(), "approver");
        taskService.complete(task.getId());
        steps++;
      }
    }
    if (steps != 2 * n) {
      throw new IllegalStateException("expected " + 2 * n + " steps, got " + steps);
    }
  }

  public static void bareCase(ProcessEngine engine, int n, long run) {
    var instance = engine.getRuntimeService().startProcessInstanceByKey("bare" + n, "BARE-" + run);
    var tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    if (tasks.size() != n) {
      throw new IllegalStateException("expected " + n + " tasks, got " + tasks.size());
    }
    tasks.forEach(t -> engine.getTaskService().complete(t.getId()));
  }

  // ---- OneVisit

  static final Map<String, StaffMember> APPROVERS = new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code -Dbench.claim=true}: claim each task before deciding it (two requests per step instead of one). */
  static final boolean CLAIM_FIRST = Boolean.getBoolean("bench.claim");

  static void oneVisitCase(ApprovalProcesses approval, int n, long run) {
    String ref = "BENCH-" + run;
    var branches = new ArrayList<CaseApproval.Branch>();
    for (int i = 0; i < n; i++) {
      branches.add(CaseApproval.Branch.of("B-" + i, "事项" + i, "331126-" + DEPARTMENTS.get(i), "331126"));
    }
    approval.start(new CaseApproval(ref, "并联审批 " + n, branches));
    int steps = 0;
    for (var open = approval.openTasks(ref); !open.isEmpty(); open = approval.openTasks(ref)) {
      for (var task : open) {
        var staff = APPROVERS.computeIfAbsent(task.departmentCode(), d -> new StaffMember(APPROVERS.size() + 1,
            "bench." + d, "审批员", d, "331126", Set.of(Role.APPROVER)));
        if (CLAIM_FIRST) {
          approval.claim(task.id(), staff);
        }
        approval.decide(task.id(), staff, new Decision.Approve("")); // deciding an unclaimed task claims it
        steps++;
      }
    }
    if (steps != 2 * n || approval.status(ref).orElseThrow() != CaseStatus.FINISHED) {
      throw new IllegalStateException("case " + ref + " not finished after " + steps + " steps");
    }
  }

  // ---- measuring

  record Result(String name, int cases, double seconds, long commits, long rollbacks, long statements,
      Map<String, Long> byKind, long[] latencies, int failures, Map<String, Long> calls) {

    double perSecond() {
      return cases / seconds;
    }

    String row(int round, int n, String side, double ratio) {
      return String.format(Locale.ROOT, "| %d | %d | %s | %,d | %.1f | %.2f× | %.1f | %.1f | %.1f | %.1f |", round, n,
          side, cases, perSecond(), ratio, commits / (double) cases, statements / (double) cases,
          latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
    }

    void print(boolean top) {
      int c = Math.max(cases, 1);
      System.out.printf(Locale.ROOT, "%-28s %,6d cases in %.1f s = %6.1f/s  commits/case %.1f (rollbacks %d)"
              + "  statements/case %.1f %s  failures %d  load %s%n",
          name, cases, seconds, perSecond(), commits / (double) c, rollbacks, statements / (double) c,
          perCase(byKind, c), failures, Stats.load());
      if (top) {
        calls.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(45)
            .forEach(e -> {
              String q = e.getKey().replaceAll("\\s+", " ");
              System.out.printf(Locale.ROOT, "    %6.2f  %s%n", e.getValue() / (double) c, q.substring(0, Math.min(150, q.length())));
            });
      }
    }
  }

  /** Slices of this length alternate between the two sides, so that other load on the machine falls on both alike. */
  static final int SLICE_MS = 2000;

  record Load(String name, String database, Runnable oneCase) {}

  /**
   * Measures the loads (each on a database of its own, whose counters are then its own) for {@code seconds} each,
   * taking turns in slices of {@link #SLICE_MS}: the ratios of their rates are then meaningful on a shared machine
   * even when the absolute rates are not.
   */
  static List<Result> interleaved(Stats stats, int threads, int seconds, List<Load> loads) throws Exception {
    if (loads.stream().map(Load::database).distinct().count() != loads.size()) {
      throw new IllegalArgumentException("one load per database");
    }
    stats.settle();
    var before = new ArrayList<long[]>();
    for (var l : loads) {
      before.add(stats.transactions(l.database()));
    }
    stats.resetStatements();
    var sides = loads.stream().map(l -> new Side()).toList();
    for (int slice = 0; slice < seconds * 1000 / SLICE_MS; slice++) {
      for (int i = 0; i < loads.size(); i++) {
        sides.get(i).run(threads, SLICE_MS, loads.get(i).oneCase());
      }
    }
    stats.settle();
    var results = new ArrayList<Result>();
    for (int i = 0; i < loads.size(); i++) {
      var l = loads.get(i);
      var r = sides.get(i).result(l.name(), l.database(), stats, before.get(i));
      r.print(Boolean.getBoolean("bench.top"));
      results.add(r);
    }
    return results;
  }

  static Result measure(String name, String database, Stats stats, int threads, int seconds, Runnable oneCase)
      throws Exception {
    stats.settle();
    long[] before = stats.transactions(database);
    stats.resetStatements();
    var side = new Side();
    side.run(threads, seconds * 1000, oneCase);
    stats.settle();
    var result = side.result(name, database, stats, before);
    result.print(false);
    return result;
  }

  /** One side's cases, their latencies and failures, over all its slices. */
  static final class Side {
    final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failures = new AtomicInteger();
    long nanos;

    void run(int threads, int millis, Runnable oneCase) throws InterruptedException {
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> workers = new ArrayList<>();
      long started = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        workers.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
          var mine = new ArrayList<Long>();
          while (!stop.get()) {
            long s = System.nanoTime();
            try {
              oneCase.run();
            } catch (RuntimeException e) {
              if (failures.incrementAndGet() <= 3) {
                System.out.println("  failure: " + e);
              }
              continue;
            }
            mine.add(System.nanoTime() - s);
          }
          latencies.addAll(mine);
        }));
      }
      Thread.sleep(millis);
      stop.set(true);
      for (Thread w : workers) {
        w.join();
      }
      nanos += System.nanoTime() - started;
    }

    Result result(String name, String database, Stats stats, long[] before) throws SQLException {
      long[] after = stats.transactions(database);
      var statements = stats.statements(database);
      long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      long statementCount = statements.values().stream().mapToLong(Long::longValue).sum();
      return new Result(name, all.length, nanos / 1e9, after[0] - before[0], after[1] - before[1], statementCount,
          stats.byKind(statements), all.length == 0 ? new long[] {0} : all, failures.get(), statements);
    }
  }

  static String perCase(Map<String, Long> byKind, int cases) {
    var out = new StringBuilder("(");
    byKind.forEach((k, v) -> out.append(k).append(' ').append(String.format(Locale.ROOT, "%.1f", v / (double) Math.max(cases, 1))).append(", "));
    return out.substring(0, Math.max(1, out.length() - 2)) + ")";
  }

  /** Reads the server's own counters through a connection to the {@code postgres} database (not counted). */
  static final class Stats {
    private final Connection connection;

    Stats(Connection connection) {
      this.connection = connection;
    }

    /** Backends report their counters at most once a second: wait until they have. */
    void settle() throws InterruptedException {
      Thread.sleep(1500);
    }

    long[] transactions(String database) throws SQLException {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("select xact_commit, xact_rollback from pg_stat_database where datname = '"
              + database + "'")) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }

    void resetStatements() throws SQLException {
      exec(connection, "select pg_stat_statements_reset()");
    }

    Map<String, Long> statements(String database) throws SQLException {
      var calls = new LinkedHashMap<String, Long>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("""
              select query, sum(calls) from pg_stat_statements
              where dbid = (select oid from pg_database where datname = '%s') group by query""".formatted(database))) {
        while (rs.next()) {
          calls.merge(rs.getString(1), rs.getLong(2), Long::sum);
        }
      }
      return calls;
    }

    Map<String, Long> byKind(Map<String, Long> statements) {
      var kinds = new LinkedHashMap<String, Long>();
      for (String k : List.of("select", "insert", "update", "delete", "other")) {
        kinds.put(k, 0L);
      }
      statements.forEach((query, calls) -> {
        String first = query.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        kinds.merge(kinds.containsKey(first) && !first.equals("other") ? first : "other", calls, Long::sum);
      });
      return kinds;
    }

    static String load() {
      try {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
            .split(" ")[0];
      } catch (java.io.IOException e) {
        return "?";
      }
    }
  }

  static String describe(String name, ProcessEngine engine) {
    var c = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return String.format(Locale.ROOT, "%s engine: history=%s, idGenerator=%s, asyncExecutor=%s (active %s), "
            + "eagerTreeFetching=%s, executionRelationshipCounts=%s, taskRelationshipCounts=%s, historicTaskLogging=%s, "
            + "entityLinks=%s",
        name, c.getHistoryLevel(), c.getIdGenerator().getClass().getSimpleName(),
        c.getAsyncExecutor() == null ? "none" : c.getAsyncExecutor().getClass().getSimpleName(),
        c.isAsyncExecutorActivate(), c.getPerformanceSettings().isEnableEagerExecutionTreeFetching(),
        c.getPerformanceSettings().isEnableExecutionRelationshipCounts(),
        c.getPerformanceSettings().isEnableTaskRelationshipCounts(), c.isEnableHistoricTaskLogging(),
        c.isEnableEntityLinks());
  }

  static void exec(Connection connection, String... sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }
}
