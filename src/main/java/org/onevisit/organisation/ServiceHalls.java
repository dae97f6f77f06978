package org.onevisit.organisation;

import java.util.List;
import java.util.Optional;

/** Looks up service halls (办事大厅) and their windows. Lists are ordered by kind, then code. */
public interface ServiceHalls {

  /** The hall with this id. */
  Optional<ServiceHall> find(long id);

  /** The halls in a region and all its sub-regions (a county's centre, its townships' and villages'). */
  List<ServiceHall> inRegion(RegionCode region);

  /** Every hall of one kind, e.g. all 行政服务中心. */
  List<ServiceHall> ofKind(HallKind kind);

  /** The windows of a hall, ordered by number; empty for an unknown hall. */
  List<ServiceWindow> windows(long hallId);
}
