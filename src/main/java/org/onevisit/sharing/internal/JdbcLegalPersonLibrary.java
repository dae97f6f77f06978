package org.onevisit.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.AddressRecord;
import org.onevisit.sharing.CreditRecord;
import org.onevisit.sharing.EnterpriseRecord;
import org.onevisit.sharing.LegalPersonLibrary;
import org.onevisit.sharing.Provenance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcLegalPersonLibrary implements LegalPersonLibrary {

  static final String ENTERPRISE_COLUMNS = """
      credit_code, name, legal_form, region_code, address, representative_name, representative_id,
      representative_mobile, registered_on, status, source_department, source_system, as_of, version""";

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  JdbcLegalPersonLibrary(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public long enterprises() {
    return jdbc.sql("select count(*) from sharing_enterprise").query(Long.class).single();
  }

  @Override
  public Optional<EnterpriseRecord> enterprise(CreditCode creditCode) {
    return jdbc.sql("select " + ENTERPRISE_COLUMNS + " from sharing_enterprise where credit_code = ?")
        .param(creditCode.value())
        .query((rs, i) -> enterprise(rs, cipher))
        .optional();
  }

  @Override
  public List<EnterpriseRecord> representedBy(IdNumber person) {
    return jdbc.sql("select " + ENTERPRISE_COLUMNS
            + " from sharing_enterprise where representative_id_index = ? order by name, credit_code")
        .param(cipher.index(person.value()))
        .query((rs, i) -> enterprise(rs, cipher))
        .list();
  }

  @Override
  public Optional<CreditRecord> credit(CreditCode creditCode) {
    return jdbc.sql("""
            select credit_code, level, red_list, black_list, list_reason, source_department, source_system, as_of, version
            from sharing_credit where credit_code = ?""")
        .param(creditCode.value())
        .query((rs, i) -> new CreditRecord(new CreditCode(rs.getString("credit_code")),
            CreditRecord.Level.valueOf(rs.getString("level")), rs.getBoolean("red_list"), rs.getBoolean("black_list"),
            rs.getString("list_reason"), provenance(rs)))
        .optional();
  }

  @Override
  public Optional<AddressRecord> address(String address) {
    return jdbc.sql("""
            select address, region_code, longitude, latitude, source_department, source_system, as_of, version
            from sharing_address where address = ?""")
        .param(address)
        .query((rs, i) -> new AddressRecord(rs.getString("address"), RegionCode.of(rs.getString("region_code")),
            rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"), provenance(rs)))
        .optional();
  }

  static EnterpriseRecord enterprise(ResultSet rs, FieldCipher cipher) throws SQLException {
    return new EnterpriseRecord(new CreditCode(rs.getString("credit_code")), rs.getString("name"),
        EnterpriseRecord.LegalForm.valueOf(rs.getString("legal_form")), RegionCode.of(rs.getString("region_code")),
        rs.getString("address"), rs.getString("representative_name"),
        new IdNumber(java.util.Objects.requireNonNull(cipher.decrypt(rs.getBytes("representative_id")))),
        cipher.decrypt(rs.getBytes("representative_mobile")), rs.getObject("registered_on", LocalDate.class),
        EnterpriseRecord.Status.valueOf(rs.getString("status")), provenance(rs));
  }

  static Provenance provenance(ResultSet rs) throws SQLException {
    return new Provenance(rs.getString("source_department"), rs.getString("source_system"),
        rs.getObject("as_of", OffsetDateTime.class).toInstant(), rs.getInt("version"));
  }
}
