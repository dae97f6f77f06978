package org.onevisit.sharing;

import java.time.Instant;

/**
 * 异常告警: the access monitor saw a consumer's actor read abnormally. Published (Spring Modulith event) in the
 * transaction that records the alarm, at most a scan interval (2 s) after the reads were logged.
 *
 * @param alarm the alarm's number on the data administrators' desk
 * @param rule which rule fired
 * @param consumerDepartment the reading department
 * @param actor who read ({@code client:<id>} or {@code staff:<username>})
 * @param observed what was counted in the last minute
 * @param threshold the rule's limit
 * @param at when the alarm was raised
 * @param suspended whether the rule suspended the consumer department's reads (until the alarm is acknowledged)
 */
public record AccessAnomalyDetected(long alarm, Rule rule, String consumerDepartment, String actor, long observed,
    long threshold, Instant at, boolean suspended) {

  /** The rules of the monitor, each over the last minute per actor. */
  public enum Rule {
    /** More reads than the limit. */
    BURST,
    /** More distinct subjects than the limit (scraping). */
    SCRAPING,
    /** More refused reads than the limit. */
    REFUSALS,
    /** Reads outside 07:00–21:00 China time or on a day that is not a working day. */
    OFF_HOURS,
    /**
     * More reads in the last minute than the actor's own baseline for this hour of the week allows (a multiple
     * of its usual rate, and at least a floor, so that a quiet hour's first reads do not alarm).
     */
    UNUSUAL_RATE
  }
}
