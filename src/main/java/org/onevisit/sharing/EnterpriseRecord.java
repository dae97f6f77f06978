package org.onevisit.sharing;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * 法人信息: an enterprise (市场主体) in the legal-person library (法人库), as the market-regulation register holds
 * it, keyed by its unified social credit code. The representative's ID number and mobile are encrypted at rest
 * (ADR 0009) and masked on every page.
 *
 * @param creditCode the unified social credit code
 * @param name the registered name, 1–200 characters
 * @param legalForm its legal form
 * @param region where it is registered
 * @param address the registered address (住所), 1–200 characters
 * @param representativeName 法定代表人 (经营者 of a 个体工商户, 负责人 of a cooperative)
 * @param representativeId the representative's ID number
 * @param representativeMobile the representative's mobile, if registered
 * @param registeredOn the day of establishment, if known
 * @param status whether it is in business
 * @param provenance the source of the record
 */
public record EnterpriseRecord(
    CreditCode creditCode,
    String name,
    LegalForm legalForm,
    RegionCode region,
    String address,
    String representativeName,
    IdNumber representativeId,
    @Nullable String representativeMobile,
    @Nullable LocalDate registeredOn,
    Status status,
    Provenance provenance) {

  public EnterpriseRecord {
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(legalForm, "legalForm");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(representativeId, "representativeId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
    Texts.require("name", name, 200);
    Texts.require("address", address, 200);
    Texts.require("representativeName", representativeName, 50);
    if (representativeMobile != null && !Texts.MOBILE.matcher(representativeMobile).matches()) {
      throw new IllegalArgumentException("Not a mainland mobile number");
    }
  }

  /** 企业类型: the legal forms of the register. */
  public enum LegalForm {
    /** 有限责任公司 */
    LIMITED_COMPANY,
    /** 股份有限公司 */
    JOINT_STOCK_COMPANY,
    /** 个体工商户 */
    SOLE_TRADER,
    /** 农民专业合作社 */
    FARMERS_COOPERATIVE,
    /** 合伙企业 */
    PARTNERSHIP,
    /** 其他 */
    OTHER
  }

  /** 登记状态 */
  public enum Status {
    /** 存续 */
    ACTIVE,
    /** 吊销 */
    REVOKED,
    /** 注销 */
    CANCELLED
  }

  /** Checks of free text shared by the library records. */
  static final class Texts {
    static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1[3-9][0-9]{9}");

    private Texts() {}

    static void require(String field, @Nullable String value, int max) {
      Objects.requireNonNull(value, field);
      if (value.isBlank() || value.length() > max) {
        throw new IllegalArgumentException(field + " must have 1 to " + max + " characters");
      }
    }
  }
}
