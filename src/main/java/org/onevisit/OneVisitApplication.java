package org.onevisit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** OneVisit: the run-at-most-once (最多跑一次) government-service platform. */
@SpringBootApplication
@Modulithic(systemName = "OneVisit", sharedModules = "platform")
public class OneVisitApplication {

  public static void main(String[] args) {
    SpringApplication.run(OneVisitApplication.class, args);
  }
}
