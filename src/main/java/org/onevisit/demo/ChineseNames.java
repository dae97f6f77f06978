package org.onevisit.demo;

import java.util.SplittableRandom;

/**
 * Name tables: surnames weighted by frequency (roughly the 2020 census shares, per ten thousand), given-name
 * characters by sex and generation, so that a grandmother is 桂英 and a granddaughter 梓涵.
 */
final class ChineseNames {

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
    "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
    "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "莫", "孔", "汤", "欧阳", "诸葛"
  };
  private static final int[] SURNAME_WEIGHTS = {
    710, 700, 640, 540, 460, 310, 250, 230, 200, 190, 140, 140, 120, 120, 110, 110, 100, 97, 90, 90,
    80, 70, 60, 60, 60, 50, 50, 50, 50, 50, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
    20, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 1
  };
  private static final int[] SURNAME_CUMULATIVE = cumulative(SURNAME_WEIGHTS);

  /** Given-name characters: [generation][sex], generation 0 born before 1970, 1 before 1995, 2 later. */
  private static final String[][] GIVEN = {
    {"建国华明福根德荣生祥忠文平富贵成金林水发雄军强海",
        "秀英兰桂珍凤芳玉梅花琴娥美云菊素翠彩月香琼爱娣仙"},
    {"伟强磊军勇杰涛斌超刚辉鹏波峰亮东海俊健明志宏斌飞",
        "丽娜静敏艳娟霞玲燕红婷莉洁芳慧晶倩琳颖雪萍丹红晓"},
    {"浩宇轩睿泽博子梓豪俊一然辰逸铭杰凯航昊晨瑞嘉奕宸",
        "欣怡萱涵雨诗梦悦瑶琪思可心佳馨语彤妍若晴依诺梓沐"}
  };

  private ChineseNames() {}

  static String surname(SplittableRandom random) {
    return SURNAMES[pick(SURNAME_CUMULATIVE, random)];
  }

  /** A given name of one or (three times in four) two characters. */
  static String given(SplittableRandom random, boolean male, int birthYear) {
    int generation = birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2;
    String chars = GIVEN[generation][male ? 0 : 1];
    char first = chars.charAt(random.nextInt(chars.length()));
    if (random.nextInt(4) == 0) {
      return String.valueOf(first);
    }
    char second = chars.charAt(random.nextInt(chars.length()));
    return second == first ? String.valueOf(first) + chars.charAt((chars.indexOf(first) + 1) % chars.length())
        : "" + first + second;
  }

  static int[] cumulative(int[] weights) {
    int[] cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    return cumulative;
  }

  /** An index drawn with the weights whose running sums are given. */
  static int pick(int[] cumulative, SplittableRandom random) {
    return pick(cumulative, random, 0, cumulative.length - 1);
  }

  /** An index in {@code from..to} (inclusive) drawn with the weights restricted to that range. */
  static int pick(int[] cumulative, SplittableRandom random, int from, int to) {
    int low = from == 0 ? 0 : cumulative[from - 1];
    int u = low + random.nextInt(cumulative[to] - low);
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
