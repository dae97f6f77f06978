package org.onevisit.sharing;

import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;

/** 数据主体: whose data is read: a person or an enterprise. */
public sealed interface Subject {

  /** The key stored in the access log (the full number: the log is personal data itself). */
  String key();

  /** A resident, by ID number. */
  record Person(IdNumber idNumber) implements Subject {
    @Override
    public String key() {
      return idNumber.value();
    }

    @Override
    public String toString() {
      return "Person[" + idNumber.masked() + "]";
    }
  }

  /** An enterprise, by unified social credit code. */
  record Enterprise(CreditCode creditCode) implements Subject {
    @Override
    public String key() {
      return creditCode.value();
    }
  }

  static Subject person(IdNumber idNumber) {
    return new Person(idNumber);
  }
}
