package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.onevisit.catalog.CatalogFixtures.applicantMaterial;
import static org.onevisit.catalog.CatalogFixtures.birthBundle;
import static org.onevisit.catalog.CatalogFixtures.birthItems;
import static org.onevisit.catalog.CatalogFixtures.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onevisit.organisation.DepartmentKind;

class CatalogSearchTests {

  static final ItemCode COMPANY_REGISTRATION = ItemCode.of("QYKB-01");
  static final ItemCode SEAL_ENGRAVING = ItemCode.of("QYKB-02");
  static final ItemCode FOOD_LICENCE = ItemCode.of("SPJY-01");
  static final ItemCode MARRIAGE_RECORD = ItemCode.of("HYDJ-09");

  static Item published(Item item) {
    item.publish(Standardisation.of(item));
    return item;
  }

  static List<Item> publishedItems() {
    var items = new ArrayList<Item>();
    birthItems().forEach(i -> items.add(published(i)));
    items.add(published(item(COMPANY_REGISTRATION, "企业设立登记", DepartmentKind.MARKET_REGULATION)
        .keywords("开公司", "注册公司")
        .materials(List.of(applicantMaterial("articles", "公司章程"), applicantMaterial("application", "企业设立登记申请书")))
        .build()));
    items.add(published(item(SEAL_ENGRAVING, "公章刻制备案", DepartmentKind.PUBLIC_SECURITY)
        .materials(List.of(applicantMaterial("sealSample", "印章印模")))
        .build()));
    items.add(published(item(FOOD_LICENCE, "食品经营许可", DepartmentKind.MARKET_REGULATION)
        .materials(List.of(applicantMaterial("layout", "经营场所平面布局图")))
        .build()));
    items.add(published(item(MARRIAGE_RECORD, "婚姻登记记录证明", DepartmentKind.CIVIL_AFFAIRS).build()));
    return items;
  }

  static Bundle companyBundle() {
    return new Bundle(BundleCode.of("YJS-QYKB"), "企业开办一件事", LifeEventTheme.ENTERPRISE_OPENING, List.of(),
        List.of(Bundle.Entry.always(COMPANY_REGISTRATION), Bundle.Entry.always(SEAL_ENGRAVING)),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_COURIER), "营业执照、印章一并寄递"), List.of("开办企业"));
  }

  final CatalogSearch search =
      CatalogSearch.of(publishedItems(), List.of(birthBundle(), companyBundle()), Synonyms.defaults());

  static List<String> codes(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::code).toList();
  }

  @Test
  void exactNameRanksFirst() {
    var hits = search.search("出生医学证明首次签发", 10);

    assertThat(hits.getFirst()).satisfies(hit -> {
      assertThat(hit.kind()).isEqualTo(SearchHit.Kind.ITEM);
      assertThat(hit.code()).isEqualTo("CS-01");
      assertThat(hit.name()).isEqualTo("出生医学证明首次签发");
    });
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void bracketedPartOfNameCountsAsExactName() {
    assertThat(codes(search.search("户口登记", 3))).first().isEqualTo("CS-02");
    assertThat(codes(search.search("出生登记", 3))).first().isEqualTo("CS-02");
  }

  @Test
  void exactNameBeatsNamePrefixAndPrefixBeatsMaterials() {
    var hits = codes(search.search("出生医学证明", 10));

    // 出生医学证明首次签发 starts with the query; three other birth items ask for 出生医学证明 as a material
    assertThat(hits.getFirst()).isEqualTo("CS-01");
    assertThat(hits).contains("CS-02", "CS-03", "CS-05");
  }

  @Test
  void fullWidthAndCaseDoNotMatter() {
    assertThat(codes(search.search("出生登记（户口登记）", 1))).containsExactly("CS-02");
    assertThat(codes(search.search("  出生登记(户口登记)  ", 1))).containsExactly("CS-02");
  }

  @Test
  void colloquialShangHukouFindsBirthRegistrationThroughSynonyms() {
    var hits = search.search("上户口", 5);

    assertThat(codes(hits)).contains("CS-02", "YJS-CS");
  }

  @Test
  void synonymExpansionWorksWithoutTheItemsOwnSynonyms() {
    var hukou = published(item(ItemCode.of("HK-01"), "户口登记", DepartmentKind.PUBLIC_SECURITY).build());
    var expanding = CatalogSearch.of(List.of(hukou), List.of(), Synonyms.defaults());
    var literal = CatalogSearch.of(List.of(hukou), List.of(), Synonyms.none());

    var expanded = expanding.search("我要上户口", 5);
    assertThat(codes(expanded)).containsExactly("HK-01");
    // without the synonym only the shared characters 户口 match, far below a name match
    var characters = literal.search("我要上户口", 5);
    assertThat(characters).singleElement().satisfies(hit -> assertThat(hit.score()).isLessThan(10f));
    assertThat(expanded.getFirst().score()).isGreaterThan(100f);
  }

  @Test
  void yingyeZhizhaoFindsTheCompanyOpeningBundle() {
    var hits = search.search("营业执照", 5);

    assertThat(hits).isNotEmpty();
    assertThat(hits.getFirst().code()).isEqualTo("YJS-QYKB");
    assertThat(codes(hits)).contains("QYKB-01");
  }

  @Test
  void kaiFandianFindsTheFoodLicence() {
    assertThat(codes(search.search("开饭店", 5))).first().isEqualTo("SPJY-01");
  }

  @Test
  void materialNameFindsItsItem() {
    assertThat(codes(search.search("公司章程", 5))).first().isEqualTo("QYKB-01");
    assertThat(codes(search.search("印章印模", 5))).first().isEqualTo("QYKB-02");
  }

  @Test
  void shortQueriesStillFindSomething() {
    var birth = codes(search.search("出生", 10));
    assertThat(birth).startsWith("YJS-CS").contains("CS-01", "CS-02");

    assertThat(codes(search.search("婚", 5))).contains("HYDJ-09");
    assertThat(codes(search.search("户口", 5))).first().isEqualTo("CS-02");
  }

  @Test
  void bundleComesFirstAmongNamesOfTheSameTier() {
    // 出生一件事, 出生医学证明首次签发 and 出生登记 all start with 出生
    var hits = search.search("出生", 3);

    assertThat(hits.getFirst().kind()).isEqualTo(SearchHit.Kind.BUNDLE);
    assertThat(codes(hits)).containsExactlyInAnyOrder("YJS-CS", "CS-01", "CS-02");
  }

  @Test
  void departmentNameFindsItsItems() {
    assertThat(codes(search.search("税务", 5))).contains("CS-05");
  }

  @Test
  void bundleIsFoundByTheNameOfOneOfItsItems() {
    assertThat(codes(search.search("公章刻制备案", 5))).containsSequence("QYKB-02").contains("YJS-QYKB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(*", "AND OR", "\"\"", "\"", "*", "?", "\\", "出生 AND", "NOT 出生", "title:出生", "出生~2",
      "[1 TO 2]", "{}", "/.*/", "😀", "出生😀证明", "\u0000", "\uD83D", "&&||!", "＊", "ｰ", "   ", "\t\n"})
  void garbageInputNeverThrows(String query) {
    assertThatCode(() -> search.search(query, 10)).doesNotThrowAnyException();
  }

  @Test
  void veryLongQueryIsCutAndDoesNotThrow() {
    String longQuery = "出生医学证明".repeat(40);
    assertThat(longQuery).hasSizeGreaterThan(200);

    assertThatCode(() -> search.search(longQuery, 10)).doesNotThrowAnyException();
    assertThat(search.search(longQuery, 10)).isNotEmpty();
    assertThatCode(() -> search.search("(*".repeat(100), 10)).doesNotThrowAnyException();
    assertThatCode(() -> search.search("😀".repeat(150), 10)).doesNotThrowAnyException();
  }

  @Test
  void blankQueryGivesNoHits() {
    assertThat(search.search("", 10)).isEmpty();
    assertThat(search.search("   ", 10)).isEmpty();
    assertThat(search.search("\u3000", 10)).isEmpty();
  }

  @Test
  void limitIsRespected() {
    assertThat(search.search("登记", 2)).hasSize(2);
    assertThat(search.search("登记", 1)).hasSize(1);
    assertThat(search.search("登记", 0)).isEmpty();
    assertThat(search.search("登记", -5)).isEmpty();
    assertThatCode(() -> search.search("登记", Integer.MAX_VALUE)).doesNotThrowAnyException();
  }

  @Test
  void onlyPublishedItemsAreIndexed() {
    var draft = item(ItemCode.of("DRAFT-01"), "草稿事项测试", DepartmentKind.TAX).build();
    var withdrawn = published(item(ItemCode.of("WD-01"), "撤回事项测试", DepartmentKind.TAX).build());
    withdrawn.withdraw();
    var live = published(item(ItemCode.of("LIVE-01"), "在办事项测试", DepartmentKind.TAX).build());

    var searcher = CatalogSearch.of(List.of(draft, withdrawn, live), List.of(), Synonyms.none());

    assertThat(searcher.size()).isEqualTo(1);
    assertThat(codes(searcher.search("事项测试", 10))).containsExactly("LIVE-01");
    assertThat(searcher.search("草稿事项测试", 10)).extracting(SearchHit::code).doesNotContain("DRAFT-01");
    assertThat(searcher.search("撤回事项测试", 10)).extracting(SearchHit::code).doesNotContain("WD-01");
  }

  @Test
  void anItemCodeListedByTwoRegionsIsOneHit() {
    var provincial = published(item(ItemCode.of("DUP-01"), "居住证签注", DepartmentKind.PUBLIC_SECURITY).build());
    var county = published(CatalogFixtures.item(ItemCode.of("DUP-01"), "居住证签注", DepartmentKind.PUBLIC_SECURITY)
        .build());

    var searcher = CatalogSearch.of(List.of(provincial, county), List.of(), Synonyms.none());

    assertThat(searcher.search("居住证签注", 10)).hasSize(1);
  }

  @Test
  void emptyCatalogGivesNoHits() {
    assertThat(CatalogSearch.empty().search("出生", 10)).isEmpty();
  }

  @Test
  void synonymsExpandOnlyToTermsTheQueryLacks() {
    var synonyms = Synonyms.defaults();

    assertThat(synonyms.expand("上户口")).containsExactly("户口登记", "出生登记");
    assertThat(synonyms.expand("退休")).containsExactly("养老");
    assertThat(synonyms.expand("出生")).isEmpty();
  }
}
