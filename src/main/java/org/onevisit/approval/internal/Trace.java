package org.onevisit.approval.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to {@code approval_trace}: who did what to which item of which case, when, on which node. */
@Component
class Trace {

  /** This node: process id and host, as the JVM names itself. */
  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  private final JdbcClient jdbc;
  private final Clock clock;

  Trace(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String caseRef, @Nullable String item, @Nullable String step, String action, String actor,
      @Nullable String detail) {
    jdbc.sql("""
            insert into approval_trace (case_ref, item, step, action, actor, node, at, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseRef, item, step, action, actor, NODE, Timestamp.from(clock.instant()), detail)
        .update();
  }
}
