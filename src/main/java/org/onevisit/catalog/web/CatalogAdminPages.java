package org.onevisit.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogAdministration.Change;
import org.onevisit.catalog.CatalogAdministration.VersionStatus;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.CatalogDocuments.DocumentError;
import org.onevisit.catalog.CatalogException;
import org.onevisit.catalog.Guides;
import org.onevisit.catalog.InvalidAnswers;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.StandardisationReport;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.identity.StaffScope;
import org.onevisit.organisation.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog administrators' pages ({@code CATALOG_ADMIN}, within their region): every item and bundle
 * with its versions; a draft edited as its exchange document with every error listed by path; the
 * standardisation report and a guide preview before publishing; publish and withdraw; the trace of
 * changes; import (all or nothing) and export of the whole catalog.
 */
@Controller
@RequestMapping("/staff/catalog")
@PreAuthorize("hasRole('CATALOG_ADMIN')")
class CatalogAdminPages {

  static final int MAX_DOCUMENT = 2 * 1024 * 1024;

  private final CatalogAdministration admin;
  private final JsonMapper json;
  private final JsonMapper pretty;

  CatalogAdminPages(CatalogAdministration admin, JsonMapper json) {
    this.admin = admin;
    this.json = json;
    this.pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private static StaffMember staff() {
    return CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  /** Only an administrator whose region covers the item's may change it. */
  private static void requireScope(RegionCode region) {
    if (!StaffScope.check(staff(), Role.CATALOG_ADMIN, region).allowed()) {
      throw new AccessDeniedException("Outside the administrator's region: " + region);
    }
  }

  @GetMapping
  String index(Model model) {
    model.addAttribute("items", admin.itemVersions().stream()
        .collect(java.util.stream.Collectors.groupingBy(v -> v.code().value() + "@" + v.region().value(),
            java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
        .values());
    model.addAttribute("bundles", admin.bundleVersions().stream()
        .collect(java.util.stream.Collectors.groupingBy(v -> v.code().value(), java.util.LinkedHashMap::new,
            java.util.stream.Collectors.toList()))
        .values());
    return "catalog/admin/index";
  }

  // ---------------------------------------------------------------- items

  @GetMapping("/items/new")
  String newItem(Model model) {
    var region = staff().region();
    var template = new CatalogDocument.ItemDoc("", region.value(), "", "PUBLIC_SECURITY", "PUBLIC_SERVICE", "",
        "COUNTY", new CatalogDocument.LimitsDoc(20, 5), java.math.BigDecimal.ZERO,
        new CatalogDocument.VisitsDoc(0, ""), "FULLY_ONLINE", List.of("ONLINE_ONLINE"), List.of(), false, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    return editor(model, "item", null, pretty.writeValueAsString(template), List.of());
  }

  @GetMapping("/items/{code}/{region}")
  String item(@PathVariable String code, @PathVariable String region, Model model) {
    var itemCode = parseItem(code);
    var regionCode = parseRegion(region);
    var versions = admin.itemVersions(itemCode).stream().filter(v -> v.region().equals(regionCode)).toList();
    if (versions.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    var latest = versions.getFirst();
    var doc = admin.itemDocument(itemCode, regionCode, latest.version()).orElseThrow();
    model.addAttribute("versions", versions);
    model.addAttribute("changes", admin.changes(Change.Subject.ITEM, code).stream()
        .filter(c -> regionCode.value().equals(c.region())).toList().reversed());
    model.addAttribute("draft", latest.status() == VersionStatus.DRAFT);
    model.addAttribute("published", versions.stream().anyMatch(v -> v.status() == VersionStatus.PUBLISHED));
    if (latest.status() == VersionStatus.DRAFT) {
      model.addAttribute("report", admin.checkItem(itemCode, regionCode));
      var read = CatalogDocuments.readItem(doc);
      if (read.value() != null) {
        model.addAttribute("preview", preview(read.value()));
      }
    }
    return editor(model, "item", latest, pretty.writeValueAsString(doc), List.of());
  }

  /** The guide for the first option of every question, as an applicant who answers so would see it. */
  private static Optional<org.onevisit.catalog.Guide> preview(Item item) {
    try {
      return Optional.of(Guides.forItem(item, Guides.firstOptions(item)));
    } catch (InvalidAnswers e) {
      return Optional.empty();
    }
  }

  @PostMapping("/items")
  String saveItem(@RequestParam(defaultValue = "") String document, Model model, RedirectAttributes flash) {
    CatalogDocument.ItemDoc doc;
    try {
      doc = parse(document, CatalogDocument.ItemDoc.class);
    } catch (JacksonException e) {
      return editor(model, "item", null, document, List.of(syntaxError(e)));
    }
    if (doc.region() != null) {
      try {
        requireScope(RegionCode.of(doc.region()));
      } catch (IllegalArgumentException ignored) {
        // reported with its path below
      }
    }
    var saved = admin.saveItemDraft(doc, staff().username());
    if (!saved.ok()) {
      return editor(model, "item", null, document, saved.errors());
    }
    flash.addFlashAttribute("saved", saved.version());
    return "redirect:/staff/catalog/items/" + doc.code() + "/" + doc.region();
  }

  /** A refused publication is shown at once (the report is not kept in the session); a clean one redirects. */
  @PostMapping("/items/{code}/{region}/publish")
  String publishItem(@PathVariable String code, @PathVariable String region, Model model, RedirectAttributes flash) {
    var regionCode = parseRegion(region);
    requireScope(regionCode);
    var report = transition(() -> admin.publishItem(parseItem(code), regionCode, staff().username()), flash);
    if (report.isPresent() && !report.get().isClean()) {
      model.addAttribute("refused", report.get());
      return item(code, region, model);
    }
    report.ifPresent(r -> flash.addFlashAttribute("publishedNow", true));
    return "redirect:/staff/catalog/items/" + code + "/" + region;
  }

  @PostMapping("/items/{code}/{region}/withdraw")
  String withdrawItem(@PathVariable String code, @PathVariable String region, RedirectAttributes flash) {
    var regionCode = parseRegion(region);
    requireScope(regionCode);
    transition(() -> {
      admin.withdrawItem(parseItem(code), regionCode, staff().username());
      flash.addFlashAttribute("withdrawn", true);
      return null;
    }, flash);
    return "redirect:/staff/catalog/items/" + code + "/" + region;
  }

  // ---------------------------------------------------------------- bundles (province-wide)

  @GetMapping("/bundles/new")
  String newBundle(Model model) {
    var template = new CatalogDocument.BundleDoc("YJS-", "", "BIRTH_ADOPTION", List.of(), List.of(),
        new CatalogDocument.DeliveryDoc(List.of("ONLINE_ONLINE"), ""), List.of());
    return editor(model, "bundle", null, pretty.writeValueAsString(template), List.of());
  }

  @GetMapping("/bundles/{code}")
  String bundle(@PathVariable String code, Model model) {
    var bundleCode = parseBundle(code);
    var versions = admin.bundleVersions().stream().filter(v -> v.code().equals(bundleCode)).toList();
    if (versions.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    var latest = versions.getFirst();
    model.addAttribute("bundleVersions", versions);
    model.addAttribute("changes", admin.changes(Change.Subject.BUNDLE, code).reversed());
    model.addAttribute("draft", latest.status() == VersionStatus.DRAFT);
    model.addAttribute("published", versions.stream().anyMatch(v -> v.status() == VersionStatus.PUBLISHED));
    if (latest.status() == VersionStatus.DRAFT) {
      model.addAttribute("report", admin.checkBundle(bundleCode));
    }
    var doc = admin.bundleDocument(bundleCode, latest.version()).orElseThrow();
    model.addAttribute("bundleCode", code);
    return editor(model, "bundle", null, pretty.writeValueAsString(doc), List.of());
  }

  @PostMapping("/bundles")
  String saveBundle(@RequestParam(defaultValue = "") String document, Model model, RedirectAttributes flash) {
    requireScope(RegionCode.of("330000"));
    CatalogDocument.BundleDoc doc;
    try {
      doc = parse(document, CatalogDocument.BundleDoc.class);
    } catch (JacksonException e) {
      return editor(model, "bundle", null, document, List.of(syntaxError(e)));
    }
    var saved = admin.saveBundleDraft(doc, staff().username());
    if (!saved.ok()) {
      return editor(model, "bundle", null, document, saved.errors());
    }
    flash.addFlashAttribute("saved", saved.version());
    return "redirect:/staff/catalog/bundles/" + doc.code();
  }

  @PostMapping("/bundles/{code}/publish")
  String publishBundle(@PathVariable String code, Model model, RedirectAttributes flash) {
    requireScope(RegionCode.of("330000"));
    var report = transition(() -> admin.publishBundle(parseBundle(code), staff().username()), flash);
    if (report.isPresent() && !report.get().isClean()) {
      model.addAttribute("refused", report.get());
      return bundle(code, model);
    }
    report.ifPresent(r -> flash.addFlashAttribute("publishedNow", true));
    return "redirect:/staff/catalog/bundles/" + code;
  }

  @PostMapping("/bundles/{code}/withdraw")
  String withdrawBundle(@PathVariable String code, RedirectAttributes flash) {
    requireScope(RegionCode.of("330000"));
    transition(() -> {
      admin.withdrawBundle(parseBundle(code), staff().username());
      flash.addFlashAttribute("withdrawn", true);
      return null;
    }, flash);
    return "redirect:/staff/catalog/bundles/" + code;
  }

  // ---------------------------------------------------------------- import / export

  @GetMapping("/import")
  String importForm() {
    return "catalog/admin/import";
  }

  @PostMapping("/import")
  String importDocument(@RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "false") boolean publish,
      Model model) throws java.io.IOException {
    requireScope(RegionCode.of("330000"));
    String text = document;
    if (file != null && !file.isEmpty()) {
      if (file.getSize() > MAX_DOCUMENT) {
        model.addAttribute("errors", List.of(new DocumentError("", "too large")));
        model.addAttribute("tooLarge", true);
        return "catalog/admin/import";
      }
      text = new String(file.getBytes(), StandardCharsets.UTF_8);
    }
    CatalogDocument doc;
    try {
      doc = parse(text, CatalogDocument.class);
    } catch (JacksonException e) {
      model.addAttribute("errors", List.of(syntaxError(e)));
      return "catalog/admin/import";
    }
    var report = admin.importDocument(doc, publish, staff().username());
    model.addAttribute("report", report);
    model.addAttribute("errors", report.errors());
    return "catalog/admin/import";
  }

  @GetMapping(value = "/export", produces = "application/json")
  org.springframework.http.ResponseEntity<byte[]> export() {
    return org.springframework.http.ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"catalog.json\"")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(pretty.writeValueAsString(admin.exportPublished()).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- helpers

  private String editor(Model model, String kind, CatalogAdministration.@Nullable ItemVersion latest, String document,
      List<DocumentError> errors) {
    model.addAttribute("kind", kind);
    model.addAttribute("latest", latest);
    model.addAttribute("document", document);
    model.addAttribute("errors", errors);
    return "catalog/admin/editor";
  }

  private <T> T parse(String text, Class<T> type) {
    if (text.length() > MAX_DOCUMENT) {
      throw new TooLarge();
    }
    return json.readValue(text, type);
  }

  private static DocumentError syntaxError(JacksonException e) {
    var path = e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(java.util.stream.Collectors.joining()).replaceFirst("^\\.", "");
    return new DocumentError(path, e.getOriginalMessage());
  }

  private static <T> Optional<T> transition(java.util.function.Supplier<T> action, RedirectAttributes flash) {
    try {
      return Optional.ofNullable(action.get());
    } catch (CatalogException e) {
      flash.addFlashAttribute("transitionError", e.getMessage());
      return Optional.empty();
    }
  }

  private static ItemCode parseItem(String code) {
    try {
      return ItemCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static BundleCode parseBundle(String code) {
    try {
      return BundleCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static RegionCode parseRegion(String region) {
    try {
      return RegionCode.of(region);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** A document over {@link #MAX_DOCUMENT} characters. */
  static final class TooLarge extends ResponseStatusException {
    TooLarge() {
      super(HttpStatus.PAYLOAD_TOO_LARGE, "The document is larger than 2 MB");
    }
  }
}
