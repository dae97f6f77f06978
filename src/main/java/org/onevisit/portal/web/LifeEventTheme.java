package org.onevisit.portal.web;

import java.util.Arrays;
import java.util.List;

/**
 * The life-event themes the home page offers for browsing: a person's from birth to death, an
 * enterprise's from opening to closing. The catalog fills each theme with its items and bundles.
 */
public enum LifeEventTheme {
  BIRTH_ADOPTION(Audience.PERSON),
  EDUCATION(Audience.PERSON),
  EMPLOYMENT(Audience.PERSON),
  MARRIAGE(Audience.PERSON),
  HOUSING(Audience.PERSON),
  SOCIAL_INSURANCE(Audience.PERSON),
  MEDICAL_CARE(Audience.PERSON),
  ELDERLY_CARE(Audience.PERSON),
  DOCUMENTS(Audience.PERSON),
  AFTER_DEATH(Audience.PERSON),
  ENTERPRISE_OPENING(Audience.ENTERPRISE),
  ENTERPRISE_OPERATING(Audience.ENTERPRISE),
  ENTERPRISE_CHANGES(Audience.ENTERPRISE),
  ENTERPRISE_CLOSING(Audience.ENTERPRISE);

  enum Audience { PERSON, ENTERPRISE }

  private final Audience audience;

  LifeEventTheme(Audience audience) {
    this.audience = audience;
  }

  static List<LifeEventTheme> of(Audience audience) {
    return Arrays.stream(values()).filter(t -> t.audience == audience).toList();
  }

  /** The message key of the theme's name; {@code .hint} appended gives its one-line description. */
  public String key() {
    return "portal.theme." + name();
  }
}
