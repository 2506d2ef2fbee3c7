Feature: Riverside: the housing officer in the MDT
  Riverside's MDT includes a housing officer, and it differs from national policy in two ways:
  - a housing need with no urgent clinical need goes to the housing officer, who assesses
    within 2 days;
  - for someone with frailty (Clinical Frailty Scale 5 or more), a housing need is a tipping
    point that takes the case to the MDT huddle.

  Everything else follows national policy.

  Unless a scenario says otherwise, the person is 75, lives in their own home, has a NEWS2
  score of 1 and was referred by their GP at 11:00.

  Scenario: A housing need with no urgent clinical need goes to the housing officer within 2 days
    Given a referral to the Riverside service
    And the referral says:
      | detail          | value        |
      | presenting need | another need |
      | housing need    | yes          |
    When the referral is received
    Then the trusted assessment is offered to the housing officer
    And the trusted assessment is due within 2 days
    And the response standard is 2-day
    And the triage decision follows Riverside's own rule

  Scenario: A housing need alongside a UCR condition still gets the national 2-hour response
    Given a referral to the Riverside service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | housing need    | yes                           |
    When the referral is received
    Then the trusted assessment is offered to the community physiotherapist
    And the trusted assessment is due within 2 hours
    And the triage decision follows national policy

  Scenario Outline: With frailty, a housing need takes the case to the MDT huddle
    Given a referral to the Riverside service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | housing need    | yes                           |
    When the referral is received
    And the community physiotherapist completes the trusted assessment with:
      | detail                 | value     |
      | clinical frailty scale | <frailty> |
    Then the case goes to the MDT huddle because of frailty with a housing need
    And the MDT selection decision follows Riverside's own rule

    Examples:
      | frailty |
      | 5       |
      | 7       |

  Scenario: Without frailty, a housing need alone does not take the case to the MDT huddle
    Given a referral to the Riverside service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | housing need    | yes                           |
    When the referral is received
    And the community physiotherapist completes the trusted assessment with:
      | detail                 | value |
      | clinical frailty scale | 4     |
    Then the case does not go to the MDT huddle
    And the MDT selection decision follows national policy

  Scenario: National MDT selection still applies where Riverside adds nothing
    Given a referral to the Riverside service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received
    And the community physiotherapist completes the trusted assessment with:
      | detail                   | value |
      | complex end-of-life care | yes   |
    Then the case goes to the MDT huddle because of complex end-of-life care
    And the MDT selection decision follows national policy
