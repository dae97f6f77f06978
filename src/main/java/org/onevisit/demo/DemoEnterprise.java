package org.onevisit.demo;

import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * A generated enterprise (市场主体) with its legal representative, a resident of the demo province.
 *
 * @param creditCode its unified social credit code
 * @param name e.g. 庆元县松源街道鑫源食品有限公司
 * @param kind its legal form
 * @param region where it is registered (the representative's village)
 * @param legalRepresentative 法定代表人 (经营者 of a 个体工商户)
 */
public record DemoEnterprise(
    CreditCode creditCode, String name, Kind kind, RegionCode region, IdNumber legalRepresentative) {

  /** The legal forms the demo generates, with the first two characters of their credit codes. */
  public enum Kind {
    /** 有限责任公司 */
    LIMITED_COMPANY('9', '1'),
    /** 个体工商户 */
    SOLE_TRADER('9', '2'),
    /** 农民专业合作社 */
    FARMERS_COOPERATIVE('9', '3');

    private final char authority;
    private final char kind;

    Kind(char authority, char kind) {
      this.authority = authority;
      this.kind = kind;
    }

    /** Registration authority: {@code 9} 市场监管. */
    public char authority() {
      return authority;
    }

    /** Kind of organisation within the authority. */
    public char kind() {
      return kind;
    }
  }
}
