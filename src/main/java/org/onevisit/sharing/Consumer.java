package org.onevisit.sharing;

import java.util.Objects;

/**
 * 使用方: the department that reads and who acts for it: a staff member ({@code staff:wang.fang}), a
 * department system ({@code client:psb-hukou}), or the data subject's own application ({@code applicant:<draft>}:
 * the department reads to pre-fill a form the applicant is filling, at his request, whenever he applies — such
 * reads are not "outside working hours").
 *
 * @param departmentCode the consumer department's code, e.g. {@code 331126-PSB}
 * @param actor who acts, for the access log
 */
public record Consumer(String departmentCode, String actor) {

  public Consumer {
    Objects.requireNonNull(departmentCode, "department");
    Objects.requireNonNull(actor, "actor");
    if (departmentCode.isBlank() || actor.isBlank()) {
      throw new IllegalArgumentException("A consumer needs a department and an actor");
    }
  }
}
