package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.List;

/** 承诺时限不超过法定时限: both limits are set (positive working days) and committed ≤ statutory. */
public final class CommittedWithinStatutory implements StandardisationCheck<Item> {

  @Override
  public List<Problem> check(Item item) {
    var limits = item.limits();
    var problems = new ArrayList<Problem>();
    if (limits.statutoryDays() <= 0) {
      problems.add(new Problem(Problem.Code.TIME_LIMIT_MISSING, "limits.statutoryDays", "未设定法定时限"));
    }
    if (limits.committedDays() <= 0) {
      problems.add(new Problem(Problem.Code.TIME_LIMIT_MISSING, "limits.committedDays", "未设定承诺时限"));
    }
    if (limits.committedDays() > limits.statutoryDays() && limits.statutoryDays() > 0) {
      problems.add(new Problem(Problem.Code.COMMITTED_EXCEEDS_STATUTORY, "limits.committedDays",
          "承诺时限 " + limits.committedDays() + " 个工作日超过法定时限 " + limits.statutoryDays() + " 个工作日"));
    }
    return problems;
  }
}
