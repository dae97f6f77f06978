package org.onevisit.sharing.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PublicPaths;
import org.onevisit.sharing.OpenData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * 数据开放 ({@code /open-data}, anyone, no login): the aggregated, non-personal datasets with their licence, each as a
 * table on the page and as {@code /open-data/{id}.csv} (UTF-8 with BOM, for spreadsheets) and {@code .json}. Unknown
 * datasets are 404.
 */
@Controller
class OpenDataPage {

  static final String LICENCE = "CC-BY-4.0";
  static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

  private final OpenData openData;

  OpenDataPage(OpenData openData) {
    this.openData = openData;
  }

  @Configuration(proxyBeanMethods = false)
  static class OpenDataPaths {
    @Bean
    PublicPaths openDataPublicPaths() {
      return new PublicPaths("/open-data", "/open-data/*");
    }
  }

  /** A dataset as the page shows it. */
  record DatasetView(String id, String title, String description, List<String> columns,
      List<List<@Nullable String>> rows, String generatedAt) {}

  @GetMapping("/open-data")
  @PreAuthorize("permitAll()")
  String page(Model model) {
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    model.addAttribute("datasets", openData.ids().stream().map(openData::dataset).flatMap(java.util.Optional::stream)
        .map(d -> new DatasetView(d.id(), english ? d.titleEn() : d.title(), english ? d.descriptionEn() : d.description(),
            d.columns(), d.rows(), SharingPages.TIME.format(d.generatedAt())))
        .toList());
    model.addAttribute("licenceUrl", LICENCE_URL);
    model.addAttribute("suppressBelow", OpenData.SUPPRESS_BELOW);
    return "sharing/open-data";
  }

  private OpenData.Dataset dataset(String id) {
    return openData.dataset(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @GetMapping(path = "/open-data/{id}.csv", produces = "text/csv")
  @PreAuthorize("permitAll()")
  ResponseEntity<byte[]> csv(@PathVariable String id) {
    var d = dataset(id);
    var out = new StringBuilder("\uFEFF").append(String.join(",", d.columns())).append("\r\n");
    for (var row : d.rows()) {
      out.append(String.join(",", row.stream().map(OpenDataPage::csvField).toList())).append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + d.id() + ".csv\"")
        .header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String csvField(@Nullable String value) {
    if (value == null) {
      return "";
    }
    return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  @GetMapping(path = "/open-data/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("permitAll()")
  @ResponseBody
  Map<String, Object> json(@PathVariable String id) {
    var d = dataset(id);
    var rows = d.rows().stream().map(r -> {
      var map = new java.util.LinkedHashMap<String, @Nullable Object>();
      for (int i = 0; i < d.columns().size(); i++) {
        map.put(d.columns().get(i), r.get(i));
      }
      return map;
    }).toList();
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("dataset", d.id());
    body.put("title", d.title());
    body.put("titleEn", d.titleEn());
    body.put("description", d.description());
    body.put("descriptionEn", d.descriptionEn());
    body.put("licence", LICENCE);
    body.put("licenceUrl", LICENCE_URL);
    body.put("attribution", "OneVisit 数据共享平台");
    body.put("suppressedBelow", OpenData.SUPPRESS_BELOW);
    body.put("generatedAt", d.generatedAt().toString());
    body.put("rows", rows);
    return body;
  }

  static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
