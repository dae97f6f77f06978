package org.onevisit.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.BirthRecord;
import org.onevisit.sharing.BulkLoad;
import org.onevisit.sharing.MaritalStatus;
import org.onevisit.sharing.MarriageRecord;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.PopulationLibrary;
import org.onevisit.sharing.PrenatalRecord;
import org.onevisit.sharing.Provenance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcPopulationLibrary implements PopulationLibrary {

  private static final String PERSON_COLUMNS = """
      id_number, name, sex, birth_date, ethnicity, household_id, region_code, address, mobile, marital_status,
      alive, source_department, source_system, as_of, version""";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final FieldCipher cipher;

  JdbcPopulationLibrary(JdbcClient jdbc, DataSource dataSource, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.cipher = cipher;
  }

  @Override
  public long persons() {
    return jdbc.sql("select count(*) from sharing_person").query(Long.class).single();
  }

  @Override
  public Optional<PersonRecord> person(IdNumber idNumber) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from sharing_person where id_number = ?")
        .param(idNumber.value())
        .query((rs, i) -> person(rs))
        .optional();
  }

  @Override
  public List<PersonRecord> household(long householdId) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from sharing_person where household_id = ? order by birth_date, id_number")
        .param(householdId)
        .query((rs, i) -> person(rs))
        .list();
  }

  @Override
  public List<MarriageRecord> marriages(IdNumber idNumber) {
    return jdbc.sql("""
            select id, husband_id_number, wife_id_number, registered_on, certificate_no, registry_region, status,
                   source_department, source_system, as_of, version
            from sharing_marriage where husband_id_number = ? or wife_id_number = ?
            order by registered_on desc, id desc""")
        .params(idNumber.value(), idNumber.value())
        .query((rs, i) -> new MarriageRecord(rs.getLong("id"), new IdNumber(rs.getString("husband_id_number")),
            new IdNumber(rs.getString("wife_id_number")), rs.getObject("registered_on", java.time.LocalDate.class),
            rs.getString("certificate_no"), RegionCode.of(rs.getString("registry_region")),
            MarriageRecord.Status.valueOf(rs.getString("status")), provenance(rs)))
        .list();
  }

  @Override
  public List<PrenatalRecord> prenatalRecords(IdNumber mother) {
    return jdbc.sql("""
            select id, mother_id_number, expected_date, hospital, source_department, source_system, as_of, version
            from sharing_prenatal_record where mother_id_number = ? order by expected_date desc, id desc""")
        .param(mother.value())
        .query((rs, i) -> new PrenatalRecord(rs.getLong("id"), new IdNumber(rs.getString("mother_id_number")),
            rs.getObject("expected_date", java.time.LocalDate.class), rs.getString("hospital"), provenance(rs)))
        .list();
  }

  @Override
  public List<BirthRecord> births(IdNumber mother) {
    return jdbc.sql("""
            select id, mother_id_number, father_id_number, child_sex, born_at, weight_grams, gestational_weeks,
                   institution, source_department, source_system, as_of, version
            from sharing_birth where mother_id_number = ? order by born_at desc, id desc""")
        .param(mother.value())
        .query((rs, i) -> new BirthRecord(rs.getLong("id"), new IdNumber(rs.getString("mother_id_number")),
            rs.getString("father_id_number") == null ? null : new IdNumber(rs.getString("father_id_number")),
            "M".equals(rs.getString("child_sex")) ? IdNumber.Sex.MALE : IdNumber.Sex.FEMALE,
            rs.getObject("born_at", java.time.LocalDateTime.class), rs.getInt("weight_grams"),
            rs.getInt("gestational_weeks"), rs.getString("institution"), provenance(rs)))
        .list();
  }

  @Override
  public BulkLoad bulkLoad(Indexes indexes) {
    return new CopyBulkLoad(dataSource, cipher, indexes == Indexes.REBUILD_AFTER_LOAD);
  }

  private static PersonRecord person(ResultSet rs) throws SQLException {
    long household = rs.getLong("household_id");
    return new PersonRecord(new IdNumber(rs.getString("id_number")), rs.getString("name"),
        "M".equals(rs.getString("sex")) ? IdNumber.Sex.MALE : IdNumber.Sex.FEMALE,
        rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("ethnicity"), household,
        RegionCode.of(rs.getString("region_code")), rs.getString("address"), rs.getString("mobile"),
        MaritalStatus.valueOf(rs.getString("marital_status")), rs.getBoolean("alive"), provenance(rs));
  }

  private static Provenance provenance(ResultSet rs) throws SQLException {
    return new Provenance(rs.getString("source_department"), rs.getString("source_system"),
        rs.getObject("as_of", java.time.OffsetDateTime.class).toInstant(), rs.getInt("version"));
  }
}
