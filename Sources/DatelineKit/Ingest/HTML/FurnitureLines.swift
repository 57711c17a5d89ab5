/// Lines of text that are page furniture whatever their markup: subscription and newsletter
/// prompts, copyright and reprint notices, app and social-media plugs, comment prompts.
///
/// Sites put them as ordinary paragraphs at the end of an article, where markup cannot tell them
/// from the story. Only lines at the edges of the extracted text are judged, and only short ones,
/// so a story that quotes a "subscribe" button keeps its sentence.
///
/// ```swift
/// FurnitureLines.isFurniture("Subscribe now to our e-edition for the full story.")  // true
/// FurnitureLines.isFurniture("The union urged members to subscribe to the fund.")    // false
/// ```
enum FurnitureLines {
  /// The longest line (in UTF-8 bytes) judged; longer lines are prose.
  static let maximumLength = 320

  /// Whether `line` reads as furniture: it opens with a furniture phrase, or holds a phrase
  /// that only furniture uses.
  static func isFurniture(_ line: String) -> Bool {
    guard line.utf8.count <= maximumLength else { return false }
    let lower = line.lowercased()
    if openings.contains(where: { lower.hasPrefix($0) }) { return true }
    return BoilerplateHints.containsAny(lower, phrases)
  }

  /// Lines shorter than this (in UTF-8 bytes) are judged wherever they stand in the text.
  static let shortLineLength = 100

  /// Whether `line` is the heading of a section pages close with: an author box, a series
  /// note, more on the topic. Everything from it on is furniture.
  static func isClosingSection(_ line: String) -> Bool {
    guard line.utf8.count <= 60 else { return false }
    let lower = line.lowercased()
    return closingSections.contains { lower.hasPrefix($0) }
  }

  static let closingSections = [
    "about the author", "about this series", "more on this topic", "more on this story", "you may also like",
    "related articles", "related stories", "recommended", "über den autor", "über die autorin",
    "über diese reihe",
    "zur person", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel",
    "weitere beiträge",
    "ähnliche artikel", "à propos de l'auteur", "sur le même sujet", "a lire aussi", "à lire aussi",
    "sobre el autor", "te puede interesar", "noticias relacionadas", "o autorze", "zobacz także",
  ]

  /// Phrases that start a furniture line.
  static let openings = [
    // English
    "subscribe", "sign up", "follow us", "follow the ", "download the ", "download our", "view comments",
    "leave a comment", "leave a reply", "post a comment", "share this", "share on", "read more", "related:",
    "copyright", "©", "(c) ", "all rights reserved", "advertisement", "credit:", "photo credit",
    "image credit",
    "source:", "tags:", "filed under", "click here", "log in", "already a subscriber",
    "to view the full story",
    "this article is the copyrighted", "written permission", "photo:", "image:", "abbildung", "foto:",
    "bild:",
    "vergrößern", "aufrufe:", "kommentare insgesamt",
    // German
    "abonnieren", "jetzt abonnieren", "kostenlos zum newsletter", "zum newsletter", "newsletter abonnieren",
    "mehr zum thema", "über den autor", "über die autorin", "schreibe einen kommentar", "kommentare",
    "kommentar schreiben", "quelle:", "alle angaben ohne gewähr", "vervielfältigung", "alle rechte",
    "bild anzeigen", "rezept drucken", "titelbild:", "teilen", "jetzt teilen", "lesen sie auch",
    "lesen sie das",
    "anzeige", "werbung", "dieser text wurde veröffentlicht", "online-pressemappe", "entdecke weitere",
    // French, Spanish, Polish, Italian
    "abonnez-vous", "s'abonner", "inscrivez-vous", "lire aussi", "tous droits réservés", "suscríbete",
    "hazte miembro", "únete", "lee también", "todos los derechos", "czytaj także", "czytaj też", "zobacz też",
    "iscriviti", "leggi anche",
  ]

  /// Phrases that only furniture uses, wherever they stand in a short line.
  static let phrases = [
    "all rights reserved", "copyrighted property", "written permission", "reprint in online",
    "subscribe now", "subscribe to our", "our newsletter", "monthly newsletter",
    "weekly newsletter", "email updates", "download the app", "apps for ios and android", "app store",
    "google play", "follow us on", "on twitter and instagram", "on facebook @", "already a subscriber",
    "log in for immediate access", "first-time subscribers", "sign up for", "for the full story",
    "alle rechte vorbehalten", "ohne gewähr", "nur mit genehmigung", "zum newsletter anmelden",
    "newsletter anmelden", "jahresabo", "honorarfrei", "die meinung des autors",
    "nicht notwendigerweise die der redaktion",
    "tous droits réservés", "n'engagent que leurs auteurs", "canal de telegram", "derechos reservados",
    "korzystamy z cookies", "wir verwenden cookies", "we use cookies", "uses cookies",
  ]
}
