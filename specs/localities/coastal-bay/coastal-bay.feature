Feature: Coastal Bay: care home residents are seen at the weekly care home MDT round
  Coastal Bay differs from national policy for people living in a care home: instead of a
  2-hour response they are seen at the care home's weekly MDT round, within 7 days. The
  coordinator is alerted if a resident has not been seen within 7 days and takes the case
  over after 8 days.

  This does not apply to emergencies, specialist needs or a NEWS2 score of 5 or more, which
  keep the national urgent response, nor to a palliative or end-of-life crisis, which keeps the
  specialist palliative care nurse. People in their own homes follow national policy.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  has a NEWS2 score of 1 and was referred at 11:00.

  Scenario Outline: A care home resident is seen at the weekly care home MDT round within 7 days
    Given a referral to the Coastal Bay service
    And the referral says:
      | detail          | value     |
      | presenting need | <need>    |
      | lives in        | care home |
    When the referral is received
    Then the trusted assessment is offered to the care home MDT
    And the trusted assessment is due within 7 days
    And the response standard is routine
    And the triage decision follows Coastal Bay's own rule

    Examples:
      | need                          |
      | a fall without serious injury |
      | confusion or delirium         |
      | urgent catheter care          |

  Scenario: The care home round is escalated on Coastal Bay's timescale
    Given a referral to the Coastal Bay service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | lives in        | care home                     |
    When the referral is received
    Then the escalation decision follows Coastal Bay's own rule
    When 7 days pass
    Then the coordinator is alerted that the assessment has not started
    And the trusted assessment is offered to the care home MDT
    When 23 hours pass
    Then the trusted assessment is offered to the care home MDT
    When 1 hour passes
    Then the coordinator takes the case over

  Scenario Outline: Care home residents keep the national urgent response for red flags, NEWS2 5 or more and palliative crises
    Given a referral to the Coastal Bay service
    And the referral says:
      | detail          | value     |
      | presenting need | <need>    |
      | lives in        | care home |
      | <detail>        | <value>   |
    When the referral is received
    Then the trusted assessment is offered to the <assessor>
    And the trusted assessment is due within 2 hours
    And the triage decision follows national policy

    Examples:
      | need                               | detail      | value | assessor                         |
      | a fall without serious injury      | NEWS2 score | 5     | advanced clinical practitioner   |
      | a fall without serious injury      | head injury | yes   | advanced clinical practitioner   |
      | a palliative or end-of-life crisis | age         | 90    | specialist palliative care nurse |

  Scenario: A care home resident with a suspected fracture is redirected as national policy says
    Given a referral to the Coastal Bay service
    And the referral says:
      | detail             | value                         |
      | presenting need    | a fall without serious injury |
      | lives in           | care home                     |
      | suspected fracture | yes                           |
    When the referral is received
    Then the referral is redirected out of community care: suspected fracture

  Scenario: Someone in their own home gets the national 2-hour response
    Given a referral to the Coastal Bay service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | lives in        | own home                      |
    When the referral is received
    Then the trusted assessment is offered to the community physiotherapist
    And the trusted assessment is due within 2 hours
    And the triage decision follows national policy
    And the escalation decision follows national policy
