package org.onevisit.catalog;

import static org.onevisit.catalog.CatalogFixtures.applicantMaterial;
import static org.onevisit.catalog.CatalogFixtures.birthItems;
import static org.onevisit.catalog.CatalogFixtures.item;
import static org.onevisit.catalog.CatalogFixtures.yesNo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.onevisit.organisation.DepartmentKind;

/**
 * In-process benchmark of issue 3's performance targets (not a test: run it by hand, see BENCHMARKS.md):
 * Chinese search over a generated catalog of 10,000 published items (p99 &lt; 20 ms) and the guide of a
 * 6-item bundle with questions (p99 &lt; 2 ms). One thread, {@link System#nanoTime} around each call,
 * percentiles from the sorted samples. Arguments (all optional): items, searches, guides.
 */
public final class CatalogBench {

  private static final String[] QUALIFIERS = {"", "个人", "企业", "个体工商户", "外籍人员", "港澳台居民", "农民专业合作社",
      "高校毕业生", "退役军人", "残疾人", "老年人", "流动人口", "分支机构", "外商投资企业", "社会组织", "事业单位"};
  private static final String[] MATTERS = {"户口", "居民身份证", "居住证", "出生医学证明", "婚姻", "收养", "殡葬",
      "最低生活保障", "特困人员供养", "临时救助", "养老保险", "失业保险", "工伤保险", "医疗保险", "生育津贴", "社会保障卡",
      "就业创业证", "职业技能", "人才引进", "食品经营许可", "药品经营许可", "营业执照", "企业名称", "股权出质", "商标",
      "特种设备", "个人所得税", "增值税发票", "契税", "房产税", "不动产权", "不动产抵押", "国有建设用地使用权", "宅基地",
      "商品房预售", "建筑工程施工许可", "物业", "住房公积金", "公积金贷款", "公积金提取", "学籍", "义务教育入学",
      "教师资格", "道路运输经营许可", "机动车驾驶证", "出租汽车", "船舶", "医师执业", "护士执业", "母婴保健技术",
      "公共场所卫生许可", "献血", "消防", "公章刻制", "犬只", "出入境证件", "户籍迁移", "军人优待", "慈善组织", "志愿服务"};
  private static final String[] ACTIONS = {"登记", "变更登记", "注销登记", "许可", "备案", "证明", "补贴申领", "年检",
      "换领", "补领", "查询", "核准", "审批", "认定", "延续", "转移登记", "首次签发", "迁入", "迁出", "撤销"};
  private static final String[] MATERIAL_NAMES = {"居民身份证", "居民户口簿", "结婚证", "营业执照", "公司章程", "申请书",
      "授权委托书", "法定代表人身份证明", "经营场所使用证明", "不动产权证书", "购房合同", "完税证明", "劳动合同", "毕业证书",
      "学位证书", "健康证明", "出生医学证明", "死亡医学证明", "户籍证明", "无犯罪记录证明", "银行账户信息", "白底证件照片",
      "平面布局图", "设备清单", "检验报告", "资格证书", "体检报告", "租赁合同", "收入证明", "残疾人证", "退役证", "社会保障卡",
      "驾驶证", "行驶证", "道路运输证", "承诺书", "情况说明", "评估报告", "验收报告", "缴费凭证"};
  private static final String[] QUERIES = {"上户口", "营业执照", "出生", "食品经营许可", "公积金贷款", "退休", "买房",
      "社保卡", "开饭店", "身份证", "户口迁移", "医保", "个体工商户营业执照变更登记", "居住证", "驾驶证换领", "婚姻登记",
      "公司章程", "契税", "补贴", "证明", "注销", "不动产转移登记", "生娃", "公积金提取", "学籍转移", "教师资格认定",
      "出租汽车", "献血证明", "养老保险关系转移", "失业保险金", "宅基地审批", "犬只登记", "出入境", "人才引进补贴",
      "医师执业注册", "消防验收", "公章", "特种设备", "(*", "AND OR"};

  private CatalogBench() {}

  public static void main(String[] args) {
    int itemCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int searches = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int guides = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    var random = new Random(42);

    var items = generate(itemCount, random);
    var bundleItems = bundleItems();
    var bundle = sixItemBundle();
    var allItems = new ArrayList<>(items);
    allItems.addAll(bundleItems);
    var queries = queries(items, random);

    long start = System.nanoTime();
    var search = CatalogSearch.of(allItems, List.of(bundle, CatalogFixtures.birthBundle()), Synonyms.defaults());
    long indexMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "indexed %,d items and 2 bundles in %,d ms (JVM %s, %d cores)%n", search.size() - 2,
        indexMs, Runtime.version(), Runtime.getRuntime().availableProcessors());
    for (String q : List.of("上户口", "营业执照", "出生", "开饭店", queries.get(0))) {
      System.out.println("  " + q + " → " + search.search(q, 3).stream().map(h -> h.name() + " (" + h.code() + ")")
          .toList());
    }

    long hitCount = 0;
    for (int i = 0; i < searches / 2; i++) {
      hitCount += search.search(queries.get(i % queries.size()), 10).size();
    }
    var searchNanos = new long[searches];
    for (int i = 0; i < searches; i++) {
      String q = queries.get((i * 7) % queries.size());
      long t0 = System.nanoTime();
      hitCount += search.search(q, 10).size();
      searchNanos[i] = System.nanoTime() - t0;
    }

    var byCode = new HashMap<ItemCode, Item>();
    allItems.forEach(i -> byCode.put(i.code(), i));
    Map<ItemCode, Item> catalog = Map.copyOf(byCode);
    var answers = List.of(
        Answers.of("parentsMarried", "yes", "socialSecurityCard", "yes", "outOfProvince", "yes"),
        Answers.of("parentsMarried", "no", "socialSecurityCard", "yes", "outOfProvince", "yes"),
        Answers.of("parentsMarried", "yes", "socialSecurityCard", "no", "outOfProvince", "no"));
    var guideCheck = Guides.forBundle(bundle, catalog, answers.get(0));
    System.out.println("  6-item bundle guide: " + guideCheck.getClass().getSimpleName() + " for " + bundle.name());
    long sink = 0;
    for (int i = 0; i < guides / 2; i++) {
      sink += Guides.forBundle(bundle, catalog, answers.get(i % 3)).hashCode();
    }
    var guideNanos = new long[guides];
    for (int i = 0; i < guides; i++) {
      var a = answers.get(i % 3);
      long t0 = System.nanoTime();
      var guide = Guides.forBundle(bundle, catalog, a);
      guideNanos[i] = System.nanoTime() - t0;
      sink += guide.hashCode();
    }

    Arrays.sort(searchNanos);
    Arrays.sort(guideNanos);
    System.out.println();
    System.out.println("| measure | calls | p50 | p90 | p99 | max | target |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    System.out.printf(Locale.ROOT, "| search, %,d items, limit 10 (ms) | %,d | %.3f | %.3f | %.3f | %.3f | p99 < 20 ms |%n",
        itemCount, searches, ms(searchNanos, 0.50), ms(searchNanos, 0.90), ms(searchNanos, 0.99),
        searchNanos[searches - 1] / 1e6);
    System.out.printf(Locale.ROOT, "| Guides.forBundle, 6 items (µs) | %,d | %.1f | %.1f | %.1f | %.1f | p99 < 2 ms |%n",
        guides, us(guideNanos, 0.50), us(guideNanos, 0.90), us(guideNanos, 0.99), guideNanos[guides - 1] / 1e3);
    System.out.println();
    System.out.println("(hits " + hitCount + ", sink " + (sink & 0xff) + ")");
  }

  private static double ms(long[] sorted, double p) {
    return percentile(sorted, p) / 1e6;
  }

  private static double us(long[] sorted, double p) {
    return percentile(sorted, p) / 1e3;
  }

  /** Nearest-rank percentile of sorted samples. */
  private static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static List<Item> generate(int count, Random random) {
    var departments = DepartmentKind.values();
    var items = new ArrayList<Item>(count);
    for (int n = 0; n < count; n++) {
      String matter = MATTERS[n % MATTERS.length];
      String action = ACTIONS[(n / MATTERS.length) % ACTIONS.length];
      if (matter.endsWith(action.substring(action.length() - 2))) {
        action = "延续"; // not 食品经营许可许可
      }
      String name = QUALIFIERS[n / (MATTERS.length * ACTIONS.length) % QUALIFIERS.length] + matter + action;
      var department = departments[(n * 31 + n / 7) % departments.length];
      int materialCount = 3 + random.nextInt(6);
      var materials = new ArrayList<Material>();
      var names = new ArrayList<>(List.of(MATERIAL_NAMES));
      java.util.Collections.shuffle(names, random);
      for (int m = 0; m < materialCount; m++) {
        materials.add(applicantMaterial("m" + m, names.get(m)));
      }
      var item = item(ItemCode.of("BG-%05d".formatted(n)), name, department)
          .keywords(matter, action)
          .materials(materials)
          .build();
      item.publish(Standardisation.of(item));
      items.add(item);
    }
    return items;
  }

  private static List<String> queries(List<Item> items, Random random) {
    var queries = new ArrayList<>(List.of(QUERIES));
    for (int i = 0; i < 40; i++) {
      queries.add(items.get(random.nextInt(items.size())).name());
    }
    java.util.Collections.shuffle(queries, random);
    return List.copyOf(queries);
  }

  static final ItemCode RESIDENCE_TRANSFER = ItemCode.of("CS-06");

  /** The five birth items and a sixth asked only when the family registers outside the province. */
  private static List<Item> bundleItems() {
    var items = new ArrayList<>(birthItems());
    items.add(item(RESIDENCE_TRANSFER, "跨省户口迁移（准迁证）", DepartmentKind.PUBLIC_SECURITY)
        .materials(List.of(applicantMaterial("transferApplication", "户口迁移申请表"),
            applicantMaterial("residenceProof", "合法稳定住所证明")))
        .build());
    items.forEach(i -> i.publish(Standardisation.of(i)));
    return items;
  }

  private static Bundle sixItemBundle() {
    var birth = CatalogFixtures.birthBundle();
    var entries = new ArrayList<>(birth.entries());
    entries.add(new Bundle.Entry(RESIDENCE_TRANSFER, Condition.answered("outOfProvince", "yes")));
    var questions = new ArrayList<>(birth.questions());
    questions.add(yesNo("outOfProvince", "新生儿是否在省外落户？"));
    return new Bundle(BundleCode.of("YJS-CS6"), "出生一件事（含跨省落户）", LifeEventTheme.BIRTH_ADOPTION, questions,
        entries, new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_COURIER), birth.delivery().description()),
        birth.keywords());
  }
}
