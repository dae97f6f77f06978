package org.onevisit.casework;

import java.util.List;

/** 一次性告知 sent: everything the applicant must supply, at once; the case's clock is stopped until he does. */
public record SupplementRequested(CaseNumber number, List<String> missing) {

  public SupplementRequested {
    missing = List.copyOf(missing);
  }
}
