Feature: Referrals that are not for community care
  Some referrals are emergencies or belong to a specialist pathway. Triage takes them out of
  community care at once and asks the coordinator to redirect them (999, the emergency
  department, or the right specialist service). No locality can route these anywhere else.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00.

  Scenario Outline: Emergencies and specialist needs are redirected by the coordinator
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | <detail>        | <value>                       |
    When the referral is received
    Then the referral is redirected out of community care: <reason>
    And the redirection to 999 or ED is offered to the coordinator
    And the redirection to 999 or ED is due within <within>
    And no one is offered the trusted assessment

    Examples:
      | detail                | value | reason                | within     |
      | NEWS2 score           | 7     | NEWS2 7 or more       | 15 minutes |
      | NEWS2 score           | 9     | NEWS2 7 or more       | 15 minutes |
      | suspected sepsis      | yes   | suspected sepsis      | 15 minutes |
      | suspected stroke      | yes   | suspected stroke      | 15 minutes |
      | suspected fracture    | yes   | suspected fracture    | 15 minutes |
      | loss of consciousness | yes   | loss of consciousness | 15 minutes |
      | age                   | 16    | under 18              | 1 hour     |
      | mental health crisis  | yes   | mental health crisis  | 1 hour     |

  Scenario: A head injury in someone taking anticoagulants needs a scan in the emergency department
    Given a referral to the national service
    And the referral says:
      | detail            | value                         |
      | presenting need   | a fall without serious injury |
      | head injury       | yes                           |
      | on anticoagulants | yes                           |
    When the referral is received
    Then the referral is redirected out of community care: head injury on anticoagulants
    And the redirection to 999 or ED is offered to the coordinator

  Scenario: A NEWS2 score of 6 stays in the community with an urgent response
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
      | NEWS2 score     | 6                             |
    When the referral is received
    Then the referral stays in community care
    And the trusted assessment is offered to the advanced clinical practitioner

  Scenario: Once redirected, the case ends when the coordinator has handed it on
    Given a referral to the national service
    And the referral says:
      | detail             | value                         |
      | presenting need    | a fall without serious injury |
      | suspected fracture | yes                           |
    When the referral is received
    And the coordinator completes the redirection to 999 or ED
    Then the case is closed
