package org.onevisit.workday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WorkdayMessagesTests {

  @Test
  void everyMessageHasAnEnglishTranslation() throws IOException {
    assertThat(load("i18n/workday_en.properties").stringPropertyNames())
        .isNotEmpty()
        .isEqualTo(load("i18n/workday.properties").stringPropertyNames());
  }

  private static Properties load(String resource) throws IOException {
    var properties = new Properties();
    try (var in = WorkdayMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
