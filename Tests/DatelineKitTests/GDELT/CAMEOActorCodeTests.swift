import Testing

@testable import DatelineKit

@Suite struct CAMEOActorCodeTests {
  @Test func countryAndRole() {
    let police = CAMEOActorCode("KENCOP")
    #expect(police.country == "KEN")
    #expect(police.types == ["COP"])
    #expect(police.knownGroup == nil)
  }

  @Test func internationalOrganisationWithRegionAndKnownGroup() {
    let nato = CAMEOActorCode("IGOWSTNAT")
    #expect(nato.country == "WST")
    #expect(nato.knownGroup == "NAT")
    #expect(nato.types == ["IGO"])
    // The most specific known group wins: the UN refugee agency, not the UN.
    let unhcr = CAMEOActorCode("IGOUNOREFHCR")
    #expect(unhcr.knownGroup == "HCR")
    #expect(unhcr.types == ["IGO", "REF"])
    #expect(unhcr.country == nil)
  }

  @Test func religions() {
    let bank = CAMEOActorCode("IGOMOSDEVIDB")
    #expect(bank.religions == ["MOS"])
    #expect(bank.types == ["IGO", "DEV"])
    #expect(bank.knownGroup == "IDB")
  }

  @Test func roleAlone() {
    let opposition = CAMEOActorCode("OPP")
    #expect(opposition.country == nil)
    #expect(opposition.types == ["OPP"])
  }

  @Test func malformedCodesAreNotSplit() {
    #expect(!CAMEOActorCode.isWellFormed("KENC"))
    #expect(!CAMEOActorCode.isWellFormed("ken"))
    #expect(!CAMEOActorCode.isWellFormed("---"))
    #expect(!CAMEOActorCode.isWellFormed(""))
    let odd = CAMEOActorCode("KENC")
    #expect(odd.country == nil && odd.types.isEmpty && odd.knownGroup == nil)
  }

  @Test func fipsDiffersFromISO() {
    #expect(FIPSCountryCode.code(forAlpha3: "DEU") == "GM")
    #expect(FIPSCountryCode.code(forAlpha3: "GBR") == "UK")
    #expect(FIPSCountryCode.code(forAlpha3: "RUS") == "RS")
    #expect(FIPSCountryCode.code(forAlpha3: "KAZ") == "KZ")
    #expect(FIPSCountryCode.code(forAlpha3: "XYZ") == nil)
    #expect(FIPSCountryCode.all.count > 200)
  }
}
