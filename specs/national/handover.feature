Feature: Handing care over to another service
  When the assessor (after any MDT review) plans a handover, the receiving service must accept
  it before the case can close. Whichever comes first decides: the service accepts, the service
  declines (and the assessor plans again), or the acceptance window (1 hour for a 2-hour case,
  1 day for a 2-day case) passes with no answer. Then the request lapses: the coordinator is
  alerted to chase the service, and the assessor plans the handover again, which may ask the
  same service once more. An answer that comes after the window is not recorded against the
  lapsed request.

  Unless a scenario says otherwise, the person is 75, mildly frail (Clinical Frailty Scale 5),
  lives in their own home, has a NEWS2 score of 1 and was referred by their GP at 11:00 after
  a fall without serious injury, and the assessment found nothing that needs the MDT huddle.

  Background:
    Given a referral to the national service
    And the referral says:
      | detail          | value                         |
      | presenting need | a fall without serious injury |
    When the referral is received
    And the community physiotherapist completes the trusted assessment

  Scenario: An accepted handover lets the assessor close the case
    When the community physiotherapist completes the handover plan with:
      | detail            | value       |
      | handover required | yes         |
      | receiving service | reablement  |
    And the receiving service accepts the handover
    Then the closure is offered to the community physiotherapist
    And nobody is alerted that the handover has not been accepted

  Scenario: A declined handover goes back to the assessor to plan again
    When the community physiotherapist completes the handover plan with:
      | detail            | value      |
      | handover required | yes        |
      | receiving service | reablement |
    And the receiving service declines the handover because the reablement team is full this week
    Then the handover plan is offered to the community physiotherapist
    And no one is offered the closure
    And the case records decline reason as the reablement team is full this week

  Scenario: The case cannot close while the handover waits for an answer
    When the community physiotherapist completes the handover plan with:
      | detail            | value      |
      | handover required | yes        |
      | receiving service | reablement |
    Then no one is offered the closure
    And the case is still open

  Scenario: The request lapses when the receiving service has not answered within the window
    When the community physiotherapist completes the handover plan with:
      | detail            | value      |
      | handover required | yes        |
      | receiving service | reablement |
    And 59 minutes pass
    Then nobody is alerted that the handover has not been accepted
    When 1 minute passes
    Then the coordinator is alerted that the handover has not been accepted
    And no one is offered the closure
    When the receiving service tries to accept the handover
    Then it is refused because the window for an answer has passed

  Scenario: After chasing a lapsed request the assessor plans the handover again
    When the community physiotherapist completes the handover plan with:
      | detail            | value      |
      | handover required | yes        |
      | receiving service | reablement |
    And 1 hour passes
    And the coordinator completes the chase of the handover with:
      | detail       | value                                      |
      | action taken | Phoned reablement: they can start tomorrow |
    Then the handover plan is offered to the community physiotherapist
    When the community physiotherapist completes the handover plan with:
      | detail            | value      |
      | handover required | yes        |
      | receiving service | reablement |
    And the receiving service accepts the handover
    Then the closure is offered to the community physiotherapist

  Scenario: No handover needed: the assessor closes the case
    When the community physiotherapist completes the handover plan with:
      | detail            | value |
      | handover required | no    |
    Then the closure is offered to the community physiotherapist
