package org.onevisit.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogAdministration.ImportReport;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.CatalogError;
import org.onevisit.catalog.CatalogException;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.Question;
import org.onevisit.catalog.SearchHit;
import org.onevisit.identity.CurrentUser;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog's read API (anyone): published items and bundles, the questions still to answer and the
 * personalised guide for answers given as query parameters ({@code ?parentsMarried=yes}), the public
 * lists (清单) per region and department as JSON or CSV, search and the export of the whole published
 * catalog. Import is for catalog administrators. Unknown codes give 404, malformed ones 400, answers
 * that match no option or skip a required question 422 with every problem.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "catalog", description = "事项目录: items, bundles, guides, lists")
class CatalogApi {

  /** Query parameters that are never answers. */
  private static final Set<String> NOT_ANSWERS = Set.of("lang");
  static final RegionCode PROVINCE = RegionCode.of("330000");

  private final Catalog catalog;
  private final CatalogAdministration admin;
  private final MessageSource messages;

  CatalogApi(Catalog catalog, CatalogAdministration admin, MessageSource messages) {
    this.catalog = catalog;
    this.admin = admin;
    this.messages = messages;
  }

  /** A line of a public list. */
  record ItemSummary(String code, String name, String department, String departmentName, String type, String region,
      int statutoryDays, int committedDays, int visits, java.math.BigDecimal fee, String onlineDepth, int version) {}

  record BundleSummary(String code, String name, String theme, List<String> items) {}

  record QuestionJson(String key, String text, boolean required, List<Question.Option> options) {}

  @GetMapping("/items")
  @Operation(summary = "清单: published items for a region (default 浙江省), optionally of one department kind")
  List<ItemSummary> items(@RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String department) {
    return list(region, department);
  }

  @GetMapping(value = "/items.csv", produces = "text/csv")
  @Operation(summary = "清单 as CSV (UTF-8 with BOM, one header line)")
  ResponseEntity<byte[]> itemsCsv(@RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String department) {
    var csv = new StringBuilder("\uFEFFcode,name,department,type,region,statutoryDays,committedDays,visits,fee,"
        + "onlineDepth,version\r\n");
    for (var s : list(region, department)) {
      csv.append(String.join(",", cell(s.code()), cell(s.name()), cell(s.departmentName()), s.type(), s.region(),
          Integer.toString(s.statutoryDays()), Integer.toString(s.committedDays()), Integer.toString(s.visits()),
          s.fee().toPlainString(), s.onlineDepth(), Integer.toString(s.version()))).append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"items.csv\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String cell(String s) {
    return s.matches(".*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private List<ItemSummary> list(@Nullable String region, @Nullable String department) {
    RegionCode where = region == null || region.isBlank() ? PROVINCE : parse(() -> RegionCode.of(region), "region");
    Optional<DepartmentKind> kind = department == null || department.isBlank() ? Optional.empty()
        : Optional.of(parse(() -> DepartmentKind.valueOf(department), "department"));
    var locale = LocaleContextHolder.getLocale();
    return catalog.itemsFor(where, kind).stream()
        .map(i -> new ItemSummary(i.code().value(), i.name(), i.department().name(),
            messages.getMessage(i.department().messageKey(), null, i.department().name(), locale), i.type().name(),
            i.region().value(), i.limits().statutoryDays(), i.limits().committedDays(), i.visits().required(), i.fee(),
            i.onlineDepth().name(), i.version()))
        .toList();
  }

  @GetMapping("/items/{code}")
  @Operation(summary = "One published item in the exchange format")
  CatalogDocument.ItemDoc item(@PathVariable String code) {
    return CatalogDocuments.write(publishedItem(code));
  }

  @GetMapping("/items/{code}/questions")
  @Operation(summary = "The situation questions still to answer, given the answers so far as query parameters")
  List<QuestionJson> itemQuestions(@PathVariable String code, @RequestParam MultiValueMap<String, String> params) {
    return questions(catalog.questions(publishedItem(code).code(), answers(params)), answers(params));
  }

  @GetMapping("/items/{code}/guide")
  @Operation(summary = "The personalised guide of an item for the answers given as query parameters")
  GuideJson itemGuide(@PathVariable String code, @RequestParam MultiValueMap<String, String> params) {
    return GuideJson.of(catalog.guide(publishedItem(code).code(), answers(params)));
  }

  @GetMapping("/bundles")
  @Operation(summary = "The published one-thing bundles")
  List<BundleSummary> bundles() {
    return catalog.bundles().stream().map(b -> new BundleSummary(b.code().value(), b.name(), b.theme().name(),
        b.entries().stream().map(e -> e.item().value()).toList())).toList();
  }

  @GetMapping("/bundles/{code}")
  @Operation(summary = "One published bundle in the exchange format")
  CatalogDocument.BundleDoc bundle(@PathVariable String code) {
    return CatalogDocuments.write(publishedBundle(code));
  }

  @GetMapping("/bundles/{code}/questions")
  @Operation(summary = "The questions of a bundle still to answer")
  List<QuestionJson> bundleQuestions(@PathVariable String code, @RequestParam MultiValueMap<String, String> params) {
    return questions(catalog.questions(publishedBundle(code).code(), answers(params)), answers(params));
  }

  @GetMapping("/bundles/{code}/guide")
  @Operation(summary = "The merged guide of a bundle with its before/after figures")
  GuideJson bundleGuide(@PathVariable String code, @RequestParam MultiValueMap<String, String> params) {
    return GuideJson.of(catalog.guide(publishedBundle(code).code(), answers(params)));
  }

  @GetMapping("/search")
  @Operation(summary = "Chinese full-text search over published items and bundles")
  List<SearchHit> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
    return catalog.search(q, limit);
  }

  @GetMapping("/export")
  @Operation(summary = "The whole published catalog as one exchange document")
  CatalogDocument export() {
    return admin.exportPublished();
  }

  @PostMapping("/import")
  @PreAuthorize("hasRole('CATALOG_ADMIN')")
  @Operation(summary = "Imports a document as drafts (and publishes them with publish=true), all or nothing")
  ResponseEntity<ImportReport> importDocument(@RequestBody CatalogDocument document,
      @RequestParam(defaultValue = "false") boolean publish) {
    var report = admin.importDocument(document, publish, CurrentUser.staff().orElseThrow().username());
    return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
  }

  private Item publishedItem(String code) {
    var itemCode = parse(() -> ItemCode.of(code), "item code");
    return catalog.item(itemCode).orElseThrow(
        () -> new CatalogException(CatalogError.UNKNOWN_ITEM, "No published item " + code));
  }

  private Bundle publishedBundle(String code) {
    var bundleCode = parse(() -> BundleCode.of(code), "bundle code");
    return catalog.bundle(bundleCode).orElseThrow(
        () -> new CatalogException(CatalogError.UNKNOWN_ITEM, "No published bundle " + code));
  }

  private static List<QuestionJson> questions(List<Question> questions, Answers answers) {
    return questions.stream().filter(q -> !answers.answered(q.key()))
        .map(q -> new QuestionJson(q.key(), q.text(), q.required(), q.options())).toList();
  }

  static Answers answers(MultiValueMap<String, String> params) {
    var chosen = new LinkedHashMap<String, String>();
    params.forEach((key, values) -> {
      if (!NOT_ANSWERS.contains(key) && !values.isEmpty() && values.getFirst() != null
          && !values.getFirst().isBlank()) {
        chosen.put(key, values.getFirst());
      }
    });
    return new Answers(Map.copyOf(chosen));
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, String what) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new MalformedParameter(what, e);
    }
  }

  /** A path or query parameter that cannot be what it names. */
  static final class MalformedParameter extends RuntimeException {
    MalformedParameter(String what, Exception cause) {
      super("Malformed " + what + ": " + cause.getMessage(), cause);
    }
  }
}
