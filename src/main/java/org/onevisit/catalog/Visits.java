package org.onevisit.catalog;

import java.util.Objects;

/**
 * 到现场次数: how many times the applicant must come in person, and the legal basis that requires his
 * presence (blank when none). At most one visit, and only with such a basis, is a standardisation
 * check ({@link VisitsNeedLegalBasis}).
 */
public record Visits(int required, String presenceBasis) {

  public Visits {
    Objects.requireNonNull(presenceBasis, "presence basis");
    if (required < 0) {
      throw new IllegalArgumentException("Visits cannot be negative");
    }
  }

  /** 零次跑: no visit. */
  public static Visits none() {
    return new Visits(0, "");
  }

  /** 最多跑一次: one visit because the given law requires presence. */
  public static Visits once(String presenceBasis) {
    return new Visits(1, presenceBasis);
  }
}
