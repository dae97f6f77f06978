package org.onevisit.sharing.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onevisit.catalog.DataElement;
import org.onevisit.sharing.ValueHistory;
import org.onevisit.sharing.internal.RecordSpecs.Spec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves the {@code code@record#version} items of an access-log entry: the current row when that version is still
 * current, else the row kept in {@code sharing_record_version}. Records of the population library that ingestion
 * does not replace (prenatal records) are shown by version only.
 */
@Service
class JdbcValueHistory implements ValueHistory {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final JsonMapper json;

  JdbcValueHistory(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.json = json;
  }

  @Override
  public List<ServedValue> served(long seq) {
    var entry = jdbc.sql("select subject, served from sharing_access_log where seq = ?").param(seq)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    if (entry.isEmpty()) {
      return List.of();
    }
    String subject = entry.get()[0];
    List<ServedValue> values = new ArrayList<>();
    for (String item : JdbcAccessLog.split(entry.get()[1])) {
      DataElement element = JdbcAccessLog.servedElement(item);
      int at = item.indexOf('@');
      int hash = item.lastIndexOf('#');
      if (at < 0 || hash < at) {
        values.add(new ServedValue(element, null, false, 0, null, null, false));
        continue;
      }
      String record = item.substring(at + 1, hash);
      int version = Integer.parseInt(item.substring(hash + 1));
      String ref = record.contains(":") ? record.substring(0, record.indexOf(':')) : record;
      String key = record.contains(":") ? record.substring(record.indexOf(':') + 1) : subject;
      values.add(RecordSpecs.ofRef(ref).map(spec -> resolve(spec, key, version, element, subject))
          .orElse(new ServedValue(element, null, false, version, null, null, false)));
    }
    return values;
  }

  private ServedValue resolve(Spec spec, String key, int version, DataElement element, String subject) {
    String where = spec.historyKey() + (spec.historyKey().equals("id") ? " = ?::bigint" : " = ?");
    List<Map<String, Object>> current = jdbc.sql("select * from " + spec.table() + " where " + where).param(key)
        .query().listOfRows();
    Map<String, ?> row = null;
    boolean isCurrent = false;
    String source = null;
    java.time.Instant asOf = null;
    if (!current.isEmpty() && ((Number) current.getFirst().get("version")).intValue() == version) {
      row = current.getFirst();
      isCurrent = true;
    } else {
      var kept = jdbc.sql("""
              select data::text, source_department, as_of from sharing_record_version
              where record_type = ? and record_key = ? and version = ?""")
          .params(spec.ref(), key, version)
          .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)})
          .optional();
      if (kept.isPresent()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = json.readValue((String) kept.get()[0], Map.class);
        row = data;
        source = (String) kept.get()[1];
        asOf = ((OffsetDateTime) kept.get()[2]).toInstant();
      }
    }
    if (row == null) {
      return new ServedValue(element, null, false, version, null, null, false);
    }
    if (isCurrent) {
      source = (String) row.get("source_department");
      Object stored = row.get("as_of");
      asOf = stored instanceof java.sql.Timestamp t ? t.toInstant()
          : stored instanceof OffsetDateTime o ? o.toInstant() : null;
    }
    Optional<RecordSpecs.Value> value = RecordSpecs.elementValue(spec, element.code(),
        RecordSpecs.fields(spec, row, cipher), subject);
    return new ServedValue(element, value.map(RecordSpecs.Value::text).orElse(null), value.isPresent(), version, source,
        asOf, isCurrent);
  }
}
