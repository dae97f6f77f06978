package org.onevisit.workday;

import java.time.LocalDate;
import java.util.List;

/**
 * Administration of the override table: when the State Council publishes next year's holiday schedule
 * (usually in November), an administrator enters its days off and adjusted working days here. Changes
 * take effect at once on this node and within a minute on others. Callers must have checked that the
 * actor is a system administrator.
 */
public interface WorkdayOverrides {

  /** All overrides, ordered by day. */
  List<WorkdayOverride> all();

  /**
   * Defines (or redefines) {@code day} as a working day or a day off.
   *
   * @param name non-blank, at most 100 characters
   * @param actor non-blank identifier of the administrator
   * @return the stored override
   * @throws IllegalArgumentException if name or actor is blank or too long
   */
  WorkdayOverride define(LocalDate day, boolean working, String name, String actor);

  /**
   * Removes the override of {@code day}, so the built-in schedule applies again.
   *
   * @return false if there was none
   */
  boolean remove(LocalDate day, String actor);
}
