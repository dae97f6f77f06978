package org.onevisit.organisation;

/** The kinds of service hall, one per level of the service network; display names under {@link #messageKey()}. */
public enum HallKind {
  /** 行政服务中心: the city's or county's hall with themed comprehensive windows. */
  ADMINISTRATIVE_SERVICE_CENTRE("ASC"),
  /** 便民服务中心: the township's (乡镇, 街道) hall. */
  TOWNSHIP_CENTRE("TSC"),
  /** 代办点: the village's (村, 社区) agent point, where an agent applies for villagers. */
  VILLAGE_AGENT_POINT("VAP");

  private final String code;

  HallKind(String code) {
    this.code = code;
  }

  /** The short code used in hall codes ({@code 331126-ASC}). */
  public String code() {
    return code;
  }

  /** The key of its display name in the message bundle. */
  public String messageKey() {
    return "organisation.hallKind." + name();
  }
}
