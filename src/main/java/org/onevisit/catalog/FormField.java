package org.onevisit.catalog;

import java.util.Objects;

/**
 * 表单字段: a value an item's form asks for. It is either bound to a shared {@link DataElement}, and then
 * pre-filled for the applicant (who may correct it only when {@code correctable}), or free input that
 * only the applicant can give, with the reason why (blank while a draft lacks it, which
 * {@link FieldsBoundOrJustified} refuses at publication). It applies when its condition holds.
 */
public record FormField(
    String key, String label, Binding binding, FieldType type, boolean required, boolean correctable, Condition when) {

  public FormField {
    Keys.require(key, "field");
    Keys.requireText(label, "field label");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(when, "condition");
  }

  /** True when the applicant types the value himself (free input); bound fields are pre-filled. */
  public boolean typedByApplicant() {
    return binding instanceof Binding.FreeInput;
  }

  /** 数据来源: how the field gets its value. */
  public sealed interface Binding {

    /** 绑定数据元: pre-filled from shared data. */
    record Bound(DataElement element) implements Binding {
      public Bound {
        Objects.requireNonNull(element, "data element");
      }
    }

    /** 自由填写: typed by the applicant because no shared data holds it, for the reason given. */
    record FreeInput(String reason) implements Binding {
      public FreeInput {
        Objects.requireNonNull(reason, "reason");
      }
    }

    static Binding to(String element) {
      return new Bound(DataElement.of(element));
    }

    static Binding freeInput(String reason) {
      return new FreeInput(reason);
    }
  }
}
