package org.onevisit.licence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;

/** Valid licence requests for tests, each for a new holder unless one is given. */
public final class LicenceFixtures {

  private LicenceFixtures() {}

  public static IssueRequest marriageCertificate(IdNumber husband) {
    IdNumber wife = IdentityFixtures.anyIdNumber();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("certificateNo", "J331126-2021-" + husband.value().substring(14));
    fields.put("husbandName", "吴建华");
    fields.put("husbandIdNumber", husband.value());
    fields.put("wifeName", "叶晓燕");
    fields.put("wifeIdNumber", wife.value());
    fields.put("registeredOn", "2021-05-20");
    return new IssueRequest(LicenceDefinitions.MARRIAGE_CERTIFICATE, Holder.person(husband, "吴建华"), "331126-CAB",
        fields, null, null, "test");
  }

  public static IssueRequest anyMarriageCertificate() {
    return marriageCertificate(IdentityFixtures.anyIdNumber());
  }

  /** A food business permit valid from {@code from} for five years. */
  public static IssueRequest foodPermit(CreditCode enterprise, LocalDate from) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("enterpriseName", "庆元县香菇宴餐饮有限公司");
    fields.put("creditCode", enterprise.value());
    fields.put("address", "浙江省丽水市庆元县松源街道");
    fields.put("businessItems", "热食类食品制售");
    return new IssueRequest(LicenceDefinitions.FOOD_OPERATION_PERMIT,
        Holder.enterprise(enterprise, "庆元县香菇宴餐饮有限公司"), "331126-AMR", fields, from, null, "test");
  }

  public static CreditCode anyCreditCode() {
    String body = "%08d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    return CreditCode.of('9', '1', "331126", body);
  }
}
