package org.onevisit.licence;

/** Who a licence is issued to: a natural person (by ID number) or an enterprise (by credit code). */
public enum HolderKind {
  /** 自然人, identified by the GB 11643 resident ID number. */
  PERSON,
  /** 法人/市场主体, identified by the GB 32100 unified social credit code. */
  ENTERPRISE
}
