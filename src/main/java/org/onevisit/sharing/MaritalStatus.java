package org.onevisit.sharing;

/** 婚姻状况 as the household register records it. */
public enum MaritalStatus {
  /** 未婚 */
  UNMARRIED,
  /** 已婚 */
  MARRIED,
  /** 离婚 */
  DIVORCED,
  /** 丧偶 */
  WIDOWED
}
