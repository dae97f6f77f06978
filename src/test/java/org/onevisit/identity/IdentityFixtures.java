package org.onevisit.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.onevisit.organisation.RegionCode;

/** Valid, unique identities for tests: every call gives a person nobody else in the run has. */
public final class IdentityFixtures {

  public static final String STAFF_PASSWORD = "Test-Passw0rd!";
  public static final RegionCode QINGYUAN = RegionCode.of("331126");
  public static final RegionCode LONGQUAN = RegionCode.of("331181");

  private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000));
  private static final AtomicInteger MOBILES = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000));

  private IdentityFixtures() {}

  /** A valid ID number born in 庆元县, unique within the run. */
  public static IdNumber anyIdNumber() {
    int n = SEQUENCE.incrementAndGet();
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n / 1000 * 7L + ThreadLocalRandom.current().nextInt(7));
    return IdNumber.of("331126", birth, n % 1000);
  }

  public static String anyMobile() {
    return "139" + "%08d".formatted(MOBILES.incrementAndGet() % 100_000_000);
  }

  public static Accounts.NewCitizen anyCitizen() {
    return new Accounts.NewCitizen(anyIdNumber(), "张三明", anyMobile(), RegionCode.of("331126100201"));
  }

  /** Registers a citizen and returns him. */
  public static Accounts.NewCitizen registeredCitizen(Accounts accounts) {
    var citizen = anyCitizen();
    accounts.registerCitizens(List.of(citizen));
    return citizen;
  }

  /** Creates a staff account with the given roles at 庆元县's department {@code 331126-PSB}. */
  public static String staff(Accounts accounts, RegionCode region, Role... roles) {
    String username = "t" + SEQUENCE.incrementAndGet() + "." + roles[0].name().toLowerCase();
    accounts.createStaff(new Accounts.NewStaff(username, "王芳", STAFF_PASSWORD, region.value() + "-PSB", region,
        Set.of(roles)));
    return username;
  }
}
