package org.onevisit.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.InvalidAnswers;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.Question;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The catalog as citizens use it, all public and all GET: an item's or bundle's page, its situation
 * questionnaire one question per page ({@code /bundles/YJS-CS/questions/parentsMarried}), the
 * check-answers page, the printable personalised guide with its before/after figures, browsing by
 * department and the public lists (清单). Answers travel in the URL ({@link AnswerParams}); an answer
 * that matches no option is shown as an error on its question, the other answers kept.
 */
@Controller
class CatalogPages {

  static final RegionCode PROVINCE = RegionCode.of("330000");

  private final Catalog catalog;
  private final Regions regions;

  CatalogPages(Catalog catalog, Regions regions) {
    this.catalog = catalog;
    this.regions = regions;
  }

  /** An item or a bundle, as the questionnaire and guide pages treat them alike. */
  private record Subject(String kind, String code, String name, @Nullable Item item, @Nullable Bundle bundle) {
    String path() {
      return "/" + kind + "/" + code;
    }
  }

  private Subject subject(String kind, String code) {
    try {
      return switch (kind) {
        case "items" -> catalog.item(ItemCode.of(code))
            .map(i -> new Subject(kind, code, i.name(), i, null))
            .orElseThrow(CatalogPages::notFound);
        case "bundles" -> catalog.bundle(BundleCode.of(code))
            .map(b -> new Subject(kind, code, b.name(), null, b))
            .orElseThrow(CatalogPages::notFound);
        default -> throw notFound();
      };
    } catch (IllegalArgumentException malformed) {
      throw notFound();
    }
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  private List<Question> questions(Subject s, Answers answers) {
    return s.item() != null ? catalog.questions(s.item().code(), answers)
        : catalog.questions(java.util.Objects.requireNonNull(s.bundle()).code(), answers);
  }

  private Guide guide(Subject s, Answers answers) {
    return s.item() != null ? catalog.guide(s.item().code(), answers)
        : catalog.guide(java.util.Objects.requireNonNull(s.bundle()).code(), answers);
  }

  /** The answers that belong to questions this subject asks now, with their options valid. */
  private static Map<String, String> validAnswers(List<Question> asked, Answers answers) {
    var valid = new LinkedHashMap<String, String>();
    for (var q : asked) {
      answers.optionFor(q.key()).filter(q::hasOption).ifPresent(o -> valid.put(q.key(), o));
    }
    return valid;
  }

  @GetMapping("/items/{code}")
  String item(@PathVariable String code, Model model) {
    var s = subject("items", code);
    model.addAttribute("item", s.item());
    model.addAttribute("startUrl", s.path() + (s.item().questions().isEmpty() ? "/guide" : "/questions"));
    model.addAttribute("bundles", catalog.bundles().stream()
        .filter(b -> b.entries().stream().anyMatch(e -> e.item().equals(s.item().code()))).toList());
    return "catalog/item";
  }

  @GetMapping("/bundles/{code}")
  String bundle(@PathVariable String code, Model model) {
    var s = subject("bundles", code);
    model.addAttribute("bundle", s.bundle());
    model.addAttribute("items", catalog.itemsOf(s.bundle()).values());
    model.addAttribute("figures", typicalFigures(s));
    model.addAttribute("startUrl", s.path() + "/questions");
    return "catalog/bundle";
  }

  /** The figures for the first option of every question, to show the scale before anyone answers. */
  private Optional<org.onevisit.catalog.Figures> typicalFigures(Subject s) {
    var bundle = java.util.Objects.requireNonNull(s.bundle());
    try {
      var items = catalog.itemsOf(bundle);
      return Optional.of(catalog.guide(bundle.code(), org.onevisit.catalog.Guides.firstOptions(bundle, items)).figures());
    } catch (org.onevisit.catalog.CatalogException e) {
      return Optional.empty();
    }
  }

  @GetMapping("/{kind:items|bundles}/{code}/questions")
  String nextQuestion(@PathVariable String kind, @PathVariable String code,
      @RequestParam MultiValueMap<String, String> params) {
    var s = subject(kind, code);
    var answers = AnswerParams.from(params);
    var asked = questions(s, answers);
    var valid = validAnswers(asked, answers);
    for (var q : asked) {
      if (!valid.containsKey(q.key())) {
        return "redirect:" + AnswerParams.url(s.path() + "/questions/" + q.key(), answersAsGiven(asked, answers));
      }
    }
    return "redirect:" + AnswerParams.url(s.path() + "/check", valid);
  }

  /** The answers to the asked questions as given, invalid options included (so they can be shown as errors). */
  private static Map<String, String> answersAsGiven(List<Question> asked, Answers answers) {
    var given = new LinkedHashMap<String, String>();
    asked.forEach(q -> answers.optionFor(q.key()).ifPresent(o -> given.put(q.key(), o)));
    return given;
  }

  @GetMapping("/{kind:items|bundles}/{code}/questions/{key}")
  String question(@PathVariable String kind, @PathVariable String code, @PathVariable String key,
      @RequestParam(required = false) @Nullable String choice, @RequestParam(required = false) @Nullable String sent,
      @RequestParam MultiValueMap<String, String> params, Model model) {
    var s = subject(kind, code);
    var answers = AnswerParams.from(params);
    var asked = questions(s, answers);
    var question = asked.stream().filter(q -> q.key().equals(key)).findFirst();
    if (question.isEmpty()) {
      return "redirect:" + AnswerParams.url(s.path() + "/questions", validAnswers(asked, answers));
    }
    var q = question.get();
    String error = null;
    if (sent != null) {
      if (choice != null && q.hasOption(choice)) {
        var next = new LinkedHashMap<>(answers.chosen());
        next.put(q.key(), choice);
        return "redirect:" + AnswerParams.url(s.path() + "/questions", next);
      }
      error = choice == null ? "catalog.questions.choose" : "catalog.questions.noSuchOption";
    } else if (answers.optionFor(q.key()).filter(o -> !q.hasOption(o)).isPresent()) {
      error = "catalog.questions.noSuchOption";
    }
    var others = new LinkedHashMap<>(answersAsGiven(asked, answers));
    others.remove(q.key());
    int position = asked.indexOf(q);
    model.addAttribute("subject", s);
    model.addAttribute("question", q);
    model.addAttribute("position", position + 1);
    model.addAttribute("selected", answers.optionFor(q.key()).orElse(""));
    model.addAttribute("others", others);
    model.addAttribute("error", error);
    model.addAttribute("backUrl", position == 0 ? s.path()
        : AnswerParams.url(s.path() + "/questions/" + asked.get(position - 1).key(), answersAsGiven(asked, answers)));
    return "catalog/question";
  }

  /** A line of the check-answers page. */
  record AnswerLine(String question, String answer, String changeUrl) {}

  @GetMapping("/{kind:items|bundles}/{code}/check")
  String check(@PathVariable String kind, @PathVariable String code,
      @RequestParam MultiValueMap<String, String> params, Model model) {
    var s = subject(kind, code);
    var answers = AnswerParams.from(params);
    var asked = questions(s, answers);
    var valid = validAnswers(asked, answers);
    if (asked.stream().anyMatch(q -> q.required() && !valid.containsKey(q.key()))) {
      return "redirect:" + AnswerParams.url(s.path() + "/questions", answersAsGiven(asked, answers));
    }
    var lines = new ArrayList<AnswerLine>();
    for (var q : asked) {
      String option = valid.get(q.key());
      String label = option == null ? "" : q.options().stream().filter(o -> o.key().equals(option))
          .findFirst().map(Question.Option::label).orElse(option);
      lines.add(new AnswerLine(q.text(), label, AnswerParams.url(s.path() + "/questions/" + q.key(), valid)));
    }
    model.addAttribute("subject", s);
    model.addAttribute("lines", lines);
    model.addAttribute("guideUrl", AnswerParams.url(s.path() + "/guide", valid));
    return "catalog/check";
  }

  @GetMapping("/{kind:items|bundles}/{code}/guide")
  String guide(@PathVariable String kind, @PathVariable String code,
      @RequestParam MultiValueMap<String, String> params, Model model) {
    var s = subject(kind, code);
    var answers = AnswerParams.from(params);
    var asked = questions(s, answers);
    var valid = validAnswers(asked, answers);
    Guide guide;
    try {
      guide = guide(s, new Answers(valid));
    } catch (InvalidAnswers e) {
      return "redirect:" + AnswerParams.url(s.path() + "/questions", answersAsGiven(asked, answers));
    }
    var lines = new ArrayList<AnswerLine>();
    for (var q : asked) {
      String option = valid.get(q.key());
      if (option != null) {
        lines.add(new AnswerLine(q.text(), q.options().stream().filter(o -> o.key().equals(option)).findFirst()
            .map(Question.Option::label).orElse(option), AnswerParams.url(s.path() + "/questions/" + q.key(), valid)));
      }
    }
    model.addAttribute("subject", s);
    model.addAttribute("guide", guide);
    model.addAttribute("lines", lines);
    model.addAttribute("toBring", guide.materialsToBring());
    model.addAttribute("fetched", guide.materials().stream().filter(m -> !m.broughtByApplicant())
        .map(m -> new Fetched(m.material().name(), switch (m.material().source()) {
          case org.onevisit.catalog.MaterialSource.Licence l -> "catalog.guide.source.licence";
          case org.onevisit.catalog.MaterialSource.SharedData d -> "catalog.guide.source.sharedData";
          default -> "catalog.guide.source.producedBy";
        })).toList());
    model.addAttribute("toType", guide.fieldsToType());
    model.addAttribute("prefilled", guide.fields().stream().filter(f -> !f.typedByApplicant()).toList());
    model.addAttribute("applyUrl", AnswerParams.url("/me/apply" + s.path(), valid));
    boolean actsForOthers = org.onevisit.identity.CurrentUser.staff()
        .filter(m -> m.has(org.onevisit.identity.Role.WINDOW_CLERK) || m.has(org.onevisit.identity.Role.VILLAGE_AGENT))
        .isPresent();
    model.addAttribute("onBehalfUrl", actsForOthers ? AnswerParams.url("/staff/apply" + s.path(), valid) : null);
    model.addAttribute("itemNames", guide.items().stream()
        .collect(Collectors.toMap(st -> st.code(), st -> st.name())));
    return "catalog/guide";
  }

  /** A material the applicant need not bring, with the message key of where it comes from. */
  record Fetched(String name, String sourceKey) {}

  @GetMapping("/departments")
  String departments(Model model) {
    var counts = new LinkedHashMap<DepartmentKind, Long>();
    Arrays.stream(DepartmentKind.values()).forEach(k -> counts.put(k, 0L));
    catalog.items().forEach(i -> counts.merge(i.department(), 1L, Long::sum));
    model.addAttribute("counts", counts);
    return "catalog/departments";
  }

  @GetMapping("/departments/{kind}")
  String department(@PathVariable String kind, Model model) {
    var found = Arrays.stream(DepartmentKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
        .orElseThrow(CatalogPages::notFound);
    model.addAttribute("department", found);
    model.addAttribute("items", catalog.items().stream().filter(i -> i.department() == found).toList());
    return "catalog/department";
  }

  @GetMapping("/lists")
  String lists(@RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String department, Model model) {
    RegionCode where = PROVINCE;
    boolean badRegion = false;
    if (region != null && !region.isBlank()) {
      try {
        where = RegionCode.of(region.strip());
        badRegion = regions.find(where).isEmpty();
      } catch (IllegalArgumentException e) {
        badRegion = true;
      }
      if (badRegion) {
        where = PROVINCE;
      }
    }
    Optional<DepartmentKind> kind = Arrays.stream(DepartmentKind.values())
        .filter(k -> k.name().equals(department)).findFirst();
    model.addAttribute("region", regions.find(where).orElse(null));
    model.addAttribute("regionCode", where.value());
    model.addAttribute("badRegion", badRegion);
    model.addAttribute("department", kind.orElse(null));
    model.addAttribute("departments", DepartmentKind.values());
    model.addAttribute("items", catalog.itemsFor(where, kind));
    var query = "?region=" + where.value() + kind.map(k -> "&department=" + k.name()).orElse("");
    model.addAttribute("jsonUrl", "/api/v1/catalog/items" + query);
    model.addAttribute("csvUrl", "/api/v1/catalog/items.csv" + query);
    return "catalog/lists";
  }
}
