package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.organisation.RegionCode;
import org.onevisit.catalog.LifeEventTheme;

/** Every text a user can see exists in Chinese and in English; a missing translation fails the build. */
class MessageBundlesTests {

  static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
  static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z0-9_.]+)}\"");

  @Test
  void everyBundleHasTheSameKeysInChineseAndEnglishAndNoEmptyText() throws IOException {
    for (String basename : basenames()) {
      Properties chinese = load(basename + ".properties");
      Properties english = load(basename + "_en.properties");
      assertThat(english.stringPropertyNames()).as("keys of %s_en", basename)
          .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
      for (Properties bundle : List.of(chinese, english)) {
        bundle.forEach((k, v) -> assertThat(v.toString()).as("text of %s in %s", k, basename).isNotBlank());
      }
    }
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> missing = missing(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY);
    assertThat(missing).as("message keys used in templates but in no bundle").isEmpty();
  }

  @Test
  void everyValidationMessageExists() throws IOException {
    Set<String> missing = missing(Path.of("src/main/java"), ".java", VALIDATION_KEY);
    assertThat(missing).as("validation message keys in no bundle").isEmpty();
  }

  @Test
  void everyKeyBuiltFromAnEnumExists() throws IOException {
    Set<String> keys = allKeys();
    List<String> needed = new ArrayList<>();
    for (Role role : Role.values()) {
      needed.addAll(List.of("identity.role." + role, "portal.workbench.panel." + role,
          "portal.workbench.panel." + role + ".empty"));
    }
    for (LifeEventTheme theme : LifeEventTheme.values()) {
      needed.addAll(List.of("portal.theme." + theme, "portal.theme." + theme + ".hint"));
    }
    for (RegionCode.Level level : RegionCode.Level.values()) {
      needed.add("portal.region.level." + level);
    }
    for (var reason : IdNumber.InvalidIdNumberException.Reason.values()) {
      needed.add("identity.idNumber.invalid." + reason);
    }
    for (var reason : CreditCode.InvalidCreditCodeException.Reason.values()) {
      needed.add("identity.creditCode.invalid." + reason);
    }
    assertThat(needed).allSatisfy(key -> assertThat(keys).as("bundles").contains(key));
  }

  private Set<String> missing(Path root, String suffix, Pattern pattern) throws IOException {
    Set<String> keys = allKeys();
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(m.group(1) + " (" + root.relativize(file) + ")");
          }
        }
      }
    }
    return missing;
  }

  private Set<String> allKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    for (String basename : basenames()) {
      keys.addAll(load(basename + ".properties").stringPropertyNames());
    }
    return keys;
  }

  private static List<String> basenames() throws IOException {
    Properties app = load("application.properties");
    return Arrays.stream(app.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
  }

  private static Properties load(String resource) throws IOException {
    var properties = new Properties();
    try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
