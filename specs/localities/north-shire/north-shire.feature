Feature: North Shire: UCR takes Clinical Frailty Scale 4 to 9 only
  North Shire differs from national policy in one way: its urgent community response accepts
  people whose Clinical Frailty Scale is 4 to 9. People scoring 1 to 3 (very fit to managing
  well) are referred to their GP for a routine review within 7 days instead.

  Everything else follows national policy, including every emergency and specialist
  redirection, which no locality can change.

  Unless a scenario says otherwise, the person is 75, lives in their own home, has a NEWS2
  score of 1 and was referred by their GP at 11:00 after a fall without serious injury.

  Scenario Outline: People scoring 1 to 3 go to their GP for a routine review
    Given a referral to the North Shire service
    And the referral says:
      | detail                 | value                         |
      | presenting need        | a fall without serious injury |
      | clinical frailty scale | <frailty>                     |
    When the referral is received
    Then the trusted assessment is offered to the GP
    And the trusted assessment is due within 7 days
    And the response standard is routine
    And the triage decision follows North Shire's own rule

    Examples:
      | frailty |
      | 1       |
      | 2       |
      | 3       |

  Scenario Outline: From a score of 4 the national 2-hour response applies
    Given a referral to the North Shire service
    And the referral says:
      | detail                 | value                         |
      | presenting need        | a fall without serious injury |
      | clinical frailty scale | <frailty>                     |
    When the referral is received
    Then the trusted assessment is offered to the community physiotherapist
    And the trusted assessment is due within 2 hours
    And the triage decision follows national policy

    Examples:
      | frailty |
      | 4       |
      | 6       |
      | 9       |

  Scenario: A fit person with a suspected fracture is still redirected as national policy says
    Given a referral to the North Shire service
    And the referral says:
      | detail                 | value                         |
      | presenting need        | a fall without serious injury |
      | clinical frailty scale | 2                             |
      | suspected fracture     | yes                           |
    When the referral is received
    Then the referral is redirected out of community care: suspected fracture
    And the triage decision follows national policy

  Scenario: A fit person's routine GP review is escalated on the national routine timescale
    Given a referral to the North Shire service
    And the referral says:
      | detail                 | value                         |
      | presenting need        | a fall without serious injury |
      | clinical frailty scale | 2                             |
    When the referral is received
    And 7 days pass
    Then the coordinator is alerted that the assessment has not started
    And the escalation decision follows national policy
