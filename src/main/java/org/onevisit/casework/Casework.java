package org.onevisit.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Answers;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;

/**
 * 办件: the applicant's side (drafts, one submission, supplying what was asked) and the accepting hall's
 * (受理, 不予受理, 一次性告知). A case's items go to the back office when it is accepted, by event, so
 * neither a submission nor an acceptance waits for the process engine. Every call checks who asks: an
 * applicant reaches only his own drafts and cases ({@link CaseworkException.Reason#NOT_FOUND} otherwise),
 * a clerk only cases of his region.
 */
public interface Casework {

  /**
   * Opens a draft of an item or bundle for the applicant with his situation answers, handled in
   * {@code region} (the county or township where he applies).
   *
   * @throws org.onevisit.catalog.InvalidAnswers when the answers do not give a guide
   * @throws CaseworkException NOT_FOUND when the item or bundle is not published
   */
  UUID startDraft(Applicant applicant, Subject subject, Answers answers, RegionCode region, String actor);

  /**
   * 代办: a window clerk (any item, for the citizen in front of him, within his region) or a village agent
   * (only with the citizen's valid {@link Authorisation}) opens a draft for a citizen identified by ID
   * number and name, which must match the population register. The draft then belongs to the citizen (he sees it
   * and its case) and is filled through {@link #onBehalf}.
   *
   * @throws CaseworkException FORBIDDEN for other roles, a region outside the staff member's, or an agent
   *     without authorisation; NOT_FOUND when ID number and name do not match a registered resident
   */
  UUID startDraftOnBehalf(StaffMember staff, org.onevisit.identity.IdNumber citizen, String name, Subject subject,
      Answers answers, RegionCode region);

  /**
   * The applicant of a draft that this staff member opened on his behalf, to fill and submit it through the
   * applicant's methods. @throws CaseworkException NOT_FOUND for any other draft
   */
  Applicant onBehalf(UUID id, StaffMember staff);

  /** Records the citizen's authorisation of a village agent (by staff username) until a day (at most a year). */
  Authorisation authorise(Applicant citizen, String agentUsername, java.time.LocalDate validUntil);

  /** Ends an authorisation at once. @throws CaseworkException NOT_FOUND for someone else's */
  void revokeAuthorisation(Applicant citizen, long id);

  /** The citizen's authorisations, newest first. */
  List<Authorisation> authorisations(Applicant citizen);

  /** The applicant's draft or submitted application. */
  Application application(UUID id, Applicant applicant);

  /**
   * The applicant's draft as he fills it: pre-filled fields with their source and date, the fields he types,
   * and how each material is satisfied (licence, shared data, another item's result, upload).
   */
  ApplicationForm form(UUID id, Applicant applicant);

  /** The form of a case as staff of its region see it. @throws CaseworkException NOT_FOUND, FORBIDDEN */
  ApplicationForm form(CaseNumber number, StaffMember staff);

  /** The personalised guide of the applicant's draft: the fields he types, the materials he brings. */
  org.onevisit.catalog.Guide guide(UUID id, Applicant applicant);

  /** Keeps what the applicant typed and which materials he provided; the draft stays a draft. */
  void fill(UUID id, Applicant applicant, Map<String, String> values, Set<String> provided);

  /**
   * 提交: turns the draft into a case, once. A second call for the same draft (a double click, a retried
   * request) returns the same case number and changes nothing.
   *
   * @throws CaseworkException INCOMPLETE with every missing field and material, the draft kept
   */
  CaseNumber submit(UUID id, Applicant applicant);

  /**
   * The ways the draft's results can reach the applicant when he applies online (网上办结, 窗口领取, 快递送达),
   * from the bundle's delivery plan or the item's methods; collecting at the window when none is online.
   */
  List<org.onevisit.catalog.DeliveryMethod> deliveryOptions(UUID id, Applicant applicant);

  /**
   * Records how the applicant wants the results; an address is required for the courier (at most 200 characters).
   *
   * @throws IllegalArgumentException for a method not offered or a missing address
   */
  void chooseDelivery(UUID id, Applicant applicant, org.onevisit.catalog.DeliveryMethod method,
      @Nullable String address);

  /**
   * 撤回: the applicant withdraws his case while it is submitted or accepted; its back office stops.
   *
   * @throws CaseworkException NOT_FOUND, WRONG_STATE once it is completed, refused or withdrawn
   */
  void withdraw(CaseNumber number, Applicant applicant, String reason);

  /** Materials, licences, delivery and notices of the applicant's case. */
  CaseDetails details(CaseNumber number, Applicant applicant);

  /** The same for staff of the case's region. */
  CaseDetails details(CaseNumber number, StaffMember staff);

  /** The applicant's case, with its items, deadline, supplement notices and steps. */
  CaseView view(CaseNumber number, Applicant applicant);

  /** The applicant's cases, newest first. */
  List<CaseView> cases(Applicant applicant);

  /** 受理. Sends {@link CaseAccepted}. */
  void accept(CaseNumber number, StaffMember clerk);

  /** 不予受理, with the legal reason the applicant reads. */
  void refuse(CaseNumber number, StaffMember clerk, String reason);

  /**
   * 一次性告知: asks for everything missing at once and stops the clock. A second notice for the same case
   * needs a supervisor's approval ({@code approvedBy}, a SUPERVISOR of the region) and counts as a defect.
   *
   * @throws CaseworkException SUPPLEMENT_PENDING while a notice is open, SECOND_NOTICE_NEEDS_APPROVAL
   */
  void requestSupplement(CaseNumber number, StaffMember clerk, List<String> missing,
      @Nullable StaffMember approvedBy);

  /**
   * 补正: the applicant supplies what was asked; the clock resumes.
   *
   * @throws CaseworkException NOTHING_ASKED when no notice is open
   */
  void supply(CaseNumber number, Applicant applicant, Map<String, String> values, Set<String> provided);

  /**
   * A case as staff of its region see it (window clerks, approvers, supervisors).
   *
   * @throws CaseworkException NOT_FOUND, or FORBIDDEN outside the staff member's region
   */
  CaseView view(CaseNumber number, StaffMember staff);

  /** 督办: accepted cases of the supervisor's region due within a working day or overdue, most urgent first. */
  List<CaseView> supervision(StaffMember supervisor);

  /** Cases waiting for acceptance or supplement in the clerk's region, oldest first. */
  List<CaseView> acceptanceQueue(StaffMember clerk);

  /** What a draft or case is about. */
  record Subject(Kind kind, String code) {
    public enum Kind {
      ITEM,
      BUNDLE
    }

    public static Subject item(String code) {
      return new Subject(Kind.ITEM, code);
    }

    public static Subject bundle(String code) {
      return new Subject(Kind.BUNDLE, code);
    }
  }
}
