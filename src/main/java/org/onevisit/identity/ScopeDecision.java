package org.onevisit.identity;

/** The answer of a scope check: allowed, or rejected with the reason a page or problem can show. */
public sealed interface ScopeDecision {

  boolean allowed();

  record Allowed() implements ScopeDecision {
    @Override
    public boolean allowed() {
      return true;
    }
  }

  /** @param reason a stable code: {@code ROLE_MISSING}, {@code OUTSIDE_REGION} or {@code OTHER_DEPARTMENT} */
  record Rejected(String reason) implements ScopeDecision {
    @Override
    public boolean allowed() {
      return false;
    }
  }
}
