package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Publishes catalog content for tests that share one application context (and so one database). */
public final class CatalogTestData {

  public static final BundleCode BIRTH_BUNDLE = CatalogFixtures.birthBundle().code();

  private CatalogTestData() {}

  /** Publishes the birth bundle fixture and its items unless they are published already. */
  public static synchronized void publishBirthBundle(CatalogAdministration admin, Catalog catalog) {
    if (catalog.bundle(BIRTH_BUNDLE).isEmpty()) {
      var report = admin.importDocument(CatalogDocuments.write(CatalogFixtures.birthItems(),
          List.of(CatalogFixtures.birthBundle())), true, "test");
      assertThat(report.errors()).isEmpty();
    }
  }
}
