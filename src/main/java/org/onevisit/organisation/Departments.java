package org.onevisit.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Looks up departments (部门). Every province, city and county has one department of each
 * {@link DepartmentKind}; townships and villages have none and are served by their county's.
 */
public interface Departments {

  /** The department with this id. */
  Optional<Department> find(long id);

  /** The department with this code, e.g. {@code 331126-PSB}. */
  Optional<Department> findByCode(String code);

  /** The departments seated at exactly this region, ordered by kind. */
  List<Department> atRegion(RegionCode region);

  /**
   * The department of this kind responsible for a region: the one at the region itself or, walking up
   * (village → township → county → city → province), at the nearest region above it that has one.
   * Empty only when no region on the way has such a department (an unknown region).
   */
  Optional<Department> byKind(DepartmentKind kind, RegionCode region);
}
