package org.onevisit.bench;

import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What was measured for one URL during its measured phase.
 *
 * @param target    the URL
 * @param ok        responses with an expected status
 * @param errors    unexpected statuses and exceptions
 * @param errorKinds errors by kind ({@code status 503}, {@code HttpTimeoutException}, ...)
 * @param dropped   fixed rate: requests not sent because the in-flight limit was reached
 * @param late      fixed rate: requests sent more than {@link LoadDriver#LATE_THRESHOLD} after their intended time
 * @param bytes     body bytes of the successful responses
 * @param measured  length of the measured phase
 * @param latencyMicros latency of the successful responses in microseconds (fixed rate: from the intended send time)
 */
public record TargetResult(Target target, long ok, long errors, Map<String, Long> errorKinds, long dropped, long late,
                           long bytes, Duration measured, Histogram latencyMicros) {

    public long requests() {
        return ok + errors;
    }

    /** Successful responses per second of the measured phase. */
    public double throughput() {
        double seconds = measured.toNanos() / 1e9;
        return seconds <= 0 ? 0 : ok / seconds;
    }

    public double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getMaxValue() / 1000.0;
    }

    public double meanBytes() {
        return ok == 0 ? 0 : (double) bytes / ok;
    }
}
