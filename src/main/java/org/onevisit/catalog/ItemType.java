package org.onevisit.catalog;

/** 事项类型: the legal kind of a service item. */
public enum ItemType {
  /** 行政许可 */
  LICENSING,
  /** 行政确认 */
  CONFIRMATION,
  /** 行政给付 */
  PAYMENT,
  /** 行政征收 */
  LEVY,
  /** 公共服务 */
  PUBLIC_SERVICE,
  /** 其他行政权力 */
  OTHER
}
