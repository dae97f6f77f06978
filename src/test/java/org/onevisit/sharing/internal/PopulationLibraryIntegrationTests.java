package org.onevisit.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.BulkLoad;
import org.onevisit.sharing.HouseholdRecord;
import org.onevisit.sharing.MaritalStatus;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.PopulationLibrary;
import org.onevisit.sharing.Provenance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class PopulationLibraryIntegrationTests {

  static final Provenance SOURCE = new Provenance("331126-PSB", "户籍管理系统", Instant.parse("2026-01-01T00:00:00Z"), 1);
  static final RegionCode VILLAGE = RegionCode.of("331126001001");

  @Autowired PopulationLibrary population;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void copiesAwkwardTextUnchangedAndReadsItBack() {
    IdNumber id = IdNumber.of("331126", LocalDate.of(1970, 1, 2), 801);
    String address = "庆元县松源街道\t石龙社区 \\N 1号\n2幢\r";
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.MAINTAIN)) {
      load.add(new HouseholdRecord(900_001, id, VILLAGE, address, SOURCE));
      load.add(new PersonRecord(id, "欧阳\\娜", IdNumber.Sex.MALE, id.birthDate(), "汉族", 900_001, VILLAGE, address,
          null, MaritalStatus.UNMARRIED, true, SOURCE));
      load.finish();
    }

    var person = population.person(id).orElseThrow();
    assertThat(person.address()).isEqualTo(address);
    assertThat(person.name()).isEqualTo("欧阳\\娜");
    assertThat(person.mobile()).isNull();
    assertThat(person.provenance()).isEqualTo(SOURCE);
    assertThat(population.household(900_001)).containsExactly(person);
  }

  @Test
  void rebuildsTheSecondaryIndexesAfterALoad() {
    long indexes = secondaryIndexes();
    IdNumber id = IdNumber.of("331126", LocalDate.of(1971, 3, 4), 802);
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.REBUILD_AFTER_LOAD)) {
      assertThat(secondaryIndexes()).isZero();
      load.add(new PersonRecord(id, "李明", IdNumber.Sex.FEMALE, id.birthDate(), "汉族", 900_002, VILLAGE, "地址",
          "13800000000", MaritalStatus.UNMARRIED, true, SOURCE));
      load.finish();
    }
    assertThat(secondaryIndexes()).isEqualTo(indexes).isEqualTo(7);
    assertThat(population.person(id)).isPresent();
  }

  @Test
  void aFailedLoadInsideATransactionLeavesNothing() {
    IdNumber id = IdNumber.of("331126", LocalDate.of(1972, 5, 6), 803);
    long before = population.persons();
    var person = new PersonRecord(id, "王芳", IdNumber.Sex.MALE, id.birthDate(), "汉族", 900_003, VILLAGE, "地址", null,
        MaritalStatus.UNMARRIED, true, SOURCE);
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.MAINTAIN)) {
        load.add(person);
        load.add(person);
        load.finish();
      }
    })).isInstanceOf(DataAccessException.class);
    assertThat(population.persons()).isEqualTo(before);
  }

  private long secondaryIndexes() {
    return jdbc.sql("""
            select count(*) from pg_indexes
            where tablename in ('sharing_household', 'sharing_person', 'sharing_marriage', 'sharing_prenatal_record')
            and indexname not like '%pkey' and indexname not like '%certificate_no%'""")
        .query(Long.class).single();
  }
}
