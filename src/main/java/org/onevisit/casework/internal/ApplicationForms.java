package org.onevisit.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Application;
import org.onevisit.casework.ApplicationForm;
import org.onevisit.casework.MaterialCheck;
import org.onevisit.casework.Prefilled;
import org.onevisit.casework.SharedElements;
import org.onevisit.casework.SharedElements.Party;
import org.onevisit.casework.Uploads;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.DataElement;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.GuideField;
import org.onevisit.catalog.GuideMaterial;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.licence.HolderKind;
import org.onevisit.licence.Licence;
import org.onevisit.licence.Licences;
import org.onevisit.sharing.Answer;
import org.onevisit.sharing.Consumer;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.SharedData;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 数据跑路: pre-fills a draft from shared data and reckons its form. Each item's deciding department reads,
 * with the purpose "item X for this draft", the elements {@link SharedElements} says it needs, about the
 * applicant and, where the item names them, the mother and father (the applicant and the registered spouse,
 * by sex) — so the access log shows each department's reads and a citizen sees who read what for which
 * matter. What was read is kept with the draft as {@link Fact}s; the form (pre-filled fields, fields to type,
 * how each material is satisfied) is reckoned from them, the guide, the applicant's licences and uploads.
 */
@Component
class ApplicationForms {

  private static final Logger log = LoggerFactory.getLogger(ApplicationForms.class);

  private final SharedData shared;
  private final Licences licences;
  private final Catalog catalog;

  ApplicationForms(SharedData shared, Licences licences, Catalog catalog) {
    this.shared = shared;
    this.licences = licences;
    this.catalog = catalog;
  }

  /**
   * A value read for the draft (or why not), keyed {@code PARTY:element}.
   *
   * @param refusal the sharing refusal code, {@code NO_PARTY} when the party is unknown
   */
  record Fact(@Nullable String value, @Nullable String source, @Nullable Instant asOf, @Nullable String refusal) {
    boolean served() {
      return refusal == null && value != null && !value.isBlank();
    }
  }

  /** What pre-filling found: the facts and the parties' ID numbers (or credit code). */
  record Found(Map<String, Fact> facts, Map<Party, String> parties) {}

  static String key(Party party, DataElement element) {
    return party.name() + ":" + element.code();
  }

  // ---------------------------------------------------------------- pre-filling

  /**
   * Reads what the guide's items need, item by item, as each item's department.
   *
   * @param handlers item code → deciding department code
   * @param partiesFound called as soon as the parents are known, before their data is read (the purpose
   *     verifier confirms reads about them from what is stored)
   */
  Found prefill(UUID draft, String applicantId, @Nullable String enterpriseCode, Guide guide,
      Map<String, String> handlers, java.util.function.Consumer<Map<Party, String>> partiesFound) {
    var facts = new LinkedHashMap<String, Fact>();
    var parties = new EnumMap<Party, String>(Party.class);
    parties.put(Party.APPLICANT, applicantId);
    if (enterpriseCode != null) {
      parties.put(Party.ENTERPRISE, enterpriseCode);
    }
    boolean parentsTried = false;
    for (Guide.Step step : guide.items()) {
      String department = handlers.get(step.code().value());
      if (department == null) {
        continue;
      }
      var needs = needs(step.code(), guide);
      if (needs.isEmpty()) {
        continue;
      }
      var byParty = new EnumMap<Party, Set<DataElement>>(Party.class);
      needs.forEach(n -> byParty.computeIfAbsent(n.party(), p -> new LinkedHashSet<>()).add(n.element()));
      boolean wantsParents = byParty.containsKey(Party.MOTHER) || byParty.containsKey(Party.FATHER);
      if (wantsParents && !parentsTried) {
        byParty.computeIfAbsent(Party.APPLICANT, p -> new LinkedHashSet<>()).addAll(SharedElements.PARTY_ELEMENTS);
      }
      // The actor is the applicant's draft: his own request makes the read, about himself and his family only,
      // so the access monitor sees each draft as one reader rather than all pre-fills as one scraper, and does not
      // count a citizen applying in the evening as a department reading out of hours.
      var consumer = new Consumer(department, "applicant:" + draft);
      var purpose = new Purpose(step.code().value(), draft.toString());
      if (wantsParents && !parentsTried) {
        read(consumer, purpose, applicantId, Map.of(Party.APPLICANT, byParty.remove(Party.APPLICANT)), facts);
        parentsTried = true;
        resolveParents(facts, applicantId, parties);
        partiesFound.accept(Map.copyOf(parties));
      }
      // one read per subject: the applicant's own elements and those he is asked for as mother or father together
      var bySubject = new LinkedHashMap<String, Map<Party, Set<DataElement>>>();
      byParty.forEach((party, elements) -> {
        String who = parties.get(party);
        if (who == null) {
          elements.forEach(e -> facts.putIfAbsent(key(party, e), new Fact(null, null, null, "NO_PARTY")));
        } else {
          bySubject.computeIfAbsent(who, w -> new EnumMap<>(Party.class)).put(party, elements);
        }
      });
      bySubject.forEach((who, wanted) -> read(consumer, purpose, who, wanted, facts));
      String head = value(facts, Party.APPLICANT, SharedElements.HOUSEHOLD_HEAD);
      if (head != null) {
        parties.putIfAbsent(Party.HOUSEHOLD, head);
      }
    }
    return new Found(facts, parties);
  }

  /** The needs of one item of the guide: its applicable bound fields and shared-data materials. */
  private static Set<SharedElements.Need> needs(ItemCode item, Guide guide) {
    var out = new LinkedHashSet<SharedElements.Need>();
    for (GuideField field : guide.fields()) {
      if (field.items().contains(item) && field.field().binding() instanceof FormField.Binding.Bound bound) {
        out.add(SharedElements.need(bound.element()));
      }
    }
    for (GuideMaterial material : guide.materials()) {
      if (!material.items().contains(item)) {
        continue;
      }
      if (material.material().source() instanceof MaterialSource.SharedData data) {
        out.add(SharedElements.need(data.element()));
      } else if (material.material().source() instanceof MaterialSource.Licence licence
          && licence.holder().equals("household")) {
        out.add(new SharedElements.Need(Party.APPLICANT, SharedElements.HOUSEHOLD_HEAD));
      }
    }
    return out;
  }

  /** One read of one subject for the parties it stands for; every party gets the facts of its elements. */
  private void read(Consumer consumer, Purpose purpose, String who, Map<Party, Set<DataElement>> wanted,
      Map<String, Fact> facts) {
    var elements = new LinkedHashSet<DataElement>();
    wanted.values().forEach(elements::addAll);
    boolean enterprise = wanted.containsKey(Party.ENTERPRISE);
    Subject subject;
    try {
      subject = enterprise ? new Subject.Enterprise(CreditCode.parse(who)) : Subject.person(IdNumber.parse(who));
    } catch (IllegalArgumentException e) {
      put(wanted, facts, el -> new Fact(null, null, null, "NO_PARTY"));
      return;
    }
    Answer answer;
    try {
      answer = shared.read(consumer, subject, List.copyOf(elements), purpose);
    } catch (SharingException e) {
      log.warn("Pre-fill read for {} refused: {}", purpose, e.getMessage());
      put(wanted, facts, el -> new Fact(null, null, null, "READ_FAILED"));
      return;
    }
    var byElement = new java.util.HashMap<DataElement, Fact>();
    for (Answer.SharedValue v : answer.values()) {
      byElement.put(v.element(), new Fact(v.value(), v.provenance().sourceDepartment() + " / "
          + v.provenance().sourceSystem(), v.provenance().asOf(), v.value() == null ? "NO_VALUE" : null));
    }
    for (Answer.Refusal r : answer.refusals()) {
      byElement.putIfAbsent(r.element(), new Fact(null, null, null, r.reason().name()));
    }
    put(wanted, facts, el -> byElement.getOrDefault(el, new Fact(null, null, null, "NOT_READ")));
  }

  /** Records a fact per party and element; a served value is never replaced by a refusal from another item's read. */
  private static void put(Map<Party, Set<DataElement>> wanted, Map<String, Fact> facts,
      java.util.function.Function<DataElement, Fact> fact) {
    wanted.forEach((party, elements) -> elements.forEach(el -> {
      var f = fact.apply(el);
      String key = key(party, el);
      var known = facts.get(key);
      if (known == null || (f.served() && !known.served())) {
        facts.put(key, f);
      }
    }));
  }

  private static void resolveParents(Map<String, Fact> facts, String applicantId, Map<Party, String> parties) {
    String gender = value(facts, Party.APPLICANT, DataElement.of("person.gender"));
    String spouse = value(facts, Party.APPLICANT, DataElement.of("marriage.spouseIdNumber"));
    if (gender == null) {
      return;
    }
    boolean female = gender.equals("FEMALE");
    parties.put(female ? Party.MOTHER : Party.FATHER, applicantId);
    if (spouse != null) {
      parties.put(female ? Party.FATHER : Party.MOTHER, spouse);
    }
  }

  private static @Nullable String value(Map<String, Fact> facts, Party party, DataElement element) {
    var fact = facts.get(key(party, element));
    return fact != null && fact.served() ? fact.value() : null;
  }

  // ---------------------------------------------------------------- the form

  /** The bound fields as the data ran (and the fields to type), without looking at materials. */
  Fields fields(Guide guide, Found found) {
    return fields(guide, found, producedInGuide(guide));
  }

  record Fields(List<Prefilled> prefilled, List<GuideField> toType) {}

  private static Fields fields(Guide guide, Found found, List<Produced> producedMaterials) {
    var produced = new LinkedHashSet<ItemCode>();
    producedMaterials.forEach(p -> produced.addAll(p.receivers()));
    var prefilled = new ArrayList<Prefilled>();
    var toType = new ArrayList<GuideField>();
    for (GuideField field : guide.fields()) {
      if (!(field.field().binding() instanceof FormField.Binding.Bound bound)) {
        toType.add(field);
        continue;
      }
      var need = SharedElements.need(bound.element());
      var fact = found.facts().get(key(need.party(), need.element()));
      if (fact != null && fact.served()) {
        prefilled.add(new Prefilled(field.field().key(), field.field().label(), bound.element().code(),
            Prefilled.State.SERVED, display(field.field().type(), need.element(), fact.value()), fact.source(),
            fact.asOf(), null));
      } else if (!field.items().isEmpty() && field.items().stream().allMatch(produced::contains)) {
        prefilled.add(new Prefilled(field.field().key(), field.field().label(), bound.element().code(), Prefilled.State.FROM_RESULT, null,
            null, null, null));
      } else {
        prefilled.add(new Prefilled(field.field().key(), field.field().label(), bound.element().code(), Prefilled.State.UNAVAILABLE, null,
            null, null, fact == null ? "NOT_READ" : fact.refusal()));
        toType.add(field);
      }
    }
    return new Fields(prefilled, toType);
  }

  /** Reckons the form of a draft from its guide, what pre-filling found and what was uploaded. */
  ApplicationForm form(Application application, Guide guide, Found found, List<Uploads.Upload> uploads) {
    var producedMaterials = producedInGuide(guide);
    var fields = fields(guide, found, producedMaterials);
    var prefilled = fields.prefilled();
    var toType = fields.toType();
    var materials = new ArrayList<MaterialCheck>();
    var seen = new java.util.HashSet<String>();
    for (Produced p : producedMaterials) {
      if (seen.add(p.material().key())) {
        materials.add(new MaterialCheck(p.material().key(), p.material().name(), MaterialCheck.Way.PRODUCED,
            p.producer()));
      }
    }
    for (GuideMaterial m : guide.materials()) {
      materials.add(check(m, guide, found, application.provided(), uploads));
    }
    return new ApplicationForm(application, guide, prefilled, toType, materials);
  }

  /** A material one item of the guide produces for others of the same guide (the guide leaves them out). */
  private record Produced(org.onevisit.catalog.Material material, String producer, Set<ItemCode> receivers) {}

  private List<Produced> producedInGuide(Guide guide) {
    var names = new LinkedHashMap<ItemCode, String>();
    guide.items().forEach(s -> names.put(s.code(), s.name()));
    var out = new LinkedHashMap<String, Produced>();
    for (Guide.Step step : guide.items()) {
      var item = catalog.item(step.code());
      if (item.isEmpty()) {
        continue;
      }
      for (var m : item.get().materials()) {
        if (m.source() instanceof MaterialSource.ProducedBy by && names.containsKey(by.item())
            && m.when().holds(guide.answers())) {
          out.computeIfAbsent(m.key(), k -> new Produced(m, names.get(by.item()), new LinkedHashSet<>()))
              .receivers().add(step.code());
        }
      }
    }
    return List.copyOf(out.values());
  }

  private MaterialCheck check(GuideMaterial gm, Guide guide, Found found, Set<String> provided,
      List<Uploads.Upload> uploads) {
    var material = gm.material();
    String key = material.key();
    String name = material.name();
    if (material.source() instanceof MaterialSource.ProducedBy by) {
      var producer = guide.items().stream().filter(s -> s.code().equals(by.item())).findFirst();
      if (producer.isPresent()) {
        return new MaterialCheck(key, name, MaterialCheck.Way.PRODUCED, producer.get().name());
      }
    }
    if (material.source() instanceof MaterialSource.Licence licence) {
      var usable = usableLicence(licence, found);
      if (usable.isPresent()) {
        return new MaterialCheck(key, name, MaterialCheck.Way.LICENCE, usable.get().number().value());
      }
    }
    if (material.source() instanceof MaterialSource.SharedData data) {
      var need = SharedElements.need(data.element());
      var fact = found.facts().get(key(need.party(), need.element()));
      if (fact != null && fact.served()) {
        return new MaterialCheck(key, name, MaterialCheck.Way.SHARED_DATA, fact.source());
      }
    }
    if (!provided.contains(key)) {
      return new MaterialCheck(key, name, MaterialCheck.Way.MISSING, null);
    }
    return new MaterialCheck(key, name, MaterialCheck.Way.UPLOADED, uploads.stream()
        .filter(u -> u.material().equals(key)).reduce((a, b) -> b).map(Uploads.Upload::filename).orElse(null));
  }

  /** The holder's usable licence of the type, the holder being the party the material names. */
  Optional<Licence> usableLicence(MaterialSource.Licence licence, Found found) {
    var parties = found.parties();
    String holder = switch (licence.holder()) {
      case "mother" -> parties.get(Party.MOTHER);
      case "father" -> parties.get(Party.FATHER);
      case "household" -> parties.get(Party.HOUSEHOLD);
      case "enterprise" -> parties.get(Party.ENTERPRISE);
      default -> parties.get(Party.APPLICANT);
    };
    if (holder == null) {
      return Optional.empty();
    }
    var kind = licence.holder().equals("enterprise") ? HolderKind.ENTERPRISE : HolderKind.PERSON;
    return licences.usable(kind, holder, licence.type()).stream().findFirst();
  }

  /** How a shared value is shown in the form: codes in words, a date field gets the date of a date-time. */
  static String display(FieldType type, DataElement element, String value) {
    if (element.code().endsWith(".gender")) {
      return switch (value) {
        case "MALE" -> "男";
        case "FEMALE" -> "女";
        default -> value;
      };
    }
    if (type == FieldType.DATE && value.length() > 10 && value.charAt(10) == 'T') {
      return value.substring(0, 10);
    }
    return value;
  }
}
