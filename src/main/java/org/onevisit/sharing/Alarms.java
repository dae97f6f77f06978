package org.onevisit.sharing;

import java.time.Instant;
import java.util.List;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;

/** The alarms of the access monitor, for data administrators. */
public interface Alarms {

  /** An alarm as the desk shows it. */
  record Alarm(long id, Instant raisedAt, AccessAnomalyDetected.Rule rule, String consumerDepartment, String actor,
      long observed, long threshold, boolean suspended) {}

  /** Unacknowledged alarms about consumers in this region, newest first. */
  List<Alarm> open(RegionCode region);

  /**
   * Marks an alarm as seen and lifts the suspension it caused, if any ({@code DATA_ADMIN} whose region covers the consumer's).
   *
   * @throws SharingException {@code NOT_FOUND}, {@code NOT_ALLOWED}
   */
  void acknowledge(long id, StaffMember admin);
}
