package org.onevisit.organisation;

/**
 * 综合窗口主题: the themes of comprehensive windows (一窗受理, R-5.1); every window of a theme accepts every
 * item of that theme. Display names under {@link #messageKey()}.
 */
public enum WindowTheme {
  /** 投资项目 */
  INVESTMENT_PROJECTS("A"),
  /** 不动产登记 */
  REAL_ESTATE("B"),
  /** 商事登记 */
  BUSINESS_REGISTRATION("C"),
  /** 社会事务 */
  SOCIAL_AFFAIRS("D"),
  /** 综合 */
  GENERAL("E");

  private final String letter;

  WindowTheme(String letter) {
    this.letter = letter;
  }

  /** The letter that window numbers of this theme start with in a 行政服务中心 ({@code A03}). */
  public String letter() {
    return letter;
  }

  /** The key of its display name in the message bundle. */
  public String messageKey() {
    return "organisation.windowTheme." + name();
  }
}
