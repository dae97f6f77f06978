package org.onevisit.catalog;

import java.util.Objects;

/**
 * 标准化问题: one finding of a {@link StandardisationCheck}: its stable code, the path of the offending
 * part ({@code materials[other]}, {@code limits.committedDays}) and a reason a catalog administrator can
 * act on.
 */
public record Problem(Code code, String path, String detail) {

  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Keys.requireText(detail, "problem detail");
  }

  /** The stable problem codes, one or more per check. */
  public enum Code {
    CATCH_ALL_MATERIAL,
    MATERIAL_WITHOUT_LEGAL_BASIS,
    TIME_LIMIT_MISSING,
    COMMITTED_EXCEEDS_STATUTORY,
    TOO_MANY_VISITS,
    VISIT_WITHOUT_PRESENCE_BASIS,
    FIELD_NOT_JUSTIFIED,
    BUNDLE_ITEM_UNKNOWN,
    BUNDLE_ITEM_NOT_PUBLISHED,
    REGIONS_DIFFER
  }
}
