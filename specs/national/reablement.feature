Feature: The 2-day reablement standard
  Reduced function with potential to regain independence is not a crisis when the person is
  otherwise stable and supported: an occupational therapist assesses within 2 days, the
  national reablement standard. The coordinator is alerted when the 2 days pass and takes
  the case over after 3 days.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00.

  Scenario Outline: Reablement potential with support at home is assessed within 2 days
    Given a referral to the national service
    And the referral says:
      | detail               | value  |
      | presenting need      | <need> |
      | reablement potential | yes    |
    When the referral is received
    Then the trusted assessment is offered to the occupational therapist
    And the trusted assessment is due within 2 days
    And the response standard is 2-day

    Examples:
      | need                         |
      | reduced function or mobility |
      | another need                 |

  Scenario Outline: Reablement waits for a crisis response when the person is not stable or not supported
    Given a referral to the national service
    And the referral says:
      | detail               | value                        |
      | presenting need      | reduced function or mobility |
      | reablement potential | yes                          |
      | <detail>             | <value>                      |
    When the referral is received
    Then the trusted assessment is offered to the <assessor>
    And the response standard is 2-hour

    Examples:
      | detail       | value     | assessor                       |
      | NEWS2 score  | 5         | advanced clinical practitioner |
      | carer status | breakdown | community physiotherapist      |

  Scenario: Reduced function without reablement potential is a 2-hour crisis response
    Given a referral to the national service
    And the referral says:
      | detail               | value                        |
      | presenting need      | reduced function or mobility |
      | reablement potential | no                           |
    When the referral is received
    Then the trusted assessment is offered to the community physiotherapist
    And the response standard is 2-hour

  Scenario: The coordinator is alerted when the 2 days pass and takes over after 3
    Given a referral to the national service
    And the referral says:
      | detail               | value                        |
      | presenting need      | reduced function or mobility |
      | reablement potential | yes                          |
    When the referral is received
    And 1 day and 23 hours pass
    Then nobody is alerted that the assessment has not started
    When 1 hour passes
    Then the coordinator is alerted that the assessment has not started
    And the trusted assessment is offered to the occupational therapist
    When 1 day passes
    Then the coordinator takes the case over
