package org.onevisit.demo.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A console progress line: rows done of total, percent, rows per second and ETA. On a terminal it redraws
 * one line with {@code \r} every second; otherwise (a pipe, a log file, {@code mvn spring-boot:run}) it
 * prints a plain line every five seconds.
 */
final class ProgressBar implements AutoCloseable {

  private final PrintStream out;
  private final long total;
  private final boolean terminal;
  private final AtomicLong done = new AtomicLong();
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer;
  private volatile String phase = "";

  ProgressBar(PrintStream out, long total, boolean terminal) {
    this.out = out;
    this.total = total;
    this.terminal = terminal;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "progress");
      thread.setDaemon(true);
      return thread;
    });
    long period = terminal ? 1 : 5;
    timer.scheduleAtFixedRate(this::print, period, period, TimeUnit.SECONDS);
  }

  /** Whether standard output is a terminal ({@code Console.isTerminal()}, Java 22+, called reflectively for 21). */
  static boolean onTerminal() {
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  void set(long rows) {
    done.set(rows);
  }

  /** Shows a phase after the rows, e.g. "re-creating indexes". */
  void phase(String phase) {
    this.phase = phase;
    print();
  }

  /** Rows per second so far. */
  double rate() {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    return done.get() / seconds;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  String line() {
    long rows = done.get();
    double rate = rate();
    long eta = rate > 0 ? (long) ((total - rows) / rate) : 0;
    return String.format(Locale.ROOT, "%,d / %,d persons  %5.1f%%  %,.0f rows/s  elapsed %s  ETA %s%s", rows, total,
        total == 0 ? 100.0 : rows * 100.0 / total, rate, clock(elapsed().toSeconds()), clock(eta),
        phase.isEmpty() ? "" : "  " + phase);
  }

  private synchronized void print() {
    if (terminal) {
      out.print("\r" + line() + "   ");
    } else {
      out.println(line());
    }
    out.flush();
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    print();
    if (terminal) {
      out.println();
    }
  }
}
