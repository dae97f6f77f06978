package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.catalog.CatalogFixtures.applicantMaterial;
import static org.onevisit.catalog.CatalogFixtures.item;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoCatchAllMaterialTests {

  final NoCatchAllMaterial check = new NoCatchAllMaterial();

  @ParameterizedTest
  @ValueSource(strings = {"其他材料", "其它材料", "相关材料", "其他相关材料", "其他证明材料", "申请人认为需要提交的其他材料",
      "身份证明、户口簿等材料", "户口簿、结婚证等", "营业执照等相关材料。", "其 他 材 料", "其他材料　", "结婚证……",
      "房产证..."})
  void refusesCatchAllMaterials(String name) {
    var item = item().material(applicantMaterial("vague", name)).build();

    assertThat(check.check(item)).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(Problem.Code.CATCH_ALL_MATERIAL);
      assertThat(problem.path()).isEqualTo("materials[vague]");
      assertThat(problem.detail()).contains(name);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"居民户口簿", "结婚证", "出生医学证明", "高等学校毕业证书", "与申请事项相关的不动产权证书", "等级证书"})
  void acceptsNamedMaterials(String name) {
    var item = item().material(applicantMaterial("named", name)).build();

    assertThat(check.check(item)).isEmpty();
  }
}
