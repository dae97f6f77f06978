package org.onevisit.catalog;

import java.util.Objects;

/**
 * 材料来源: where a material comes from. Only {@link Applicant} materials are brought by the
 * applicant once sharing works; the others are fetched from shared data, from the e-licence library, or
 * produced by another item of the same bundle.
 */
public sealed interface MaterialSource {

  /** 申请人提供. */
  record Applicant() implements MaterialSource {}

  /** 共享数据: the content is read from the shared data element. */
  record SharedData(DataElement element) implements MaterialSource {
    public SharedData {
      Objects.requireNonNull(element, "data element");
    }
  }

  /**
   * 电子证照: a licence of the given type held by the given party ({@code applicant}, {@code mother},
   * {@code father}, {@code couple} …); two materials are the same licence when type and holder agree.
   */
  record Licence(LicenceType type, String holder) implements MaterialSource {
    public Licence {
      Objects.requireNonNull(type, "licence type");
      Keys.require(holder, "holder");
    }
  }

  /** 前置事项产出: the result of another item of the same bundle. */
  record ProducedBy(ItemCode item) implements MaterialSource {
    public ProducedBy {
      Objects.requireNonNull(item, "item");
    }
  }

  static MaterialSource applicant() {
    return new Applicant();
  }

  static MaterialSource sharedData(String element) {
    return new SharedData(DataElement.of(element));
  }

  static MaterialSource licence(String type, String holder) {
    return new Licence(LicenceType.of(type), holder);
  }

  static MaterialSource producedBy(String item) {
    return new ProducedBy(ItemCode.of(item));
  }
}
