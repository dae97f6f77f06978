package org.onevisit.catalog;

import java.util.List;
import java.util.Objects;

/**
 * 标准化检查报告: the problems all checks found for one subject (an item or bundle code). Clean when
 * there are none; only a clean report lets {@link Item#publish} go ahead.
 */
public record StandardisationReport(String subject, List<Problem> problems) {

  public StandardisationReport {
    Objects.requireNonNull(subject, "subject");
    problems = List.copyOf(problems);
  }

  public boolean isClean() {
    return problems.isEmpty();
  }
}
