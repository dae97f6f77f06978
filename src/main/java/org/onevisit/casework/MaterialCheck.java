package org.onevisit.casework;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a material of an application is (or is not yet) satisfied, in the order the platform tries: a usable
 * electronic licence (电子证照), shared data (共享数据), the result of another item of the same application,
 * an upload by the applicant.
 *
 * @param material the material's key
 * @param name the material's name
 * @param way how it is satisfied
 * @param detail what satisfies it: the licence number, the data source, the producing item's name, the
 *     uploaded file's name; {@code null} when missing
 */
public record MaterialCheck(String material, String name, Way way, @Nullable String detail) {

  public MaterialCheck {
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(way, "way");
  }

  /** Whether the applicant still has to hand it in. */
  public boolean missing() {
    return way == Way.MISSING;
  }

  /** How a material is satisfied. */
  public enum Way {
    LICENCE,
    SHARED_DATA,
    PRODUCED,
    UPLOADED,
    MISSING
  }
}
