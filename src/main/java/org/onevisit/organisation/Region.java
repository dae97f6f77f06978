package org.onevisit.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 行政区划: one administrative division on one of the five levels.
 *
 * @param code its GB/T 2260 (or statistics bureau) code
 * @param name its Chinese name, e.g. 庆元县, 松源街道, 东门村
 * @param level its level, the one its code denotes
 * @param parent the division it lies in; {@code null} only for a province
 */
public record Region(RegionCode code, String name, RegionCode.Level level, @Nullable RegionCode parent) {

  public Region {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    if (level != code.level()) {
      throw new IllegalArgumentException("Level " + level + " does not match code " + code);
    }
    if (parent == null && level != RegionCode.Level.PROVINCE) {
      throw new IllegalArgumentException("Only a province has no parent: " + code);
    }
  }
}
