Feature: Which cases go to the MDT huddle
  After the trusted assessment, cases at risk of a crisis becoming an admission are reviewed
  at the multi-disciplinary team's huddle: frailty (Clinical Frailty Scale 5 or more) with a
  tipping point (self-neglect, a carer in crisis, several long-term conditions), complex
  end-of-life care, repeated crises, a recent admission or discharge, or high use of services.
  Other cases stay with the assessor, who plans any handover. A 2-hour case is reviewed by
  the next day; the coordinator is alerted if the review is overdue.

  Unless a scenario says otherwise, the person is 75, lives in their own home, has a NEWS2
  score of 1 and was referred by their GP at 11:00 after a fall without serious injury.

  Background:
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received

  Scenario Outline: The assessment's findings select the case for the MDT huddle
    When the community physiotherapist completes the trusted assessment with:
      | detail                 | value     |
      | clinical frailty scale | <frailty> |
      | <finding>              | <answer>  |
    Then the case goes to the MDT huddle because of <reason>
    And the MDT review is due within 1 day

    Examples:
      | frailty | finding                    | answer | reason                                 |
      | 4       | complex end-of-life care   | yes    | complex end-of-life care               |
      | 7       | self-neglect               | yes    | severe frailty with a tipping point    |
      | 8       | carer crisis               | yes    | severe frailty with a tipping point    |
      | 5       | carer crisis               | yes    | frailty with a tipping point           |
      | 6       | multimorbidity             | yes    | frailty with a tipping point           |
      | 3       | crises in the last 90 days | 2      | repeated crises                        |
      | 3       | recent discharge           | yes    | recent admission or discharge          |
      | 3       | recent admission           | yes    | recent admission or discharge          |
      | 3       | high service use           | yes    | high service use                       |

  Scenario Outline: Cases without a selection criterion stay with the assessor
    When the community physiotherapist completes the trusted assessment with:
      | detail                 | value     |
      | clinical frailty scale | <frailty> |
      | <finding>              | <answer>  |
    Then the case does not go to the MDT huddle
    And the handover plan is offered to the community physiotherapist

    Examples:
      | frailty | finding                    | answer |
      | 4       | self-neglect               | yes    |
      | 7       | self-neglect               | no     |
      | 3       | crises in the last 90 days | 1      |

  Scenario: The coordinator is alerted when the MDT review is overdue
    When the community physiotherapist completes the trusted assessment with:
      | detail                   | value |
      | complex end-of-life care | yes   |
    And 23 hours pass
    Then nobody is alerted that the MDT review is overdue
    When 1 hour passes
    Then the coordinator is alerted that the MDT review is overdue
    And the MDT review is offered to the MDT
