package org.onevisit.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onevisit.OneVisitApplication;
import org.onevisit.casework.Casework;
import org.onevisit.casework.Casework.Subject;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One node of the platform as an OS process of its own, for {@link KilledNodeIntegrationTests}: the platform on the
 * embedded PostgreSQL in {@code args[0]} (port {@code args[1]}), durable as in production, the async executor on.
 * Prints {@code READY} when started; on the line {@code submit} on its standard input, a citizen applies for a
 * trust-first item (accepted at once) and it prints {@code ACCEPTED <case number>} once the submission is answered.
 */
public final class PlatformNode {

  private PlatformNode() {}

  public static void main(String[] args) throws Exception {
    var app = new SpringApplicationBuilder(OneVisitApplication.class).profiles("test").run(
        "--onevisit.db.embedded.data-dir=" + args[0], "--onevisit.db.embedded.port=" + args[1],
        "--onevisit.db.embedded.durable=true", "--flowable.async-executor-activate=true", "--server.port=0",
        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    System.out.println("READY");
    System.out.flush();
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.equals("submit")) {
        var item = CatalogFixtures.item(CatalogFixtures.anyItemCode(), "出国证明", DepartmentKind.CIVIL_AFFAIRS)
            .trustFirst(true).build();
        app.getBean(CatalogAdministration.class).importDocument(CatalogDocuments.write(List.of(item), List.of()), true,
            "test");
        var casework = app.getBean(Casework.class);
        var applicant = Applicant.citizen(90_001, IdentityFixtures.anyIdNumber(), "叶晓燕");
        var draft = casework.startDraft(applicant, Subject.item(item.code().value()), Answers.none(),
            RegionCode.of("331126"), "self");
        casework.fill(draft, applicant, Map.of("purpose", "出国", "name", "叶晓燕"), Set.of("application"));
        var number = casework.submit(draft, applicant);
        System.out.println("ACCEPTED " + number.value());
        System.out.flush();
      }
    }
    app.close();
  }
}
