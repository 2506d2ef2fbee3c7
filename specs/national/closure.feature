Feature: Closing a case with an outcome
  Every case closes with an outcome, so commissioners can see what the service achieved:
  admission avoided, admitted, died in their preferred place, referred on, or declined by the
  person. An admission must say why, for learning. A case that was redirected to an emergency
  service closes when the coordinator has handed it on.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00 after
  a fall without serious injury, and the assessment found nothing that needs the MDT huddle.

  Background:
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received
    And the community physiotherapist completes the trusted assessment
    And the community physiotherapist completes the handover plan with:
      | detail            | value |
      | handover required | no    |

  Scenario Outline: The assessor closes the case with its outcome
    When the community physiotherapist completes the closure with:
      | detail  | value     |
      | outcome | <outcome> |
      | reason  | <reason>  |
    Then the case is closed with the outcome <outcome>

    Examples:
      | outcome            | reason                                   |
      | admission avoided  | none given                               |
      | referred on        | none given                               |
      | declined by person | none given                               |
      | admitted           | Chest infection needing intravenous antibiotics |

  Scenario: An admission without a reason is refused and the case stays open
    When the community physiotherapist tries to complete the closure with:
      | detail  | value    |
      | outcome | admitted |
    Then it is refused because the reason is not recorded
    And the case is still open
    And the closure is offered to the community physiotherapist

  Scenario: A case cannot close without an outcome
    When the community physiotherapist tries to complete the closure with:
      | detail | value      |
      | reason | Not stated |
    Then it is refused because the outcome is not recorded
    And the case is still open
