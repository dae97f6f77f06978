package org.onevisit.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * 禁止兜底性材料: no material may be a catch-all: a name containing 其他材料, 其它材料, 其他相关材料 (or 资料,
 * 文件), a name that is just 相关材料, or a name ending in 等材料, 等, … or "...". Names are compared after
 * NFKC normalisation (full-width to half-width) with white space removed.
 */
public final class NoCatchAllMaterial implements StandardisationCheck<Item> {

  private static final Pattern ANYWHERE = Pattern.compile("其[他它](相关)?(的)?(证明)?(材料|资料|文件)");
  private static final Pattern WHOLE = Pattern.compile("(相关)(的)?(证明)?(材料|资料|文件)");
  private static final Pattern ENDING = Pattern.compile("(等(相关)?(证明)?(材料|资料|文件)?|…+|\\.{3,})[。.]?$");

  @Override
  public List<Problem> check(Item item) {
    var materials = item.materials();
    return IntStream.range(0, materials.size())
        .filter(i -> isCatchAll(materials.get(i).name()))
        .mapToObj(i -> new Problem(Problem.Code.CATCH_ALL_MATERIAL, "materials[" + materials.get(i).key() + "]",
            "兜底性材料不得列入材料清单: " + materials.get(i).name()))
        .toList();
  }

  /** True when the name demands unspecified documents. */
  public static boolean isCatchAll(String name) {
    String normal = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "");
    return ANYWHERE.matcher(normal).find() || WHOLE.matcher(normal).matches() || ENDING.matcher(normal).find();
  }
}
