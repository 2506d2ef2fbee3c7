Feature: Trusted assessment: accepted, or challenged with a reason
  One best-placed assessor assesses the person on behalf of every discipline. Another
  discipline either accepts that assessment as its own, or challenges it, saying what is
  wrong; the assessor then revises it. Nobody silently re-assesses, and nobody reviews their
  own discipline's assessment.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00 after
  a fall without serious injury.

  Background:
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received
    And the community physiotherapist completes the trusted assessment with:
      | detail                 | value                                   |
      | mobility and falls     | Unsteady on stairs; no injury from fall |
      | clinical frailty scale | 5                                       |

  Scenario: Another discipline accepts the assessment as its own
    When the district nurse accepts the trusted assessment
    Then the trusted assessment is accepted by the district nurse
    And the trusted assessment has 1 version, all by the community physiotherapist

  Scenario: Another discipline challenges the assessment with a reason, and the assessor revises it
    When the occupational therapist challenges the trusted assessment because the home environment does not mention the steep back step
    Then the community physiotherapist is asked to revise the trusted assessment because the home environment does not mention the steep back step
    When the community physiotherapist revises the trusted assessment with:
      | detail           | value                                       |
      | home environment | Steep back step; grab rail to be fitted     |
    Then the trusted assessment has 2 versions, all by the community physiotherapist

  Scenario: A challenge must say what is wrong
    When the occupational therapist tries to challenge the trusted assessment without a reason
    Then it is refused because the reason is not recorded

  Scenario: The assessor's own discipline cannot review the assessment
    When the community physiotherapist tries to accept the trusted assessment
    Then it is refused because another discipline must review the assessment

  Scenario: While a challenge awaits the revision, nobody can accept the assessment
    When the occupational therapist challenges the trusted assessment because cognition was not assessed
    And the district nurse tries to accept the trusted assessment
    Then it is refused because the assessment is challenged and awaits its revision
