package org.onevisit.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** 未通过标准化检查: publication refused; carries every problem of the report. */
public final class NotStandardised extends CatalogException {

  private final List<Problem> problems;

  public NotStandardised(String subject, List<Problem> problems) {
    super(CatalogError.NOT_STANDARDISED, subject + " is not standardised: "
        + problems.stream().map(p -> p.path() + ": " + p.detail()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
