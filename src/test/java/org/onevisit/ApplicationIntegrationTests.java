package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApplicationIntegrationTests {

  @Autowired JdbcClient jdbc;

  @Test
  void startsOnEmbeddedPostgresWithFlowableBesideFlyway() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL 18");
    assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'act_ru_task'")
        .query(Long.class).single()).isEqualTo(1L);
  }
}
