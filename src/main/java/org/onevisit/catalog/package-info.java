/**
 * 事项目录: service items, situations, bundles, personalised guides, standardisation checks and search.
 * The domain core (this package) is pure Java; {@link org.onevisit.catalog.Catalog} (published, for
 * everyone) and {@link org.onevisit.catalog.CatalogAdministration} (drafts, versions, publication,
 * import/export) are its services, on PostgreSQL in {@code internal}. Publication and withdrawal send
 * {@link org.onevisit.catalog.ItemPublished}, {@link org.onevisit.catalog.ItemWithdrawn},
 * {@link org.onevisit.catalog.BundlePublished} and {@link org.onevisit.catalog.BundleWithdrawn}. The
 * catalog defines the data-element vocabulary ({@link org.onevisit.catalog.DataElement}) and never calls
 * {@code sharing}.
 */
@ApplicationModule(allowedDependencies = {"platform", "organisation", "identity"})
@NullMarked
package org.onevisit.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
