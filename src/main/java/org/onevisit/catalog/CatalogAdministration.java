package org.onevisit.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.CatalogDocument.BundleDoc;
import org.onevisit.catalog.CatalogDocument.ItemDoc;
import org.onevisit.catalog.CatalogDocuments.DocumentError;
import org.onevisit.organisation.RegionCode;

/**
 * 目录管理: what a catalog administrator does — save drafts, publish them after the standardisation
 * checks, withdraw, import and export — every change kept as a version and traced (who, when, what).
 * Every method runs in its own transaction; a refused publication is traced too.
 */
public interface CatalogAdministration {

  /**
   * Saves the document as the item's draft: replaces the open draft, or opens version (latest + 1).
   *
   * @return the errors that kept it from being saved (nothing is saved then), or none
   */
  Saved saveItemDraft(ItemDoc document, String actor);

  Saved saveBundleDraft(BundleDoc document, String actor);

  /**
   * Publishes the item's draft when its standardisation report is clean (then the version published
   * before is superseded and {@link ItemPublished} is sent); otherwise publishes nothing and traces the
   * refusal. Either way returns the report.
   *
   * @throws CatalogException {@link CatalogError#ILLEGAL_TRANSITION} when there is no draft
   */
  StandardisationReport publishItem(ItemCode code, RegionCode region, String actor);

  StandardisationReport publishBundle(BundleCode code, String actor);

  /**
   * Withdraws the published item.
   *
   * @throws CatalogException {@link CatalogError#ILLEGAL_TRANSITION} when none is published or a
   *     published bundle still joins it
   */
  void withdrawItem(ItemCode code, RegionCode region, String actor);

  void withdrawBundle(BundleCode code, String actor);

  /** The standardisation report the item's draft would get now, without publishing. */
  StandardisationReport checkItem(ItemCode code, RegionCode region);

  StandardisationReport checkBundle(BundleCode code);

  /** Every version of every item, newest first within an item, items by code. */
  List<ItemVersion> itemVersions();

  List<ItemVersion> itemVersions(ItemCode code);

  List<BundleVersion> bundleVersions();

  /** The document of a version. */
  Optional<ItemDoc> itemDocument(ItemCode code, RegionCode region, int version);

  Optional<BundleDoc> bundleDocument(BundleCode code, int version);

  /** The trace of an item's or bundle's changes, oldest first. */
  List<Change> changes(Change.Subject subject, String code);

  /**
   * Imports a document as drafts, all or nothing; with {@code publish}, publishes every imported draft
   * too (items first), and a single unclean report refuses the whole import.
   */
  ImportReport importDocument(@Nullable CatalogDocument document, boolean publish, String actor);

  /** The published catalog as one document. */
  CatalogDocument exportPublished();

  /** A saved draft's version, or the errors that kept it from being saved. */
  record Saved(int version, List<DocumentError> errors) {
    public Saved {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** What an import did: counts of drafts saved and published, or every error and nothing done. */
  record ImportReport(int items, int bundles, boolean published, List<DocumentError> errors) {
    public ImportReport {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** One version of an item. */
  record ItemVersion(
      ItemCode code,
      RegionCode region,
      int version,
      VersionStatus status,
      String name,
      String department,
      String createdBy,
      Instant createdAt,
      @Nullable String publishedBy,
      @Nullable Instant publishedAt) {}

  /** One version of a bundle. */
  record BundleVersion(
      BundleCode code,
      int version,
      VersionStatus status,
      String name,
      String createdBy,
      Instant createdAt,
      @Nullable String publishedBy,
      @Nullable Instant publishedAt) {}

  /** 版本状态: {@link ItemStatus} plus 已替代, a published version replaced by a newer one. */
  enum VersionStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN,
    SUPERSEDED
  }

  /** 变更记录. {@code detail} is JSON: the saved document, or the problems of a refused publication. */
  record Change(
      Instant at, String actor, Subject subject, String code, @Nullable String region, int version, Action action,
      String detail) {

    public enum Subject {
      ITEM,
      BUNDLE
    }

    public enum Action {
      DRAFT_SAVED,
      PUBLISHED,
      PUBLISH_REFUSED,
      WITHDRAWN
    }
  }
}
