import Testing

@testable import DatelineKit

/// The tense cues that point a bare weekday or month back or ahead (`TimeScanner+Anchoring`).
/// The DCT is Monday, January 10, 2022.
@Suite struct AnchoringTests {
  @Test func arrangementsPointAhead() {
    // `set for`, `is to`, `planned a …`: the arranged event lies ahead.
    #expect(timexes("The summit is set for Brussels in April.") == ["April=DATE:2022-04"])
    #expect(timexes("The talks are to resume in March.") == ["March=DATE:2022-03"])
    #expect(timexes("Unions planned a march on Saturday.") == ["Saturday=DATE:2022-01-15"])
    #expect(timexes("The dockers were planning to strike on Thursday.") == ["Thursday=DATE:2022-01-13"])
  }

  @Test func scheduledEventsInThePresentTenseLieAhead() {
    #expect(timexes("The Senate votes Thursday on the measure.") == ["Thursday=DATE:2022-01-13"])
    #expect(timexes("Leaders meet Friday in Brussels.") == ["Friday=DATE:2022-01-14"])
    #expect(timexes("The session ends on Sunday.") == ["Sunday=DATE:2022-01-16"])
    #expect(timexes("Polls opened ahead of Sunday's election.") == ["Sunday=DATE:2022-01-16"])
    // A noun, and an infinitive that takes its tense from the verb before it.
    #expect(timexes("The vote Thursday was close.") == ["Thursday=DATE:2022-01-06"])
    #expect(timexes("The offer had been due to expire Friday.") == ["Friday=DATE:2022-01-07"])
  }

  @Test func theWeekendAheadUnlessThePastTenseSaysOtherwise() {
    #expect(timexes("Rain is forecast for this weekend.") == ["this weekend=DATE:2022-W02-WE"])
    #expect(timexes("Protests this weekend drew thousands.") == ["this weekend=DATE:2022-W01-WE"])
  }

  @Test func aVerbAfterItsSubjectIsPastTense() {
    // `The company earned` is a verb; `a still unspecified date` an adjective.
    #expect(
      timexes("The company earned $2 million in the third quarter.") == ["the third quarter=DATE:2021-Q3"])
  }

  @Test func theComingMonthNeedsNoFutureTense() {
    // Eleven months back would carry its year (`last February`, `February 2021`).
    #expect(timexes("Saudi Arabia told buyers of a cutback in February.") == ["February=DATE:2022-02"])
    #expect(timexes("The plant closed in March, the union said.") == ["March=DATE:2021-03"])
  }

  @Test func aPlanSeenFromThePastPointsBack() {
    #expect(timexes("Unions had planned a march on Saturday.") == ["Saturday=DATE:2022-01-08"])
  }

  @Test func aPlanSeenFromThePastTakesTheNearestDate() {
    // Kept or not, the planned date is the one nearest the story.
    #expect(timexes("The accession was planned for early March.") == ["early March=DATE:2022-03"])
    #expect(timexes("The vote was scheduled for Tuesday.") == ["Tuesday=DATE:2022-01-11"])
    #expect(timexes("The truce had been due to expire on Friday.") == ["Friday=DATE:2022-01-07"])
    #expect(timexes("The lease had been due to expire in October.") == ["October=DATE:2021-10"])
  }

  @Test func adjectivesAndPassivesAreNoPastTense() {
    // `a still undisclosed date`: an adjective; `would be paid`: a passive after a modal.
    #expect(
      timexes("The dividend will be paid on a still undisclosed date in February.") == [
        "February=DATE:2022-02"
      ])
    #expect(timexes("The bonus would be paid in March.") == ["March=DATE:2022-03"])
  }

  @Test func irregularPastTense() {
    #expect(
      timexes("The company, which will report results later, brought in advisers on Friday.") == [
        "Friday=DATE:2022-01-07"
      ])
  }

  @Test func aDayOpeningTheSentenceTakesTheClauseAfterIt() {
    #expect(
      timexes("On Thursday, the striking dockers and their unions plan to march.") == [
        "Thursday=DATE:2022-01-13"
      ])
  }

  @Test func decisionsPointAhead() {
    #expect(timexes("The board agreed to sell the unit in March.") == ["March=DATE:2022-03"])
  }

  @Test func deadlinesLieAheadUnlessSeenFromALaterPast() {
    #expect(timexes("The envoys were told to reply by Wednesday.") == ["Wednesday=DATE:2022-01-12"])
    #expect(timexes("Talks were suspended until Thursday.") == ["Thursday=DATE:2022-01-13"])
    // The past perfect looks back from a later point: the deadline is behind us.
    #expect(timexes("Twelve states had filed reports by Wednesday.") == ["Wednesday=DATE:2022-01-05"])
    #expect(timexes("Until Thursday, the police had not named a suspect.") == ["Thursday=DATE:2022-01-06"])
    // `had until Friday`: what was had is the deadline itself.
    #expect(timexes("The insurers had until Friday to reply.") == ["Friday=DATE:2022-01-14"])
  }

  @Test func aReportingVerbAfterTheClauseDoesNotDateIt() {
    #expect(
      timexes("Ministers decided to lift the curbs in early March, an aide said.") == [
        "early March=DATE:2022-03"
      ])
    #expect(timexes("The talks broke down in March, an aide said.") == ["March=DATE:2021-03"])
  }

  @Test func effectiveDatesLieAhead() {
    #expect(timexes("The bank created a new office, effective June 1.") == ["June 1=DATE:2022-06-01"])
  }

  @Test func theVerbAfterAnAuxiliaryDecides() {
    // `were planning to` looks ahead, like `planned a rally`; `were` alone would look back.
    #expect(
      timexes("Unions planned a rally on Saturday and were planning to march on Sunday.") == [
        "Saturday=DATE:2022-01-15", "Sunday=DATE:2022-01-16",
      ])
  }
}
