package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.onevisit.OneVisitApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModuleMigrationsTests {

  static List<String> order() throws Exception {
    var app = new Properties();
    try (var in = ModuleMigrationsTests.class.getClassLoader().getResourceAsStream("application.properties")) {
      app.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return Arrays.stream(app.getProperty("onevisit.flyway.modules").split(",")).map(String::strip).toList();
  }

  @Test
  void everyMigrationFolderIsAModuleInTheMigrationOrder() throws Exception {
    var modules = ApplicationModules.of(OneVisitApplication.class);
    assertThat(order()).containsAll(ModuleMigrations.migrationFolders());
    assertThat(order()).allSatisfy(name -> assertThat(modules.getModuleByName(name)).as(name).isPresent());
  }

  @Test
  void aModuleMigratesAfterEveryModuleItDependsOn() throws Exception {
    var modules = ApplicationModules.of(OneVisitApplication.class);
    List<String> order = order();
    for (String name : order) {
      ApplicationModule module = modules.getModuleByName(name).orElseThrow();
      module.getDirectDependencies(modules).uniqueModules()
          .map(ApplicationModule::getIdentifier)
          .map(Object::toString)
          .filter(order::contains)
          .forEach(dependency -> assertThat(order.indexOf(dependency))
              .as("%s depends on %s, which must migrate first", name, dependency)
              .isLessThan(order.indexOf(name)));
    }
  }
}
