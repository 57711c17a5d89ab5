import Testing

@testable import DatelineKit

@Suite struct FurnitureLinesTests {
  @Test(arguments: [
    "Subscribe now to our e-edition for the full story.",
    "Follow the Courier on Twitter and Instagram @Courier and on Facebook @CourierDaily.",
    "© 2022 Harbour Herald. All rights reserved.",
    "Kostenlos zum Newsletter anmelden",
    "Alle Angaben ohne Gewähr",
    "Tous droits réservés",
    "This article is the copyrighted property of the Harbour Herald.",
  ])
  func recognisesFurniture(_ line: String) {
    #expect(FurnitureLines.isFurniture(line))
  }

  @Test(arguments: [
    "The union urged its members to subscribe to the strike fund before Friday.",
    "Copper prices rose 2 percent on Monday, traders said.",
    "Ministers said all rights of the detainees would be respected.",
  ])
  func keepsProse(_ line: String) {
    #expect(!FurnitureLines.isFurniture(line))
  }

  @Test func judgesOnlyShortLines() {
    let long = "Subscribe " + String(repeating: "and the council said the harbour would reopen ", count: 8)
    #expect(!FurnitureLines.isFurniture(long))
  }
}
