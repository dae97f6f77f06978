package org.onevisit.sharing;

import java.util.Locale;
import java.util.Objects;
import org.onevisit.catalog.DataElement;
import org.onevisit.organisation.DepartmentKind;

/**
 * 数据元定义: an entry of the sharing catalog (共享目录): what a {@link DataElement} holds, how sensitive it
 * is and which kind of department must supply it (the responsibility list of ).
 *
 * @param element the vocabulary code, e.g. {@code person.name}
 * @param type the kind of value
 * @param sensitivity how carefully it is shared and shown
 * @param source the kind of department responsible for it
 * @param name Chinese name
 * @param nameEn English name
 * @param description Chinese description
 * @param descriptionEn English description
 */
public record ElementDefinition(
    DataElement element,
    Type type,
    Sensitivity sensitivity,
    DepartmentKind source,
    String name,
    String nameEn,
    String description,
    String descriptionEn) {

  public ElementDefinition {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sensitivity, "sensitivity");
    Objects.requireNonNull(source, "source");
  }

  /** The name in the given language (Chinese unless English is asked for). */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : name;
  }

  public String description(Locale locale) {
    return "en".equals(locale.getLanguage()) ? descriptionEn : description;
  }

  /** The kind of value an element holds; values travel as strings (dates in ISO 8601). */
  public enum Type {
    TEXT,
    CODE,
    DATE,
    ID_NUMBER,
    CREDIT_CODE,
    MOBILE,
    /** {@code true} or {@code false} */
    BOOLEAN,
    /** a GB/T 2260 region code */
    REGION_CODE,
    /** {@code longitude,latitude} in WGS 84 */
    COORDINATES
  }

  /** 敏感级别, from least to most sensitive. */
  public enum Sensitivity {
    /** 公开: may be published. */
    PUBLIC,
    /** 内部: government use only. */
    INTERNAL,
    /** 个人信息 */
    PERSONAL,
    /** 敏感个人信息: ID numbers, health, ethnicity, marriage; masked on every page. */
    SENSITIVE_PERSONAL
  }
}
