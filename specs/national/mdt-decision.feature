Feature: What an MDT decision must record
  When the MDT huddle reviews a case, its decision records how the person and their carers took
  part, the options discussed and what was decided. Where the person chooses to live with a
  risk (positive risk-taking), the decision records the risk, the mitigation agreed and the
  person's choice in their own words. A decision missing any of these is refused.
  Each action the MDT agrees becomes a task for the discipline that owns it, due when the MDT
  said. The actions run beside the handover plan; the case closes only once every one is done.

  Unless a scenario says otherwise, the person is 75, lives in their own home, has a NEWS2
  score of 1 and was referred by their GP at 11:00 after a fall; the assessment found
  frailty (Clinical Frailty Scale 6) with self-neglect, which takes the case to the huddle.

  Background:
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received
    And the community physiotherapist completes the trusted assessment with:
      | detail                 | value |
      | clinical frailty scale | 6     |
      | self-neglect           | yes   |

  Scenario: A complete decision with positive risk-taking moves the case on to the handover plan
    When the MDT completes the MDT review with:
      | detail                 | value                                                  |
      | the person's involvement | present                                              |
      | carers' involvement    | consulted                                              |
      | decision               | Stay at home with daily visits for two weeks           |
      | risk accepted          | yes                                                    |
      | risk taken             | Further falls when alone at night                      |
      | mitigation agreed      | Pendant alarm and a night-time check call              |
      | the person's choice    | I want to stay in my own home, even if I might fall    |
    Then the handover plan is offered to the community physiotherapist
    And the case records MDT decision as Stay at home with daily visits for two weeks

  Scenario: Each action the MDT agrees is a task for its owner, due when the MDT said
    When the MDT completes the MDT review with:
      | detail                   | value                                        |
      | the person's involvement | present                                      |
      | carers' involvement      | consulted                                    |
      | decision                 | Stay at home with daily visits for two weeks |
      | action                   | Medication review                            |
      | action owner             | district nurse                               |
      | action due in            | 2 days                                       |
    Then the MDT action is offered to the district nurse
    And the MDT action is due within 2 days
    And the handover plan is offered to the community physiotherapist

  Scenario: The case closes only once every MDT action is done
    When the MDT completes the MDT review with:
      | detail                   | value                                        |
      | the person's involvement | present                                      |
      | carers' involvement      | consulted                                    |
      | decision                 | Stay at home with daily visits for two weeks |
      | action                   | Medication review                            |
      | action owner             | district nurse                               |
      | action due in            | 2 days                                       |
    And the community physiotherapist completes the handover plan with:
      | detail            | value |
      | handover required | no    |
    Then no one is offered the closure
    When the district nurse completes the MDT action
    Then the closure is offered to the community physiotherapist

  Scenario Outline: A decision that leaves out how the person or their carers took part is refused
    When the MDT tries to complete the MDT review with:
      | detail                   | value                                        |
      | the person's involvement | <person>                                     |
      | carers' involvement      | <carers>                                     |
      | decision                 | Stay at home with daily visits for two weeks |
    Then it is refused because the <missing> is not recorded
    And the MDT review is offered to the MDT

    Examples:
      | person     | carers     | missing                  |
      | none given | consulted  | the person's involvement |
      | present    | none given | carers' involvement      |

  Scenario: Accepting a risk without recording the person's choice is refused
    When the MDT tries to complete the MDT review with:
      | detail                   | value                                        |
      | the person's involvement | present                                      |
      | carers' involvement      | no carers                                    |
      | decision                 | Stay at home with daily visits for two weeks |
      | risk accepted            | yes                                          |
      | risk taken               | Further falls when alone at night            |
      | mitigation agreed        | Pendant alarm                                |
    Then it is refused because the positive risk-taking is not recorded
    And the MDT review is offered to the MDT

  Scenario: A decision must say what was decided
    When the MDT tries to complete the MDT review with:
      | detail                   | value     |
      | the person's involvement | consulted |
      | carers' involvement      | present   |
    Then it is refused because the decision is not recorded
