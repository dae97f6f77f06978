package org.onevisit.identity;

/**
 * What a staff member may do. Each role is exercised within the staff member's department and region
 * (a region covers its sub-regions). Citizens and enterprises have no staff role.
 */
public enum Role {
  /** 综合窗口受理员: accepts any item from one account. */
  WINDOW_CLERK,
  /** 部门审批人: decides the tasks of his department and region. */
  APPROVER,
  /** 代办员: applies on behalf of villagers. */
  VILLAGE_AGENT,
  /** 督办: watches deadlines, ratings and KPIs. */
  SUPERVISOR,
  /** 数据管理: base libraries, grants, audit. */
  DATA_ADMIN,
  /** 12345 热线: consultations and complaints. */
  HOTLINE_OPERATOR,
  /** 事项管理: the service-item catalog. */
  CATALOG_ADMIN,
  /** 系统管理: accounts, calendars, operations. */
  SYSTEM_ADMIN;

  /** The Spring Security authority, {@code ROLE_} + name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
