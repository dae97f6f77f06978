package org.onevisit.catalog;

/** 事项状态: a draft is edited, a published item is offered to applicants, a withdrawn one no longer. */
public enum ItemStatus {
  /** 草稿 */
  DRAFT,
  /** 已发布 */
  PUBLISHED,
  /** 已撤回 */
  WITHDRAWN
}
