extension EntityResolver {
  /// Adds codes from the lexicons: places and nationalities get their country (ISO alpha-3, which
  /// is also the CAMEO country code) and cities their coordinates; organisations their Wikidata
  /// QID and CAMEO IGO code; heads of state and government in office on `date` their office,
  /// country, QID and the CAMEO government code (`KAZGOV`).
  func link(_ entity: Entity, on date: CalendarDate?) -> Entity {
    var entity = entity
    switch entity.kind {
    case .geopolitical, .location:
      let candidates = [entity.name] + entity.mentions.map(\.text)
      guard let place = candidates.lazy.compactMap({ places.place(named: $0) }).first else { break }
      entity.country = place.country
      entity.code = place.country
      if place.kind == .city, let lat = place.latitude, let lon = place.longitude {
        entity.geo = (lat, lon)
        entity.name = place.name
      }
    case .nationality:
      guard let country = lexicon.demonyms[entity.name.lowercased()] else { break }
      entity.country = country
      entity.code = country
    case .organization:
      let candidates = [entity.name] + entity.mentions.map(\.text)
      guard let org = candidates.lazy.compactMap({ lexicon.organizations[$0.lowercased()] }).first else {
        break
      }
      entity.name = org.name
      entity.wikidata = org.wikidata
      entity.code = org.cameo
    case .person:
      var leaders = lexicon.leaders(named: entity.name, on: date)
      if leaders.isEmpty, entity.name.contains(" ") {
        // "Joseph R. Biden" and "Joe Biden": try the surname, but only with the office's country
        // named in a role ("Kazakh President") to avoid a namesake.
        let surname = String(entity.name.split(separator: " ").last!)
        let countries = Set(
          entity.roles.flatMap { $0.split(separator: " ") }.compactMap { lexicon.demonyms[$0.lowercased()] })
        leaders = lexicon.leaders(named: surname, on: date).filter { countries.contains($0.country) }
      }
      guard let date, let leader = leaders.first, leader.holdsOffice(on: date) else { break }
      entity.country = leader.country.isEmpty ? nil : leader.country
      entity.wikidata = entity.wikidata ?? leader.wikidata
      entity.code = leader.country.isEmpty ? nil : leader.country + "GOV"
      if leader.office != "leader", !entity.roles.contains(leader.office) {
        entity.roles.append(leader.office)
      }
    case .miscellaneous:
      // "Russia-led", "Iranian-backed": the country the compound names.
      guard let dash = entity.name.lastIndex(of: "-"),
        ["-led", "-backed", "-based", "-born", "-owned"].contains(String(entity.name[dash...]).lowercased())
      else { break }
      let stem = entity.name[..<dash]
      let country =
        places.place(named: stem).flatMap { $0.kind == .country ? $0.country : nil }
        ?? lexicon.demonyms[stem.lowercased()]
      entity.country = country
      entity.code = country
    }
    return entity
  }
}
