package org.onevisit.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.BundlePublished;
import org.onevisit.catalog.BundleWithdrawn;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.CatalogDocument.BundleDoc;
import org.onevisit.catalog.CatalogDocument.ItemDoc;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.CatalogDocuments.DocumentError;
import org.onevisit.catalog.CatalogError;
import org.onevisit.catalog.CatalogException;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.Guides;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemPublished;
import org.onevisit.catalog.ItemStatus;
import org.onevisit.catalog.ItemWithdrawn;
import org.onevisit.catalog.Question;
import org.onevisit.catalog.SearchHit;
import org.onevisit.catalog.Standardisation;
import org.onevisit.catalog.StandardisationReport;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog on PostgreSQL: versions as exchange documents in {@code catalog_item_version} and
 * {@code catalog_bundle_version}, every change in the append-only {@code catalog_change}. Writers of one
 * item (or bundle) are serialised by a transaction-scoped advisory lock on its code. Readers use the
 * {@link CatalogSnapshot}, replaced after each committed publication or withdrawal on this node and,
 * for other nodes' changes, when a poll every few seconds sees a newer revision.
 */
@Service
class JdbcCatalog implements Catalog, CatalogAdministration {

  private static final Logger log = LoggerFactory.getLogger(JdbcCatalog.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;
  private volatile @Nullable CatalogSnapshot snapshot;

  JdbcCatalog(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
      JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading (published only)

  private CatalogSnapshot snapshot() {
    var current = snapshot;
    if (current == null) {
      synchronized (this) {
        current = snapshot;
        if (current == null) {
          current = load();
          snapshot = current;
        }
      }
    }
    return current;
  }

  private CatalogSnapshot load() {
    long started = System.nanoTime();
    long revision = revision();
    var items = jdbc.sql("select document, version from catalog_item_version where status = 'PUBLISHED'")
        .query((rs, n) -> stored(itemDoc(rs.getString(1)), ItemStatus.PUBLISHED, rs.getInt(2)))
        .list();
    var bundles = jdbc.sql("select document from catalog_bundle_version where status = 'PUBLISHED'")
        .query((rs, n) -> storedBundle(bundleDoc(rs.getString(1))))
        .list();
    var loaded = new CatalogSnapshot(revision, items, bundles);
    log.info("Catalog snapshot at revision {}: {} items, {} bundles ({} ms)", revision, items.size(), bundles.size(),
        (System.nanoTime() - started) / 1_000_000);
    return loaded;
  }

  private long revision() {
    return jdbc.sql("select coalesce(max(id), 0) from catalog_change where action in ('PUBLISHED', 'WITHDRAWN')")
        .query(Long.class).single();
  }

  /** Sends the event and, once the transaction commits, replaces the snapshot (once per transaction). */
  private void announce(Object event) {
    events.publishEvent(event);
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.hasResource(refreshKey)) {
      TransactionSynchronizationManager.bindResource(refreshKey, Boolean.TRUE);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          refresh();
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(refreshKey);
        }
      });
    }
  }

  private final Object refreshKey = new Object();

  /** Picks up what other nodes published. */
  @Scheduled(fixedDelayString = "${onevisit.catalog.poll:5s}", initialDelayString = "${onevisit.catalog.poll:5s}")
  void poll() {
    var current = snapshot;
    if (current != null && revision() != current.revision) {
      refresh();
    }
  }

  private synchronized void refresh() {
    snapshot = load();
  }

  @Override
  public Optional<Item> item(ItemCode code) {
    return snapshot().item(code);
  }

  @Override
  public Optional<Bundle> bundle(BundleCode code) {
    return snapshot().bundle(code);
  }

  @Override
  public List<Item> items() {
    return snapshot().itemsByName();
  }

  @Override
  public List<Bundle> bundles() {
    return snapshot().bundlesByName();
  }

  @Override
  public List<Item> itemsFor(RegionCode region, Optional<DepartmentKind> department) {
    return snapshot().itemsFor(region, department);
  }

  @Override
  public Map<ItemCode, Item> itemsOf(Bundle bundle) {
    var all = snapshot().items();
    var out = new LinkedHashMap<ItemCode, Item>();
    bundle.entries().forEach(e -> {
      var item = all.get(e.item());
      if (item != null) {
        out.put(e.item(), item);
      }
    });
    return out;
  }

  @Override
  public List<Question> questions(ItemCode code, Answers answers) {
    return Guides.questionsFor(publishedItem(code), answers);
  }

  @Override
  public List<Question> questions(BundleCode code, Answers answers) {
    var s = snapshot();
    return Guides.questionsFor(publishedBundle(s, code), s.items(), answers);
  }

  @Override
  public Guide guide(ItemCode code, Answers answers) {
    var s = snapshot();
    return s.guide(code, answers, () -> Guides.forItem(s.item(code).orElseThrow(
        () -> new CatalogException(CatalogError.UNKNOWN_ITEM, "No published item " + code)), answers));
  }

  @Override
  public Guide guide(BundleCode code, Answers answers) {
    var s = snapshot();
    return s.guide(code, answers, () -> Guides.forBundle(publishedBundle(s, code), s.items(), answers));
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    return snapshot().search().search(query, limit);
  }

  private Item publishedItem(ItemCode code) {
    return snapshot().item(code).orElseThrow(
        () -> new CatalogException(CatalogError.UNKNOWN_ITEM, "No published item " + code));
  }

  private static Bundle publishedBundle(CatalogSnapshot s, BundleCode code) {
    return s.bundle(code).orElseThrow(
        () -> new CatalogException(CatalogError.UNKNOWN_ITEM, "No published bundle " + code));
  }

  // ---------------------------------------------------------------- administration

  @Override
  public Saved saveItemDraft(ItemDoc document, String actor) {
    var read = CatalogDocuments.readItem(document);
    if (read.value() == null) {
      return new Saved(0, read.errors());
    }
    return transaction.execute(status -> new Saved(saveDraft(read.value(), actor), List.of()));
  }

  private int saveDraft(Item item, String actor) {
    lock("item:" + item.code() + "@" + item.region());
    var doc = CatalogDocuments.write(item);
    String text = json.writeValueAsString(doc);
    Instant now = clock.instant();
    var draft = jdbc.sql("select version from catalog_item_version where code = ? and region = ? and status = 'DRAFT'")
        .params(item.code().value(), item.region().value()).query(Integer.class).optional();
    int version;
    if (draft.isPresent()) {
      version = draft.get();
      jdbc.sql("""
              update catalog_item_version set document = ?::jsonb, name = ?, department = ?
              where code = ? and region = ? and version = ?""")
          .params(text, item.name(), item.department().name(), item.code().value(), item.region().value(), version)
          .update();
    } else {
      version = 1 + jdbc.sql("select coalesce(max(version), 0) from catalog_item_version where code = ? and region = ?")
          .params(item.code().value(), item.region().value()).query(Integer.class).single();
      jdbc.sql("""
              insert into catalog_item_version (code, region, version, status, name, department, document, created_by,
                created_at) values (?, ?, ?, 'DRAFT', ?, ?, ?::jsonb, ?, ?)""")
          .params(item.code().value(), item.region().value(), version, item.name(), item.department().name(), text,
              actor, Timestamp.from(now))
          .update();
    }
    trace(Change.Subject.ITEM, item.code().value(), item.region().value(), version, Change.Action.DRAFT_SAVED, actor,
        text);
    return version;
  }

  @Override
  public Saved saveBundleDraft(BundleDoc document, String actor) {
    var read = CatalogDocuments.readBundle(document);
    if (read.value() == null) {
      return new Saved(0, read.errors());
    }
    return transaction.execute(status -> new Saved(saveDraft(read.value(), actor), List.of()));
  }

  private int saveDraft(Bundle bundle, String actor) {
    lock("bundle:" + bundle.code());
    String text = json.writeValueAsString(CatalogDocuments.write(bundle));
    var draft = jdbc.sql("select version from catalog_bundle_version where code = ? and status = 'DRAFT'")
        .param(bundle.code().value()).query(Integer.class).optional();
    int version;
    if (draft.isPresent()) {
      version = draft.get();
      jdbc.sql("update catalog_bundle_version set document = ?::jsonb, name = ? where code = ? and version = ?")
          .params(text, bundle.name(), bundle.code().value(), version).update();
    } else {
      version = 1 + jdbc.sql("select coalesce(max(version), 0) from catalog_bundle_version where code = ?")
          .param(bundle.code().value()).query(Integer.class).single();
      jdbc.sql("""
              insert into catalog_bundle_version (code, version, status, name, document, created_by, created_at)
              values (?, ?, 'DRAFT', ?, ?::jsonb, ?, ?)""")
          .params(bundle.code().value(), version, bundle.name(), text, actor, Timestamp.from(clock.instant()))
          .update();
    }
    trace(Change.Subject.BUNDLE, bundle.code().value(), null, version, Change.Action.DRAFT_SAVED, actor, text);
    return version;
  }

  @Override
  public StandardisationReport publishItem(ItemCode code, RegionCode region, String actor) {
    return transaction.execute(status -> publish(code, region, actor));
  }

  private StandardisationReport publish(ItemCode code, RegionCode region, String actor) {
    lock("item:" + code + "@" + region);
    var draft = draftItem(code, region).orElseThrow(() -> new CatalogException(CatalogError.ILLEGAL_TRANSITION,
        "Item " + code + " of " + region + " has no draft to publish"));
    var report = Standardisation.of(draft, publishedImplementations(code, region));
    if (!report.isClean()) {
      trace(Change.Subject.ITEM, code.value(), region.value(), draft.version(), Change.Action.PUBLISH_REFUSED, actor,
          json.writeValueAsString(report.problems()));
      return report;
    }
    var published = draft.publish(report);
    Instant now = clock.instant();
    jdbc.sql("update catalog_item_version set status = 'SUPERSEDED' where code = ? and region = ? and status = 'PUBLISHED'")
        .params(code.value(), region.value()).update();
    jdbc.sql("""
            update catalog_item_version set status = 'PUBLISHED', published_by = ?, published_at = ?
            where code = ? and region = ? and version = ?""")
        .params(actor, Timestamp.from(now), code.value(), region.value(), draft.version()).update();
    trace(Change.Subject.ITEM, code.value(), region.value(), draft.version(), Change.Action.PUBLISHED, actor, "{}");
    announce(published);
    return report;
  }

  @Override
  public StandardisationReport publishBundle(BundleCode code, String actor) {
    return transaction.execute(status -> publish(code, actor));
  }

  private StandardisationReport publish(BundleCode code, String actor) {
    lock("bundle:" + code);
    var row = jdbc.sql("select document, version from catalog_bundle_version where code = ? and status = 'DRAFT'")
        .param(code.value())
        .query((rs, n) -> Map.entry(storedBundle(bundleDoc(rs.getString(1))), rs.getInt(2)))
        .optional()
        .orElseThrow(() -> new CatalogException(CatalogError.ILLEGAL_TRANSITION,
            "Bundle " + code + " has no draft to publish"));
    var bundle = row.getKey();
    int version = row.getValue();
    var items = new LinkedHashMap<ItemCode, Item>();
    for (var entry : bundle.entries()) {
      publishedImplementations(entry.item(), null).stream().findFirst().ifPresent(i -> items.put(i.code(), i));
    }
    var report = Standardisation.of(bundle, items);
    if (!report.isClean()) {
      trace(Change.Subject.BUNDLE, code.value(), null, version, Change.Action.PUBLISH_REFUSED, actor,
          json.writeValueAsString(report.problems()));
      return report;
    }
    jdbc.sql("update catalog_bundle_version set status = 'SUPERSEDED' where code = ? and status = 'PUBLISHED'")
        .param(code.value()).update();
    jdbc.sql("""
            update catalog_bundle_version set status = 'PUBLISHED', published_by = ?, published_at = ?
            where code = ? and version = ?""")
        .params(actor, Timestamp.from(clock.instant()), code.value(), version).update();
    trace(Change.Subject.BUNDLE, code.value(), null, version, Change.Action.PUBLISHED, actor, "{}");
    announce(new BundlePublished(code, version));
    return report;
  }

  @Override
  public void withdrawItem(ItemCode code, RegionCode region, String actor) {
    transaction.executeWithoutResult(status -> {
      lock("item:" + code + "@" + region);
      int version = jdbc.sql(
              "select version from catalog_item_version where code = ? and region = ? and status = 'PUBLISHED'")
          .params(code.value(), region.value()).query(Integer.class).optional()
          .orElseThrow(() -> new CatalogException(CatalogError.ILLEGAL_TRANSITION,
              "Item " + code + " of " + region + " is not published"));
      var joining = jdbc.sql("""
              select code from catalog_bundle_version where status = 'PUBLISHED'
              and document -> 'entries' @> jsonb_build_array(jsonb_build_object('item', ?::text))""")
          .param(code.value()).query(String.class).list();
      boolean lastImplementation = publishedImplementations(code, region).isEmpty();
      if (!joining.isEmpty() && lastImplementation) {
        throw new CatalogException(CatalogError.ILLEGAL_TRANSITION,
            "Item " + code + " is joined by published bundles " + joining + "; withdraw them first");
      }
      jdbc.sql("update catalog_item_version set status = 'WITHDRAWN' where code = ? and region = ? and version = ?")
          .params(code.value(), region.value(), version).update();
      trace(Change.Subject.ITEM, code.value(), region.value(), version, Change.Action.WITHDRAWN, actor, "{}");
      announce(new ItemWithdrawn(code, region, version));
    });
  }

  @Override
  public void withdrawBundle(BundleCode code, String actor) {
    transaction.executeWithoutResult(status -> {
      lock("bundle:" + code);
      int version = jdbc.sql("select version from catalog_bundle_version where code = ? and status = 'PUBLISHED'")
          .param(code.value()).query(Integer.class).optional()
          .orElseThrow(() -> new CatalogException(CatalogError.ILLEGAL_TRANSITION, "Bundle " + code
              + " is not published"));
      jdbc.sql("update catalog_bundle_version set status = 'WITHDRAWN' where code = ? and version = ?")
          .params(code.value(), version).update();
      trace(Change.Subject.BUNDLE, code.value(), null, version, Change.Action.WITHDRAWN, actor, "{}");
      announce(new BundleWithdrawn(code, version));
    });
  }

  @Override
  public StandardisationReport checkItem(ItemCode code, RegionCode region) {
    var draft = draftItem(code, region).orElseThrow(() -> new CatalogException(CatalogError.ILLEGAL_TRANSITION,
        "Item " + code + " of " + region + " has no draft"));
    return Standardisation.of(draft, publishedImplementations(code, region));
  }

  @Override
  public StandardisationReport checkBundle(BundleCode code) {
    var bundle = bundleDocument(code, DRAFT).map(JdbcCatalog::storedBundle)
        .orElseThrow(() -> new CatalogException(CatalogError.ILLEGAL_TRANSITION, "Bundle " + code + " has no draft"));
    var items = new LinkedHashMap<ItemCode, Item>();
    bundle.entries().forEach(e -> publishedImplementations(e.item(), null).stream().findFirst()
        .ifPresent(i -> items.put(i.code(), i)));
    return Standardisation.of(bundle, items);
  }

  /** Asks {@link #bundleDocument} for the open draft, whatever its version. */
  private static final int DRAFT = -1;

  private Optional<Item> draftItem(ItemCode code, RegionCode region) {
    return jdbc.sql("select document, version from catalog_item_version where code = ? and region = ? and status = 'DRAFT'")
        .params(code.value(), region.value())
        .query((rs, n) -> stored(itemDoc(rs.getString(1)), ItemStatus.DRAFT, rs.getInt(2)))
        .optional();
  }

  /** The published implementations of the code, other than the given region's (all when region is null). */
  private List<Item> publishedImplementations(ItemCode code, @Nullable RegionCode except) {
    return jdbc.sql("""
            select document, version from catalog_item_version
            where code = ? and status = 'PUBLISHED' and region <> ?""")
        .params(code.value(), except == null ? "" : except.value())
        .query((rs, n) -> stored(itemDoc(rs.getString(1)), ItemStatus.PUBLISHED, rs.getInt(2)))
        .list().stream()
        .sorted(Comparator.comparing((Item i) -> i.region().level()))
        .toList();
  }

  @Override
  public List<ItemVersion> itemVersions() {
    return jdbc.sql(ITEM_VERSIONS + " order by code, region, version desc").query(JdbcCatalog::itemVersion).list();
  }

  @Override
  public List<ItemVersion> itemVersions(ItemCode code) {
    return jdbc.sql(ITEM_VERSIONS + " where code = ? order by region, version desc").param(code.value())
        .query(JdbcCatalog::itemVersion).list();
  }

  private static final String ITEM_VERSIONS = """
      select code, region, version, status, name, department, created_by, created_at, published_by, published_at
      from catalog_item_version""";

  private static ItemVersion itemVersion(ResultSet rs, int n) throws SQLException {
    return new ItemVersion(ItemCode.of(rs.getString(1)), RegionCode.of(rs.getString(2)), rs.getInt(3),
        VersionStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getTimestamp(8).toInstant(), rs.getString(9), instant(rs.getTimestamp(10)));
  }

  @Override
  public List<BundleVersion> bundleVersions() {
    return jdbc.sql("""
            select code, version, status, name, created_by, created_at, published_by, published_at
            from catalog_bundle_version order by code, version desc""")
        .query((rs, n) -> new BundleVersion(BundleCode.of(rs.getString(1)), rs.getInt(2),
            VersionStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
            rs.getString(7), instant(rs.getTimestamp(8))))
        .list();
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  @Override
  public Optional<ItemDoc> itemDocument(ItemCode code, RegionCode region, int version) {
    return jdbc.sql("select document from catalog_item_version where code = ? and region = ? and version = ?")
        .params(code.value(), region.value(), version).query(String.class).optional().map(this::itemDoc);
  }

  @Override
  public Optional<BundleDoc> bundleDocument(BundleCode code, int version) {
    var sql = version == DRAFT
        ? jdbc.sql("select document from catalog_bundle_version where code = ? and status = 'DRAFT'").param(code.value())
        : jdbc.sql("select document from catalog_bundle_version where code = ? and version = ?")
            .params(code.value(), version);
    return sql.query(String.class).optional().map(this::bundleDoc);
  }

  @Override
  public List<Change> changes(Change.Subject subject, String code) {
    return jdbc.sql("""
            select at, actor, subject, code, region, version, action, detail::text from catalog_change
            where subject = ? and code = ? order by id""")
        .params(subject.name(), code)
        .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2),
            Change.Subject.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6),
            Change.Action.valueOf(rs.getString(7)), rs.getString(8)))
        .list();
  }

  @Override
  public ImportReport importDocument(@Nullable CatalogDocument document, boolean publish, String actor) {
    var contents = CatalogDocuments.read(document);
    if (!contents.isValid()) {
      return new ImportReport(0, 0, false, contents.errors());
    }
    return transaction.execute(status -> {
      contents.items().forEach(item -> saveDraft(item, actor));
      contents.bundles().forEach(bundle -> saveDraft(bundle, actor));
      if (!publish) {
        return new ImportReport(contents.items().size(), contents.bundles().size(), false, List.of());
      }
      var errors = new ArrayList<DocumentError>();
      for (int i = 0; i < contents.items().size(); i++) {
        var item = contents.items().get(i);
        var report = publish(item.code(), item.region(), actor);
        String at = "items[" + i + "]";
        report.problems().forEach(p -> errors.add(new DocumentError(at + "." + p.path(), p.detail())));
      }
      for (int i = 0; i < contents.bundles().size(); i++) {
        var report = publish(contents.bundles().get(i).code(), actor);
        String at = "bundles[" + i + "]";
        report.problems().forEach(p -> errors.add(new DocumentError(at + "." + p.path(), p.detail())));
      }
      if (!errors.isEmpty()) {
        status.setRollbackOnly();
        return new ImportReport(0, 0, false, errors);
      }
      return new ImportReport(contents.items().size(), contents.bundles().size(), true, List.of());
    });
  }

  @Override
  public CatalogDocument exportPublished() {
    var items = jdbc.sql("select document from catalog_item_version where status = 'PUBLISHED' order by code, region")
        .query(String.class).list().stream().map(this::itemDoc).toList();
    var bundles = jdbc.sql("select document from catalog_bundle_version where status = 'PUBLISHED' order by code")
        .query(String.class).list().stream().map(this::bundleDoc).toList();
    return new CatalogDocument(CatalogDocument.FORMAT, items, bundles);
  }

  // ---------------------------------------------------------------- helpers

  private void lock(String key) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("catalog:" + key).query((rs, n) -> 1).single();
  }

  private void trace(Change.Subject subject, String code, @Nullable String region, int version, Change.Action action,
      String actor, String detail) {
    jdbc.sql("""
            insert into catalog_change (at, actor, subject, code, region, version, action, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
        .params(Timestamp.from(clock.instant()), actor, subject.name(), code, region, version, action.name(), detail)
        .update();
  }

  private ItemDoc itemDoc(String text) {
    return json.readValue(text, ItemDoc.class);
  }

  private BundleDoc bundleDoc(String text) {
    return json.readValue(text, BundleDoc.class);
  }

  private static Item stored(ItemDoc doc, ItemStatus status, int version) {
    var read = CatalogDocuments.readItem(doc, status, version);
    if (read.value() == null) {
      throw new IllegalStateException("Stored item " + doc.code() + " no longer reads: " + read.errors());
    }
    return read.value();
  }

  private static Bundle storedBundle(BundleDoc doc) {
    var read = CatalogDocuments.readBundle(doc);
    if (read.value() == null) {
      throw new IllegalStateException("Stored bundle " + doc.code() + " no longer reads: " + read.errors());
    }
    return read.value();
  }
}
