package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 同义词: everyday phrases (上户口, 营业执照, 生娃) mapped to the catalog's canonical terms (户口登记, 企业开办,
 * 出生一件事). {@link CatalogSearch} expands a query at search time: when the query contains a phrase, the
 * phrase's canonical terms are searched as well, with a slightly lower weight than the applicant's own
 * words. Phrases are matched as written, after the same normalisation as the query (NFKC, lower case).
 */
public record Synonyms(Map<String, List<String>> phrases) {

  public Synonyms {
    var copy = new LinkedHashMap<String, List<String>>();
    phrases.forEach((phrase, terms) -> {
      Keys.requireText(phrase, "synonym phrase");
      Objects.requireNonNull(terms, "canonical terms of " + phrase);
      terms.forEach(t -> Keys.requireText(t, "canonical term of " + phrase));
      copy.put(phrase, List.copyOf(terms));
    });
    phrases = java.util.Collections.unmodifiableMap(copy);
  }

  /** No expansion at all. */
  public static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /** The demo province's phrases: what citizens type on 浙里办 for the most common matters. */
  public static Synonyms defaults() {
    var m = new LinkedHashMap<String, List<String>>();
    m.put("上户口", List.of("户口登记", "出生登记"));
    m.put("报户口", List.of("户口登记", "出生登记"));
    m.put("落户", List.of("户口登记", "户口迁移"));
    m.put("营业执照", List.of("企业开办", "设立登记"));
    m.put("开公司", List.of("企业开办", "设立登记"));
    m.put("生孩子", List.of("出生一件事", "出生医学证明"));
    m.put("生娃", List.of("出生一件事", "出生医学证明"));
    m.put("新生儿", List.of("出生一件事", "出生登记"));
    m.put("开饭店", List.of("开餐馆", "食品经营许可"));
    m.put("开饭馆", List.of("开餐馆", "食品经营许可"));
    m.put("退休", List.of("养老", "退休"));
    m.put("养老金", List.of("养老保险", "退休"));
    m.put("办证", List.of("证件办理"));
    m.put("身份证", List.of("居民身份证"));
    m.put("买房", List.of("不动产转移登记"));
    m.put("过户", List.of("不动产转移登记"));
    m.put("房产证", List.of("不动产权证书", "不动产登记"));
    m.put("公积金贷", List.of("公积金贷款"));
    m.put("结婚", List.of("婚姻登记", "结婚登记"));
    m.put("社保卡", List.of("社会保障卡"));
    m.put("医保", List.of("医疗保险"));
    m.put("个税", List.of("个人所得税"));
    return new Synonyms(m);
  }

  /** This set with more phrases; a phrase given again replaces its terms. */
  public Synonyms with(Map<String, List<String>> more) {
    var m = new LinkedHashMap<>(phrases);
    m.putAll(more);
    return new Synonyms(m);
  }

  /**
   * The canonical terms of every phrase the (normalised) query contains, without duplicates and without
   * terms the query already contains.
   */
  public List<String> expand(String query) {
    var terms = new LinkedHashSet<String>();
    phrases.forEach((phrase, canonical) -> {
      if (query.contains(phrase)) {
        canonical.stream().filter(t -> !query.contains(t)).forEach(terms::add);
      }
    });
    return new ArrayList<>(terms);
  }
}
