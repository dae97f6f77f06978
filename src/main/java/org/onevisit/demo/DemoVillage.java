package org.onevisit.demo;

import java.util.Objects;
import org.onevisit.organisation.RegionCode;

/**
 * A village or community (村, 社区) people of the demo province live in, with the names the addresses need.
 *
 * @param code the village's 12-digit code
 * @param name e.g. 东门村, 石龙社区
 * @param township the township's 9-digit code
 * @param townshipName e.g. 松源街道
 * @param countyName e.g. 庆元县
 */
public record DemoVillage(RegionCode code, String name, RegionCode township, String townshipName, String countyName) {

  public DemoVillage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(township, "township");
    Objects.requireNonNull(townshipName, "townshipName");
    Objects.requireNonNull(countyName, "countyName");
    if (code.level() != RegionCode.Level.VILLAGE || !township.covers(code)) {
      throw new IllegalArgumentException("Not a village of " + township + ": " + code);
    }
  }

  /** The county the village lies in. */
  public RegionCode county() {
    return code.county();
  }

  /** 社区 (urban community) rather than 村 (village). */
  public boolean urban() {
    return name.endsWith("社区");
  }
}
