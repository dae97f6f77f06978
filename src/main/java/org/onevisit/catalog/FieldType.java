package org.onevisit.catalog;

/** 字段类型: what kind of value a form field takes. */
public enum FieldType {
  TEXT,
  NUMBER,
  DATE,
  DATE_TIME,
  CHOICE,
  ID_NUMBER,
  PHONE,
  ADDRESS
}
