Feature: End-of-life care where the person is the decision-maker
  Near the end of life the person's own plan leads. A palliative or end-of-life crisis goes to
  the specialist palliative care nurse, on call around the clock, within 2 hours, even when
  observations would otherwise mean an emergency response. Complex end-of-life care is
  reviewed by the MDT, which records the person's choice, and the case can close with the
  person dying in their preferred place.

  Unless a scenario says otherwise, the person is 75, lives in their own home, has a NEWS2
  score of 1 and was referred by their GP at 11:00.

  Scenario Outline: A palliative crisis keeps the specialist palliative care nurse
    Given a referral to the national service
    And the referral says:
      | detail          | value                              |
      | presenting need | a palliative or end-of-life crisis |
      | near end of life | yes                               |
      | <detail>        | <value>                            |
    When the referral is received
    Then the referral stays in community care
    And the trusted assessment is offered to the specialist palliative care nurse
    And the trusted assessment is due within 2 hours

    Examples:
      | detail           | value |
      | NEWS2 score      | 7     |
      | NEWS2 score      | 5     |
      | suspected sepsis | yes   |
      | referred at      | 23:00 |

  Scenario: The person's choice leads from the MDT to closure in their preferred place
    Given a referral to the national service
    And the referral says:
      | detail           | value                              |
      | presenting need  | a palliative or end-of-life crisis |
      | near end of life | yes                                |
    When the referral is received
    And the specialist palliative care nurse completes the trusted assessment with:
      | detail                         | value                                     |
      | complex end-of-life care       | yes                                       |
      | what matters to the person     | To die at home with my family around me   |
    Then the case goes to the MDT huddle because of complex end-of-life care
    When the MDT completes the MDT review with:
      | detail                   | value                                              |
      | the person's involvement | present                                            |
      | carers' involvement      | present                                            |
      | decision                 | Care at home with hospice at home support          |
      | risk accepted            | yes                                                |
      | risk taken               | Symptoms may escalate out of hours                 |
      | mitigation agreed        | Anticipatory medicines in the home; on-call nurse  |
      | the person's choice      | I do not want to go back into hospital             |
    And the specialist palliative care nurse completes the handover plan with:
      | detail            | value           |
      | handover required | yes             |
      | receiving service | hospice at home |
    And the receiving service accepts the handover
    And the specialist palliative care nurse completes the closure with:
      | detail  | value                   |
      | outcome | died in preferred place |
    Then the case is closed with the outcome died in preferred place
