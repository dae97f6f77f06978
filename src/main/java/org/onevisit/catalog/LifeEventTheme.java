package org.onevisit.catalog;

/** 主题: the life-event and enterprise-lifecycle themes the catalog is browsed by. */
public enum LifeEventTheme {
  /** 生育收养 */
  BIRTH_ADOPTION,
  /** 教育 */
  EDUCATION,
  /** 就业 */
  EMPLOYMENT,
  /** 婚姻 */
  MARRIAGE,
  /** 住房 */
  HOUSING,
  /** 社保 */
  SOCIAL_INSURANCE,
  /** 医疗 */
  MEDICAL_CARE,
  /** 养老 */
  ELDERLY_CARE,
  /** 身后 */
  AFTER_DEATH,
  /** 证件办理 */
  DOCUMENTS,
  /** 纳税缴费 */
  TAXES_AND_FEES,
  /** 法人: 开办 */
  ENTERPRISE_OPENING,
  /** 法人: 经营 */
  ENTERPRISE_OPERATION,
  /** 法人: 变更 */
  ENTERPRISE_CHANGE,
  /** 法人: 注销 */
  ENTERPRISE_CLOSURE;

  /** True for the enterprise lifecycle stages, false for a person's life events. */
  public boolean forEnterprises() {
    return name().startsWith("ENTERPRISE_");
  }
}
