package org.onevisit.licence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.onevisit.licence.HolderKind;
import org.onevisit.licence.IssuerIdentity;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.LicenceField;
import org.onevisit.licence.LicenceNumber;
import org.onevisit.licence.Licences;
import org.onevisit.platform.ChinaTime;
import org.onevisit.platform.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * 我的证照: the wallet of a citizen (his licences) or of an enterprise representative (the enterprise's).
 * Another holder's licence is "not found", whatever its number. ID numbers on the fields are masked.
 */
@Controller
@PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
class WalletPages {

  private final Licences licences;
  private final IssuerIdentity issuer;
  private final MessageSource messages;
  private final Clock clock;

  WalletPages(Licences licences, IssuerIdentity issuer, MessageSource messages, Clock clock) {
    this.licences = licences;
    this.issuer = issuer;
    this.messages = messages;
    this.clock = clock;
  }

  record Row(Licence licence, String statusKey) {}

  @GetMapping("/me/licences")
  String wallet(Model model) {
    Applicant applicant = CurrentUser.applicant().orElseThrow();
    LocalDate today = today();
    List<Row> rows = licences.heldBy(kind(applicant), identifier(applicant)).stream()
        .map(l -> new Row(l, l.statusOn(today).messageKey()))
        .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("applicant", applicant);
    return "licence/wallet";
  }

  @GetMapping("/me/licences/{number}")
  String licence(@PathVariable String number, Model model) {
    Licence licence = own(number);
    var definition = LicenceDefinitions.find(licence.type()).orElseThrow();
    Map<String, String> fields = new LinkedHashMap<>();
    licence.fields().forEach((code, value) -> {
      LicenceField field = definition.field(code).orElseThrow();
      fields.put(field.messageKey(), field.personal() ? PersonalData.maskIdNumber(value) : value);
    });
    model.addAttribute("licence", licence);
    model.addAttribute("fields", fields);
    model.addAttribute("statusKey", licence.statusOn(today()).messageKey());
    model.addAttribute("uses", licences.uses(licence.number()));
    model.addAttribute("history", licences.history(licence.number()));
    model.addAttribute("verificationUrl", issuer.verificationUrl(licence));
    return "licence/licence";
  }

  @GetMapping("/me/licences/{number}/licence.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String number) {
    Licence licence = own(number);
    byte[] pdf = LicencePdf.render(licence, issuer.verificationUrl(licence), issuer.did(), messages);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("licence-" + licence.number() + ".pdf").build().toString())
        .body(pdf);
  }

  @GetMapping("/me/licences/{number}/qr.png")
  ResponseEntity<byte[]> qr(@PathVariable String number) {
    Licence licence = own(number);
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
        .body(QrCodes.png(issuer.verificationUrl(licence), 6));
  }

  private Licence own(String number) {
    Applicant applicant = CurrentUser.applicant().orElseThrow();
    return LicenceNumber.parse(number)
        .flatMap(licences::find)
        .filter(l -> l.heldBy(kind(applicant), identifier(applicant)))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
  }

  static HolderKind kind(Applicant applicant) {
    return applicant.actsForEnterprise() ? HolderKind.ENTERPRISE : HolderKind.PERSON;
  }

  static String identifier(Applicant applicant) {
    return applicant.actsForEnterprise() ? java.util.Objects.requireNonNull(applicant.creditCode()) : applicant.idNumber();
  }
}
