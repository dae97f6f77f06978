package org.onevisit.licence.internal;

import java.util.Optional;
import org.onevisit.licence.IssuerIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class DefaultIssuerIdentity implements IssuerIdentity {

  private final IssuerKeys keys;
  private final StatusLists statusLists;
  private final JdbcClient jdbc;

  DefaultIssuerIdentity(IssuerKeys keys, StatusLists statusLists, JdbcClient jdbc) {
    this.keys = keys;
    this.statusLists = statusLists;
    this.jdbc = jdbc;
  }

  @Override
  public String did() {
    return keys.did;
  }

  @Override
  public String baseUrl() {
    return keys.baseUrl;
  }

  @Override
  public String didDocument() {
    return keys.didDocument().toString();
  }

  @Override
  public Optional<String> statusList(String purpose, int list) {
    var known = StatusLists.Purpose.byId(purpose);
    if (known.isEmpty() || list < 0) {
      return Optional.empty();
    }
    int highest = jdbc.sql("select coalesce(max(status_index), 0) from licence").query(Integer.class).single();
    int lists = highest / StatusLists.SIZE + 1;
    return list < lists ? Optional.of(statusLists.credential(known.get(), list)) : Optional.empty();
  }
}
