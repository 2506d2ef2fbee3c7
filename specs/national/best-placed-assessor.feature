Feature: Routing each referral to the best-placed assessor
  Every referral is triaged to the one professional best placed to assess the person on
  behalf of every discipline (a trusted assessment). Urgent community response (UCR) covers
  the nine clinical conditions NHS England lists; each goes to the discipline below, who must
  respond within 2 hours.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00 on a
  weekday, inside UCR hours (08:00 to 20:00).

  Scenario Outline: Each of the nine UCR conditions goes to its best-placed assessor within 2 hours
    Given a referral to the national service
    And the referral says:
      | detail          | value       |
      | presenting need | <condition> |
    When the referral is received
    Then the referral stays in community care
    And the trusted assessment is offered to the <assessor>
    And the trusted assessment is due within 2 hours
    And the response standard is 2-hour

    Examples:
      | condition                         | assessor                         |
      | a fall without serious injury     | community physiotherapist        |
      | decompensation of frailty         | advanced clinical practitioner   |
      | reduced function or mobility      | community physiotherapist        |
      | a palliative or end-of-life crisis | specialist palliative care nurse |
      | urgent equipment                  | occupational therapist           |
      | confusion or delirium             | advanced clinical practitioner   |
      | urgent catheter care              | district nurse                   |
      | urgent support for diabetes       | district nurse                   |
      | unpaid carer breakdown            | social worker                    |

  Scenario Outline: Higher-risk presentations that stay in the community go to an advanced clinical practitioner
    Given a referral to the national service
    And the referral says:
      | detail          | value    |
      | presenting need | <need>   |
      | <detail>        | <value>  |
    When the referral is received
    Then the referral stays in community care
    And the trusted assessment is offered to the advanced clinical practitioner
    And the trusted assessment is due within 2 hours

    Examples:
      | need                          | detail                   | value |
      | a fall without serious injury | long lie                 | yes   |
      | a fall without serious injury | head injury              | yes   |
      | urgent equipment              | NEWS2 score              | 5     |
      | urgent catheter care          | NEWS2 score              | 6     |
      | unpaid carer breakdown        | NEWS2 3 in one parameter | yes   |

  Scenario Outline: Referrals outside UCR hours go to the overnight crisis response nurse, still within 2 hours
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | referred at     | <time>                        |
    When the referral is received
    Then the trusted assessment is offered to the <assessor>
    And the trusted assessment is due within 2 hours

    Examples:
      | time  | assessor                  |
      | 07:00 | crisis response nurse     |
      | 08:00 | community physiotherapist |
      | 19:00 | community physiotherapist |
      | 20:00 | crisis response nurse     |
      | 23:00 | crisis response nurse     |

  Scenario: A referral with no urgent need is assessed routinely within 7 days
    Given a referral to the national service
    And the referral says:
      | detail          | value        |
      | presenting need | another need |
    When the referral is received
    Then the trusted assessment is offered to the coordinator
    And the trusted assessment is due within 7 days
    And the response standard is routine
    And the triage decision follows national policy
