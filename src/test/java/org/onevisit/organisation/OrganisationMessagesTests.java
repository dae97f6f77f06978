package org.onevisit.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class OrganisationMessagesTests {

  final Properties chinese = load("i18n/organisation.properties");
  final Properties english = load("i18n/organisation_en.properties");

  @Test
  void everyChineseTextHasAnEnglishTranslationAndViceVersa() {
    assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    assertThat(chinese.stringPropertyNames()).allMatch(key -> key.startsWith("organisation."));
  }

  @Test
  void everyKindAndThemeHasADisplayName() {
    Stream.of(
            Stream.of(DepartmentKind.values()).map(DepartmentKind::messageKey),
            Stream.of(HallKind.values()).map(HallKind::messageKey),
            Stream.of(WindowTheme.values()).map(WindowTheme::messageKey))
        .flatMap(keys -> keys)
        .forEach(key -> assertThat(chinese).containsKey(key));
  }

  private static Properties load(String path) {
    var properties = new Properties();
    try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return properties;
  }
}
