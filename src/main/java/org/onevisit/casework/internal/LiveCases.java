package org.onevisit.casework.internal;

import org.onevisit.casework.CaseNumber;
import org.onevisit.sharing.Consumer;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.PurposeVerifier;
import org.onevisit.sharing.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 用途核验 for {@code sharing}: a read whose purpose reference is a case number is confirmed only when the
 * case is live (submitted or accepted, not completed, refused or withdrawn), its applicant is the subject,
 * and the consumer department decides the case's item named by the purpose type. A case-number-shaped
 * reference that does not qualify is refused; any other reference is not this module's to judge.
 */
@Component
class LiveCases implements PurposeVerifier {

  private final JdbcClient jdbc;

  LiveCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Verdict verify(Consumer consumer, Subject subject, Purpose purpose) {
    CaseNumber number;
    try {
      number = CaseNumber.of(purpose.reference());
    } catch (RuntimeException notACaseNumber) {
      return Verdict.ABSTAIN;
    }
    boolean live = jdbc.sql("""
            select count(*) from casework_case c join casework_case_item i on i.case_number = c.case_number
            where c.case_number = ? and c.status in ('SUBMITTED', 'ACCEPTED') and c.applicant_id = ?
              and i.item = ? and i.department_code = ?""")
        .params(number.value(), subject.key(), purpose.type(), consumer.departmentCode())
        .query(Long.class).single() > 0;
    return live ? Verdict.CONFIRMED : Verdict.NOT_CONFIRMED;
  }
}
