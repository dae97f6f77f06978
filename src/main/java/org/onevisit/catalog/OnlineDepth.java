package org.onevisit.catalog;

/** 网上办理深度: how far an item can be handled online, from information only to fully online. */
public enum OnlineDepth {
  /** 一级: 网上咨询与信息公开 */
  INFORMATION,
  /** 二级: 网上预审 */
  PRE_EXAMINATION,
  /** 三级: 网上受理 */
  ACCEPTANCE,
  /** 四级: 全程网办 */
  FULLY_ONLINE
}
