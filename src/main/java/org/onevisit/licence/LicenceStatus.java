package org.onevisit.licence;

/** 证照状态. {@link #EXPIRED} is never stored: a valid licence past its last day of validity is expired. */
public enum LicenceStatus {
  /** 有效 */
  VALID,
  /** 暂停 (中止): may be reinstated. */
  SUSPENDED,
  /** 注销/吊销: final. */
  REVOKED,
  /** 过期 */
  EXPIRED;

  public String messageKey() {
    return "licence.status." + name();
  }
}
