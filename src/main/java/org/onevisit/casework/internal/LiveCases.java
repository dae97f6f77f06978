package org.onevisit.casework.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onevisit.casework.CaseNumber;
import org.onevisit.sharing.Consumer;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.PurposeVerifier;
import org.onevisit.sharing.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 用途核验 for {@code sharing}: a read whose purpose reference is a case number (or a draft's id, for
 * pre-filling) is confirmed only when the case is live (a draft, or submitted or accepted — not completed,
 * refused or withdrawn), the subject is its applicant or one of its parties (the mother, father or household
 * head found from the registers when it was pre-filled), and the consumer department decides the item named
 * by the purpose type. A reference of that shape that does not qualify is refused; any other reference is
 * not this module's to judge.
 */
@Component
class LiveCases implements PurposeVerifier {

  private final JdbcClient jdbc;

  LiveCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Verdict verify(Consumer consumer, Subject subject, Purpose purpose) {
    UUID draft = draftId(purpose.reference());
    if (draft != null) {
      return jdbc.sql("""
              select count(*) from casework_application a left join casework_case c on c.case_number = a.case_number
              where a.id = ? and (a.status = 'DRAFT' or c.status in ('SUBMITTED', 'ACCEPTED'))
                and (a.applicant_id = ? or exists (select 1 from jsonb_each_text(a.parties) p where p.value = ?))
                and a.handlers ->> ? = ?""")
          .params(draft, subject.key(), subject.key(), purpose.type(), consumer.departmentCode())
          .query(Long.class).single() > 0 ? Verdict.CONFIRMED : Verdict.NOT_CONFIRMED;
    }
    CaseNumber number;
    try {
      number = CaseNumber.of(purpose.reference());
    } catch (RuntimeException notACaseNumber) {
      return Verdict.ABSTAIN;
    }
    boolean live = jdbc.sql("""
            select count(*) from casework_case c join casework_case_item i on i.case_number = c.case_number
              join casework_application a on a.id = c.application_id
            where c.case_number = ? and c.status in ('SUBMITTED', 'ACCEPTED')
              and (c.applicant_id = ? or exists (select 1 from jsonb_each_text(a.parties) p where p.value = ?))
              and i.item = ? and i.department_code = ?""")
        .params(number.value(), subject.key(), subject.key(), purpose.type(), consumer.departmentCode())
        .query(Long.class).single() > 0;
    return live ? Verdict.CONFIRMED : Verdict.NOT_CONFIRMED;
  }

  /** A draft's id (a UUID in its canonical form), or null when the reference is something else. */
  private static @Nullable UUID draftId(String reference) {
    if (reference.length() != 36) {
      return null;
    }
    try {
      UUID id = UUID.fromString(reference);
      return id.toString().equals(reference.toLowerCase(java.util.Locale.ROOT)) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
