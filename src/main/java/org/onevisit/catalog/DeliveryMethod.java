package org.onevisit.catalog;

/** 办理与送达方式: the five ways of applying and receiving the result. */
public enum DeliveryMethod {
  /** 网上申请、快递送达 */
  ONLINE_COURIER,
  /** 网上申请、网上办结 */
  ONLINE_ONLINE,
  /** 网上申请、窗口领取 */
  ONLINE_COLLECT,
  /** 窗口申请、窗口办结 */
  ON_SITE,
  /** 窗口申请、快递送达 */
  ON_SITE_COURIER
}
