package org.onevisit.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingIntegrationTests {

  static final Logger log = LoggerFactory.getLogger(LogMaskingIntegrationTests.class);

  @Test
  void aCarelessLogLineNeverPrintsAFullIdNumberOrMobile(CapturedOutput output) {
    log.warn("Lookup failed for 11010519491231002X with mobile 13812345678");
    log.error("Constraint violated", new IllegalStateException("Key (id_number)=(11010519491231002X) already exists"));

    assertThat(output.getAll())
        .doesNotContain("11010519491231002X").doesNotContain("13812345678")
        .contains("110105********002X").contains("138****5678");
  }
}
