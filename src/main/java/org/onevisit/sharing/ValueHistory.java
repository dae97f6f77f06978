package org.onevisit.sharing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;

/**
 * 历史值: what an access-log entry served. Each served element is logged with the record and version it came
 * from; the base libraries keep every replaced version, so the value as it was at the read can be shown even
 * after corrections.
 */
public interface ValueHistory {

  /**
   * A value as served by a past read.
   *
   * @param value the value of that version, or {@code null} when the source held none or the element is derived
   *     from several records (then {@code available} is false)
   * @param available whether the version could be reconstructed
   * @param version the version served
   * @param current whether that version is still the current one
   */
  record ServedValue(DataElement element, @Nullable String value, boolean available, int version,
      @Nullable String sourceDepartment, @Nullable Instant asOf, boolean current) {}

  /** The values the entry served, in the order asked; empty for an unknown entry or one that served nothing. */
  List<ServedValue> served(long seq);
}
