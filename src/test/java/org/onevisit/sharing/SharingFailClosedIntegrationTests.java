package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.sharing.Answer.RefusalReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fail closed: with only the application's own verifier (casework's, which knows case numbers) and the test
 * verifier switched off, a granted read whose reference no verifier recognises is refused and logged.
 */
@SpringBootTest
@ActiveProfiles({"test", "no-verifier"})
class SharingFailClosedIntegrationTests {

  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired AccessLog accessLog;

  @Test
  void aReadNoVerifierConfirmsIsRefused() {
    var person = SharingFixtures.marriedPerson(population);
    SharingFixtures.approvedGrant(grants, accounts, "331126-MIB", "FC-01", LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(10), "person.name");

    Answer answer = shared.read(new Consumer("331126-MIB", "client:mib"), Subject.person(person),
        SharingFixtures.elements("person.name"), new Purpose("FC-01", "LIVE-1"));

    assertThat(answer.outcome()).isEqualTo(Answer.Outcome.REFUSED);
    assertThat(answer.refusals()).extracting(Answer.Refusal::reason).containsExactly(RefusalReason.PURPOSE_NOT_CONFIRMED);
    assertThat(accessLog.about(person, 1)).singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(Answer.Outcome.REFUSED));
  }
}
