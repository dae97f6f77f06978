package org.onevisit.organisation;

/**
 * 部门类别: the kinds of department that every province, city and county has. Each has a short code used
 * in department codes ({@code 331126-PSB}); display names come from the message bundle under
 * {@link #messageKey()}.
 */
public enum DepartmentKind {
  /** 公安 */
  PUBLIC_SECURITY("PSB"),
  /** 民政 */
  CIVIL_AFFAIRS("CAB"),
  /** 人力资源和社会保障 */
  HUMAN_RESOURCES("HRSS"),
  /** 医疗保障 */
  MEDICAL_INSURANCE("MIB"),
  /** 卫生健康 */
  HEALTH("HC"),
  /** 市场监督管理 */
  MARKET_REGULATION("AMR"),
  /** 税务 */
  TAX("TAX"),
  /** 自然资源和规划 (不动产登记) */
  NATURAL_RESOURCES("NRP"),
  /** 住房和城乡建设 */
  HOUSING("HUD"),
  /** 住房公积金 */
  HOUSING_FUND("HPF"),
  /** 教育 */
  EDUCATION("EDU"),
  /** 交通运输 */
  TRANSPORT("TRB");

  private final String code;

  DepartmentKind(String code) {
    this.code = code;
  }

  /** The short code, e.g. {@code PSB}. */
  public String code() {
    return code;
  }

  /** The key of its display name in the message bundle. */
  public String messageKey() {
    return "organisation.departmentKind." + name();
  }
}
