package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.catalog.CatalogFixtures.MARRIED_WITH_CARD;
import static org.onevisit.catalog.CatalogFixtures.birthBundle;
import static org.onevisit.catalog.CatalogFixtures.birthItems;
import static org.onevisit.catalog.CatalogFixtures.byCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogDocuments.DocumentError;
import tools.jackson.databind.json.JsonMapper;

class CatalogDocumentsTests {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theBirthBundleSurvivesARoundTripThroughJson() {
    var text = json.writeValueAsString(CatalogDocuments.write(birthItems(), List.of(birthBundle())));

    var contents = CatalogDocuments.read(json.readValue(text, CatalogDocument.class));

    assertThat(contents.errors()).isEmpty();
    var original = Guides.forBundle(birthBundle(), byCode(birthItems()), MARRIED_WITH_CARD);
    var reread = Guides.forBundle(contents.bundles().getFirst(), byCode(contents.items()), MARRIED_WITH_CARD);
    assertThat(reread).isEqualTo(original);
    assertThat(CatalogDocuments.write(contents.items(), contents.bundles()))
        .isEqualTo(CatalogDocuments.write(birthItems(), List.of(birthBundle())));
  }

  @Test
  void everyErrorIsReportedWithItsPathAndNothingIsRead() {
    var text = """
        {"format":"onevisit-catalog/1","items":[
          {"code":"GOOD-1","region":"330000","name":"好事项","department":"HEALTH","type":"CONFIRMATION",
           "handlingLevel":"COUNTY","limits":{"statutoryDays":5,"committedDays":1},"onlineDepth":"FULLY_ONLINE",
           "deliveryMethods":["ONLINE_ONLINE"]},
          {"code":"bad code","region":"330000","name":"","department":"POLICE","type":"CONFIRMATION",
           "handlingLevel":"COUNTY","limits":{"statutoryDays":5,"committedDays":1},"onlineDepth":"FULLY_ONLINE",
           "deliveryMethods":[],
           "materials":[{"key":"a","name":"申请书","source":{"kind":"mail"}},
                        {"key":"b","name":"照片","source":{"kind":"applicant"},"when":{"answered":{"question":"q","options":["x"]},"not":{}}}]}
        ]}
        """;

    var contents = CatalogDocuments.read(json.readValue(text, CatalogDocument.class));

    assertThat(contents.items()).isEmpty();
    assertThat(contents.errors()).extracting(DocumentError::path).containsExactly(
        "items[1].code", "items[1].name", "items[1].department", "items[1].deliveryMethods",
        "items[1].materials[0].source", "items[1].materials[1].when");
  }

  @Test
  void aConditionNamingAnUnaskedQuestionIsAnErrorOfItsItem() {
    var doc = CatalogDocuments.write(CatalogFixtures.item()
        .material(CatalogFixtures.material("photo", "照片", MaterialSource.applicant()))
        .build());
    var withBadMaterial = new CatalogDocument.ItemDoc(doc.code(), doc.region(), doc.name(), doc.department(),
        doc.type(), doc.legalBasis(), doc.handlingLevel(), doc.limits(), doc.fee(), doc.visits(), doc.onlineDepth(),
        doc.deliveryMethods(), doc.acceptanceConditions(), doc.trustFirst(),
        List.of(new CatalogDocument.MaterialDoc("photo", "照片", new CatalogDocument.SourceDoc("applicant", null, null,
            null, null), null, null, null, null, "《条例》", new CatalogDocument.ConditionDoc(
            new CatalogDocument.AnsweredDoc("unasked", List.of("yes")), null, null, null))),
        doc.fields(), doc.steps(), doc.questions(), doc.keywords(), doc.synonyms(), doc.themes(), null, null);

    var result = CatalogDocuments.readItem(withBadMaterial);

    assertThat(result.value()).isNull();
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("unasked"));
  }

  @Test
  void twoItemsWithTheSameCodeAndRegionAreRefused() {
    var item = CatalogDocuments.write(CatalogFixtures.anyItem());

    var contents = CatalogDocuments.read(new CatalogDocument(null, List.of(item, item), null));

    assertThat(contents.errors()).extracting(DocumentError::path).containsExactly("items[1].code");
  }
}
