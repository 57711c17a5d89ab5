/// Sample stories bundled in the binary, written by the Dateline authors in the styles of the
/// agencies (no agency's copy is reproduced). `dateline analyze --samples` reads them.
public enum BundledSamples {
  /// One bundled story: a file name, as if read from disk, and its bytes.
  public struct Sample: Sendable {
    public var name: String
    public var content: String
  }

  public static let all: [Sample] = [
    Sample(name: "samples/tass-kazakhstan.txt", content: tassKazakhstan),
    Sample(name: "samples/reuters-eu.txt", content: reutersEU),
    Sample(name: "samples/ap-nairobi.txt", content: apNairobi),
    Sample(name: "samples/xinhua-beijing.txt", content: xinhuaBeijing),
    Sample(name: "samples/afp-dakar.html", content: afpDakarHTML),
  ]

  static let tassKazakhstan = """
    All news
    World
    Tokayev discusses situation in Kazakhstan with European Council President
    The Kazakh leader said that the situation in the country has stabilized
    NUR-SULTAN, January 10. /TASS/. Kazakh President Kassym-Jomart Tokayev held a telephone conversation with European Council President Charles Michel on Monday, the president's press service said.
    "I informed him about the measures taken to restore law and order," Tokayev wrote on his Twitter account. He added that peacekeepers of the Collective Security Treaty Organization (CSTO) have been deployed to protect strategic facilities.
    Protests erupted on January 2 in the town of Zhanaozen after a rise in fuel prices and spread to Almaty and other cities. On January 5, Tokayev turned to the CSTO requesting assistance.
    Earlier, the European External Action Service called on Kazakhstan's authorities to respect people's right to peaceful protests.
    Share
    Read more
    """

  static let reutersEU = """
    EU urges restraint in Kazakhstan, offers help

    BRUSSELS (Reuters) - The European Union on Monday urged all sides in Kazakhstan to show restraint and said it was ready to help, a day after the Central Asian country's president said order had been restored.

    "We call on all parties to refrain from violence," EU foreign policy chief Josep Borrell told reporters in Brussels. He said the bloc was following events closely.

    The Russia-led bloc sent about 2,000 troops last week. Kazakhstan's government said on Sunday that 164 people had died, a figure later revised.

    (Reporting by our Brussels bureau; Editing by the desk)
    """

  static let apNairobi = """
    Kenyan police fire tear gas at protesters in Nairobi

    NAIROBI, Kenya (AP) — Kenyan police fired tear gas at hundreds of protesters in the capital on Tuesday as demonstrations over the rising cost of living entered a third day.

    "We will not stop until prices come down," said Aminata Diop, a 24-year-old student, as officers cleared a main road near the city center.

    The interior ministry said in a statement that 12 people had been arrested. Opposition leaders called for more protests on Friday.
    """

  static let xinhuaBeijing = """
    China to further open financial sector, says central bank governor

    BEIJING, March 28 (Xinhua) -- China will continue to open its financial sector wider to foreign investors, the governor of the People's Bank of China said on Thursday at a forum in Beijing.

    The governor said the country would keep the yuan exchange rate basically stable at a reasonable and balanced level, and would strengthen cooperation with the International Monetary Fund (IMF) and the Bank for International Settlements.

    Foreign holdings of Chinese bonds rose 3.2 percent in February from a month earlier, according to official data released on Wednesday.
    """

  static let afpDakarHTML = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Senegal opposition calls new protests after arrests | Dateline Sample Wire</title>
    <meta property="og:site_name" content="Dateline Sample Wire">
    <meta property="og:title" content="Senegal opposition calls new protests after arrests">
    <meta property="article:published_time" content="2023-06-02T14:05:00Z">
    <meta name="author" content="Sample Desk">
    </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/africa">Africa</a></nav>
    <article>
    <h1>Senegal opposition calls new protests after arrests</h1>
    <p>Dakar (AFP) - Senegal's main opposition coalition on Friday called for fresh demonstrations across the country after police arrested dozens of its supporters overnight.</p>
    <p>"The government must release our comrades," coalition spokesman Moussa Ndiaye told a news conference in Dakar. The interior ministry did not respond to a request for comment.</p>
    <p>Clashes between protesters and security forces in the capital on Thursday left at least four people injured, according to local hospital officials.</p>
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/a">Mali junta extends transition</a></li><li><a href="/b">Guinea talks stall</a></li></ul></aside>
    <footer>© 2023 Dateline Sample Wire. All rights reserved.</footer>
    </body></html>
    """
}
