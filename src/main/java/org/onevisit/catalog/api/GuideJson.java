package org.onevisit.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Figures;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.GuideField;
import org.onevisit.catalog.GuideMaterial;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.MaterialSource;

/** The JSON of a personalised guide: what applies to these answers, merged, with the before/after figures. */
record GuideJson(
    String title,
    Map<String, String> answers,
    List<ItemJson> items,
    List<MaterialJson> materials,
    List<FieldJson> fields,
    Figures figures,
    @Nullable DeliveryJson delivery) {

  record ItemJson(String code, String name, String department, int statutoryDays, int committedDays, int visits,
      BigDecimal fee, String onlineDepth) {}

  /** {@code source} is applicant, sharedData, licence or producedBy; {@code bring} is false when fetched for you. */
  record MaterialJson(String key, String name, String source, @Nullable String element, @Nullable String licenceType,
      @Nullable String holder, @Nullable String producedBy, String copy, int count, boolean bring, List<String> items) {}

  /** {@code element} set for a field pre-filled from shared data; {@code type} is typed by the applicant otherwise. */
  record FieldJson(String key, String label, @Nullable String element, String type, boolean required,
      boolean correctable, boolean prefilled, List<String> items) {}

  record DeliveryJson(List<String> methods, String description) {}

  static GuideJson of(Guide guide) {
    return new GuideJson(guide.title(), guide.answers().chosen(),
        guide.items().stream().map(s -> new ItemJson(s.code().value(), s.name(), s.department().name(),
            s.limits().statutoryDays(), s.limits().committedDays(), s.visits().required(), s.fee(),
            s.onlineDepth().name())).toList(),
        guide.materials().stream().map(GuideJson::material).toList(),
        guide.fields().stream().map(GuideJson::field).toList(),
        guide.figures(),
        guide.delivery() == null ? null : new DeliveryJson(
            guide.delivery().methods().stream().sorted().map(Enum::name).toList(), guide.delivery().description()));
  }

  private static List<String> codes(List<ItemCode> items) {
    return items.stream().map(ItemCode::value).toList();
  }

  private static MaterialJson material(GuideMaterial g) {
    var m = g.material();
    return switch (m.source()) {
      case MaterialSource.Applicant a -> new MaterialJson(m.key(), m.name(), "applicant", null, null, null, null,
          m.copy().name(), m.count(), g.broughtByApplicant(), codes(g.items()));
      case MaterialSource.SharedData d -> new MaterialJson(m.key(), m.name(), "sharedData", d.element().code(), null,
          null, null, m.copy().name(), m.count(), g.broughtByApplicant(), codes(g.items()));
      case MaterialSource.Licence l -> new MaterialJson(m.key(), m.name(), "licence", null, l.type().code(), l.holder(),
          null, m.copy().name(), m.count(), g.broughtByApplicant(), codes(g.items()));
      case MaterialSource.ProducedBy p -> new MaterialJson(m.key(), m.name(), "producedBy", null, null, null,
          p.item().value(), m.copy().name(), m.count(), g.broughtByApplicant(), codes(g.items()));
    };
  }

  private static FieldJson field(GuideField g) {
    var f = g.field();
    String element = f.binding() instanceof FormField.Binding.Bound b ? b.element().code() : null;
    return new FieldJson(f.key(), f.label(), element, f.type().name(), g.required(), g.correctable(), element != null,
        codes(g.items()));
  }
}
