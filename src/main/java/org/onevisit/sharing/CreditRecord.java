package org.onevisit.sharing;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CreditCode;

/**
 * 信用信息: an enterprise's entry in the credit library (信用库): its credit risk class and whether it is on the
 * red list (守信激励) or the black list (失信惩戒), as the market-regulation department rates it.
 *
 * @param creditCode the enterprise
 * @param level 信用风险分类 A (low risk) to D (high risk)
 * @param redList on the red list of trustworthy enterprises
 * @param blackList on the black list (严重违法失信名单)
 * @param listReason why it is listed (decision and its number); required when on either list, else {@code null}
 * @param provenance the source of the record
 */
public record CreditRecord(CreditCode creditCode, Level level, boolean redList, boolean blackList,
    @Nullable String listReason, Provenance provenance) {

  public CreditRecord {
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(provenance, "provenance");
    if (redList && blackList) {
      throw new IllegalArgumentException("An enterprise cannot be on the red and the black list at once");
    }
    if (redList || blackList) {
      EnterpriseRecord.Texts.require("listReason", listReason, 500);
    } else if (listReason != null) {
      throw new IllegalArgumentException("listReason is only given for a listed enterprise");
    }
  }

  /** 信用风险分类等级 */
  public enum Level {
    A,
    B,
    C,
    D
  }
}
