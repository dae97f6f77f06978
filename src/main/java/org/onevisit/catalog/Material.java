package org.onevisit.catalog;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 材料: a document an item needs, with its source, whether the original (原件) or a copy (复印件) is
 * needed, how many, references to a blank form (空白表格) and a filled sample (示范文本) where there are
 * any, the legal basis (设定依据; blank while a draft lacks it, which {@link MaterialHasLegalBasis}
 * refuses at publication) and the condition under which it applies.
 */
public record Material(
    String key,
    String name,
    MaterialSource source,
    Copy copy,
    int count,
    @Nullable String blankForm,
    @Nullable String sample,
    String legalBasis,
    Condition when) {

  public Material {
    Keys.require(key, "material");
    Keys.requireText(name, "material name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(legalBasis, "legal basis");
    Objects.requireNonNull(when, "condition");
    if (count < 1) {
      throw new IllegalArgumentException("Material " + key + " needs a count of at least one");
    }
  }

  /** True when the applicant himself hands it in whatever the bundle around it. */
  public boolean fromApplicant() {
    return source instanceof MaterialSource.Applicant;
  }

  /** 原件或复印件, strictest first. */
  public enum Copy {
    /** 原件 */
    ORIGINAL,
    /** 复印件 */
    COPY,
    /** 电子件 */
    ELECTRONIC
  }
}
