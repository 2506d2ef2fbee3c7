Feature: The 2-hour crisis response and what happens when nobody starts the assessment
  A UCR referral must be assessed at home within 2 hours. If the best-placed assessor has not
  completed the assessment when the 2 hours pass, the duty coordinator is alerted, and the
  assessor can still go. If it has still not been done an hour after that (3 hours from
  referral), the coordinator takes the case over, arranges the assessment, and it is offered
  again with a fresh 2-hour window.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00.

  Background:
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received

  Scenario: An assessment done within 2 hours raises no alert
    When 1 hour and 30 minutes pass
    And the community physiotherapist completes the trusted assessment
    And 2 hours pass
    Then nobody is alerted that the assessment has not started
    And the handover plan is offered to the community physiotherapist

  Scenario: Nobody is alerted a minute before the 2 hours pass
    When 1 hour and 59 minutes pass
    Then nobody is alerted that the assessment has not started
    And the trusted assessment is offered to the community physiotherapist

  Scenario: The coordinator is alerted when 2 hours pass and the assessor can still go
    When 2 hours pass
    Then the coordinator is alerted that the assessment has not started
    And the trusted assessment is offered to the community physiotherapist

  Scenario: The assessor can still complete the assessment after the alert
    When 2 hours and 30 minutes pass
    And the community physiotherapist completes the trusted assessment
    And 1 hour passes
    Then the handover plan is offered to the community physiotherapist
    And no one is offered the escalated assessment

  Scenario: The case stays with the assessor until the escalation time
    When 2 hours and 59 minutes pass
    Then the trusted assessment is offered to the community physiotherapist
    And no one is offered the escalated assessment

  Scenario: The coordinator takes the case over at 3 hours
    When 3 hours pass
    Then the coordinator takes the case over

  Scenario: After the coordinator arranges it, the assessment is offered again with a fresh 2 hours
    When 3 hours pass
    And the coordinator completes the escalated assessment
    Then the trusted assessment is offered to the community physiotherapist
    And the trusted assessment is due within 2 hours
